/**
 * "painted Romney as an out-of-touch rich guy", "is casting himself as a champion of …", "portrayed the union as
 * …": verbs that characterise someone report only with "as" after their object ("painted the fence", "cast a
 * ballot" say nothing).
 */
import { lowerOf, type Token } from "../text/tokens.ts";

/** Verbs of characterising, claims only with "X as Y". */
export const AS_VERBS = new Set(["portray", "depict", "characterize", "characterise", "paint", "cast"]);

/** Words of an object before its "as": at most six, and no punctuation among them. */
const MAX_OBJECT = 6;

/** Whether "as" follows the verb toks[i] after an object of one to six words. */
export function asAfterObject(toks: Token[], i: number): boolean {
  for (let k = i + 1; k <= i + 1 + MAX_OBJECT && k < toks.length; k++) {
    const t = toks[k] as Token;
    if (!t.word) return false;
    if (lowerOf(t) === "as") return k > i + 1;
  }
  return false;
}
