// «نفى وزير الخارجية أحمد عطاف وجود …», «المواطن سعيد عوض الزهراني معاناة …»: the name after a title, with
// no honorific and unknown to the article, guessed where it runs into the verb's object.
import type { Token } from "../text/tokens.ts";
import { bare, hasAl, NAME_JOINERS } from "./phrase.ts";

/** «ونظيره», «ووزير»: a second party joined by «و». */
const SECOND_PARTY = /^و(?:نظير|رئيس|وزير|ممثل|مدير)\p{L}*$/u;
/** «أي», «كل»: quantifiers, never a name's words. */
const QUANTIFIER = /^(?:[أا]ي|كل|بعض|جميع|عدة)$/u;

/** After the last word with the article among a name's words [start + 1, end): a family name («الزهراني»). */
const familyNameEnd = (toks: Token[], start: number, end: number): number =>
  toks.slice(start + 1, end).findLastIndex(hasAl) + start + 2;

/** The two words of a name after an honorific at `start` (three with a joiner: «عبد الله حسن»). */
export const honoredName = (toks: Token[], start: number): number =>
  start + (NAME_JOINERS.has(bare(toks[start] as Token)) ? 3 : 2);

/**
 * Where a name at toks[titleEnd, end) with no honorific ends, after a definite or longer title, when nothing
 * else ends it: to its family name with the article, or two words; 0 when no name can be guessed (not «X
 * ونظيره Y»: a second party joined by «و»; nor «وجود أي خلافات»: a quantifier is no name).
 */
export function guessedNameEnd(toks: Token[], titleEnd: number, end: number): number {
  if (titleEnd < 2 && !hasAl(toks[0] as Token)) return 0;
  if (toks.slice(titleEnd, end).some((t) => SECOND_PARTY.test(bare(t)))) return 0;
  const guess = Math.max(honoredName(toks, titleEnd), familyNameEnd(toks, titleEnd, end));
  if (toks.slice(titleEnd, guess).some((t) => QUANTIFIER.test(bare(t)))) return 0;
  // («أحمد عطاف صحة التقارير»: a bare word in «ة» before a definite one, past the first, heads the object's
  // construct: the name keeps its two words)
  const construct = toks
    .slice(titleEnd + 1, guess - 1)
    .some((t, k) => !hasAl(t) && /ة$/u.test(bare(t)) && hasAl(toks[titleEnd + 2 + k] as Token));
  return construct ? honoredName(toks, titleEnd) : guess;
}
