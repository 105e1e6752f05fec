// "said at a government meeting on Tuesday the contractor had …": an occasion in lowercase words, then its day, then
// the content with no "that".
import { lowerOf as lower, type Token } from "../text/tokens.ts";
import { TIME_WORDS } from "./lexicon.ts";

const OCCASION_START = /^(?:at|during|in|after)$/i;
const DETERMINER = /^(?:a|an|the|its|his|her|their|this|last|Monday's|Tuesday's)$/i;
/** Words that end the search: the occasion phrase became a clause ("at a meeting that …", "in a town he visited"). */
const STOP =
  /^(?:that|which|who|and|or|but|he|she|it|they|we|i|there|was|were|is|are|had|has|have|would|will)$/i;

/**
 * Past "at/during/in/after" + a determiner + one to five words when "on <day>" or a day word follows ("at a
 * government meeting on Tuesday", "during a visit to Osh yesterday"): the index of the day phrase ("on" or the
 * day), so the caller skips the day as it does after the verb; else i.
 */
export function afterOccasionBeforeDay(toks: Token[], i: number): number {
  if (!OCCASION_START.test(toks[i]?.text ?? "") || !DETERMINER.test(toks[i + 1]?.text ?? "")) return i;
  for (let k = i + 2; k < Math.min(toks.length, i + 8); k++) {
    const u = toks[k] as Token;
    if (!u.word) return i;
    const w = lower(u);
    if (STOP.test(w)) return i;
    if (k > i + 2 && w === "on" && toks[k + 1]?.word && TIME_WORDS.has(lower(toks[k + 1] as Token))) return k;
    if (k > i + 2 && /^(?:yesterday|today)$/.test(w)) return k;
  }
  return i;
}
