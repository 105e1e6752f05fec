import type { Token } from "../text/tokens.ts";
import { FINITE_AFTER, FINITE_AUX } from "./auxiliaries.ts";
import { afterPlaceAndDay, colonAfterAdjunct, pronounAfterAdjunct } from "./content-start-adjuncts.ts";
import { afterCalendarDate, afterTimeZone, possessiveTime } from "./content-start-times.ts";
import { TIME_WORDS } from "./lexicon.ts";
import { afterOccasionBeforeDay } from "./occasion-then-day.ts";
import { thatWithin } from "./that-within.ts";
import { ADJUNCT_START, lower } from "./verbs.ts";

/**
 * Past an occasion or time after the verb ("in a statement", "at a news conference on Monday", "late Tuesday"):
 * where the content starts (a "that" or colon after them), or the index of the token after them.
 */
export function pastOccasion(toks: Token[], from: number): { pos: number; that: boolean } | number {
  let i = from;
  const t = toks[i];
  // ("said this was a matter for government": "this" and a finite verb open the clause)
  if (t?.word && lower(t) === "this" && FINITE_AFTER.test(toks[i + 1]?.text ?? "")) return i;
  if (
    t?.word &&
    (ADJUNCT_START.has(lower(t)) || TIME_WORDS.has(lower(t))) &&
    !AT_LEAST.test(following(toks, i))
  ) {
    // ("said in a Facebook post on the night of the outage that …": a medium and its time run long)
    const k = thatWithin(toks, i, /^(?:in|on|at|during)$/i.test(t.text) ? 14 : 10);
    if (k >= 0 && !finiteBefore(toks, i, k) && !clauseAfterDay(toks, i, k))
      return { pos: (toks[k] as Token).end, that: true };
    // "said in a statement: “…”", "said at a news conference on Monday: …": the occasion, then the colon
    const colon = colonAfterAdjunct(toks, i);
    if (colon >= 0) return { pos: (toks[colon] as Token).end, that: false };
    // "said late Tuesday", "said early on Monday": the part of the day before the day
    const dayWord = toks[i + 1];
    if (
      /^(?:late|early)$/i.test(t.text) &&
      dayWord?.word &&
      (TIME_WORDS.has(lower(dayWord)) || lower(dayWord) === "on")
    )
      i++;
    // "told reporters at Parliament House on Thursday the government …": a named place, then the day
    i = afterPlaceAndDay(toks, i);
    // "said at a government meeting on Tuesday the contractor …": a lowercase occasion, then its day
    i = afterOccasionBeforeDay(toks, i);
    // "said Monday", "said on Monday" before the content
    const on = toks[i] as Token;
    if (lower(on) === "on" && toks[i + 1] && TIME_WORDS.has(lower(toks[i + 1] as Token))) i++;
    let j = i;
    while (j < toks.length && toks[j]?.word && TIME_WORDS.has(lower(toks[j] as Token))) j++;
    // ("said Sunday evening's blast killed …": the day of a possessive is the content's, not the statement's)
    if (!possessiveTime(toks[j])) i = j;
    i = afterCalendarDate(toks, afterTimeZone(toks, i));
    // "said in a statement it would …", "said on Telegram they had …": the medium, then the clause
    const subject = pronounAfterAdjunct(toks, i);
    if (subject >= 0) i = subject;
  }
  return i;
}

/**
 * "said yesterday drivers were blamed for roads that …": a finite verb before the "that" opened the content with
 * no "that" of its own; the "that" is a relative inside it.
 */
function finiteBefore(toks: Token[], from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) {
    const t = toks[k] as Token;
    // ("told reporters at the fair, which was held in Dayton, that …": an aside's verb, read by thatWithin)
    if (t.text === "," || t.text === "(") return false;
    if (t.word && FINITE_AUX.test(t.text)) return true;
  }
  return false;
}

/** "at least", "at most": a bound on the number the content opens with, no place ("said at least 40 died"). */
const AT_LEAST = /^at (?:least|most)$/i;
/** The words of toks[i] and the token after it, one space apart. */
const following = (toks: Token[], i: number): string => `${toks[i]?.text ?? ""} ${toks[i + 1]?.text ?? ""}`;

const DETERMINER = /^(?:the|a|an|this|that|his|her|its|their|our)$/i;
const PAST_FORM =
  /^(?:[a-z]{2,}ed|found|meant|made|gave|put|left|told|said|showed|shown|proved|brought|came|went|took|kept|set|led)$/;
/**
 * "said on Monday the discovery showed that …": after the day, a noun phrase and its past verb open the content
 * with no "that" of its own; the "that" belongs to that verb (not "the report released by …": a participle).
 */
function clauseAfterDay(toks: Token[], from: number, to: number): boolean {
  for (let k = from; k < to - 2; k++) {
    const day = toks[k] as Token;
    if (!day.word || !TIME_WORDS.has(lower(day)) || !DETERMINER.test(toks[k + 1]?.text ?? "")) continue;
    for (let v = k + 3; v < Math.min(to, k + 6); v++) {
      const t = toks[v] as Token;
      if (!t.word) break;
      if (PAST_FORM.test(t.text) && lower(toks[v + 1] as Token) !== "by") return true;
    }
  }
  return false;
}
