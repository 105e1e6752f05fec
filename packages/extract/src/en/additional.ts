// "On Friday, he also said …", "Separately, the ministry said on Monday …": a statement the writer adds as
// another one, made on an occasion of its own; its day is not the day of the statements told before it.
import type { Draft } from "../draft.ts";

const ADDITIONAL = /\b(?:also|separately|later|in\s+a\s+separate|in\s+another)\b/i;

/** The statement is told as another one: "also" in its cue, or an adverb of another occasion before it. */
export function additionalStatement(text: string, d: Draft): boolean {
  // (only the words of the frame outside the content: "…, he also said")
  const from = d.contentEnd >= 0 && d.contentEnd <= d.cueStart ? d.contentEnd : d.frameStart;
  return ADDITIONAL.test(text.slice(from, d.cueEnd));
}

/** The time words at [start, end) stand in the frame of a statement told as another one. */
export function inAdditionalStatement(
  text: string,
  drafts: Draft[],
  at: { start: number; end: number },
): boolean {
  return drafts.some(
    (d) =>
      d.frameStart <= at.start &&
      at.end <= d.frameEnd &&
      (at.end <= d.contentStart || at.start >= d.contentEnd) &&
      additionalStatement(text, d),
  );
}
