// «وأُعلن، خلال لقاء عقدته هيئة البيئة مع …، أن …»: a passive verb whose aside names who held the meeting.
import { seatless } from "../text/chars.ts";
import type { Cue } from "./cue-finder.ts";
import { readSubject, type SpanPair } from "./subject.ts";

/** «، خلال لقاء عقدته», «، في اجتماع نظمه»: the aside up to the host's words. */
const HELD_ASIDE = seatless(
  /^[\s\u00A0]*[،,][\s\u00A0]*(?:خلال|في|أثناء)[\s\u00A0]+(?:لقاء|اجتماع|ندوة|جلسة|ورشة|مؤتمر(?:[\s\u00A0]+صحفي)?)[\s\u00A0]+(?:عقده|عقدته|عقدها|نظمه|نظمته|نظمها)[\s\u00A0]+/u,
);
/** «أُعلن», «وأُكد»: a verb written with the passive's damma on its first letter. */
const MARKED_PASSIVE = /^[وف]?[أاإ]?\p{L}?\u064F/u;

/**
 * The words of the one who held the meeting a marked passive's aside names («هيئة البيئة»), or null: the
 * body that held it made the announcement, as the verb's agent.
 */
export function meetingHost(text: string, cue: Cue, limit: number, knownNames: Set<string>): SpanPair | null {
  if (!MARKED_PASSIVE.test(text.slice(cue.verbStart, cue.end))) return null;
  const m = HELD_ASIDE.exec(text.slice(cue.end, limit));
  if (!m) return null;
  const start = cue.end + m[0].length;
  const comma = text.slice(start, limit).search(/[،,]/u);
  return readSubject(text, start, comma < 0 ? limit : start + comma, knownNames);
}
