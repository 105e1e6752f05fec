import type { Draft } from "../draft.ts";
import type { Sentence } from "../text/segment.ts";

/** newDraft({ cueStart, cueEnd, frameStart: s.start, frameEnd: s.end }), the same fields in the same order, without its object spread (one per verb). */
export const verbDraft = (cueStart: number, cueEnd: number, s: Sentence): Draft => ({
  contentStart: -1,
  contentEnd: -1,
  mentionStart: -1,
  mentionEnd: -1,
  inherits: false,
  frameStart: s.start,
  frameEnd: s.end,
  backgrounded: false,
  rules: [],
  cueStart,
  cueEnd,
});

/** Sets the speaker span of a draft. */
export function setMention(d: Draft, src: { start: number; end: number }): void {
  d.mentionStart = src.start;
  d.mentionEnd = src.end;
}
