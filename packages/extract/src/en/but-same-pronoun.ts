import { lowerOf, type Token } from "../text/tokens.ts";
import { isAuxiliary, type VerbHit } from "./verbs.ts";

/** Verbs whose reported clause is most often a that-less clause opened by its subject ("said she would …"). */
const SAYING = new Set(["say", "tell", "add", "write", "note", "explain", "insist"]);
/** Attitude verbs that, after "but" and the reported clause's own pronoun, go on with that clause. */
const ATTITUDE = new Set([
  "expect",
  "know",
  "hope",
  "believe",
  "think",
  "fear",
  "worry",
  "doubt",
  "feel",
  "realize",
]);
const PRONOUN = /^(?:he|she|they|we)$/;

/**
 * "Hale says she hopes to win, but she knows that the race will be close", "said she would collect a trap, but
 * she did not expect it to help": after a saying verb whose reported clause opens with a pronoun, ", but" and
 * the same pronoun with an attitude verb go on with what was said, so the verb neither ends the content nor
 * opens a claim of its own.
 */
export function butSamePronounGoesOn(toks: Token[], hits: VerbHit[], h: VerbHit): boolean {
  if (h.participle || !ATTITUDE.has(h.base)) return false;
  let k = h.index - 1;
  while (k > 0 && toks[k]?.word && (isAuxiliary(toks[k] as Token) || lowerOf(toks[k] as Token) === "not"))
    k--;
  const pronoun = toks[k];
  if (!pronoun?.word || !PRONOUN.test(pronoun.text) || toks[k - 1]?.text.toLowerCase() !== "but")
    return false;
  const cue = hits.findLast((o) => o.index < k - 1 && !o.participle && SAYING.has(o.base));
  if (!cue) return false;
  let first = cue.index + 1;
  if (toks[first]?.text.toLowerCase() === "that") first++;
  if (toks[first]?.text !== pronoun.text) return false;
  for (let j = first + 1; j < k - 1; j++) if (/^(?:[;:“”"]|but)$/.test((toks[j] as Token).text)) return false;
  return true;
}
