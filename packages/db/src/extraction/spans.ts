import { SpanMismatchError } from "../errors.ts";
import type { ClaimInput, SpanInput } from "./types.ts";

function checkSpan(text: string, span: SpanInput, part: string): void {
  const { start, end } = span;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > text.length)
    throw new SpanMismatchError(part, `[${start}, ${end}) lies outside the text (length ${text.length})`);
  const actual = text.slice(start, end);
  if (actual !== span.text)
    throw new SpanMismatchError(
      part,
      `text[${start}, ${end}) is ${JSON.stringify(actual)}, not ${JSON.stringify(span.text)}`,
    );
}

/** Every span of every claim must be the exact slice of the article text it says it is. */
export function checkClaimSpans(text: string, claims: ClaimInput[]): void {
  claims.forEach((claim, i) => {
    checkSpan(text, claim.content, `claims[${i}].content`);
    if (claim.content.start === claim.content.end)
      throw new SpanMismatchError(`claims[${i}].content`, "empty span");
    checkSpan(text, claim.cue, `claims[${i}].cue`);
    if (claim.speaker.mention) checkSpan(text, claim.speaker.mention, `claims[${i}].speaker.mention`);
    if (claim.dateSource) checkSpan(text, claim.dateSource, `claims[${i}].dateSource`);
  });
}

export function spansOverlap(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}
