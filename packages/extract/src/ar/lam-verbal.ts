// A ل-verbal noun inside a body's name («للشركة الوطنية لاستغلال وتوزيع المياه»), which a title's phrase
// takes in.
import type { Token } from "../text/tokens.ts";
import { bare, hasAl } from "./phrase.ts";

/** A verbal noun of a derived form (its long «ا» dropped), after a prefix letter. */
// («لإعادة الإعمار», «لاستعادة الأموال»: a hollow root keeps its «ا» before the «ة» of إفالة, استفالة)
const VERBAL =
  "(?:(?:است\\p{L}{2}|ان\\p{L}{2}|ا\\p{L}[تطد]\\p{L}|[إا]\\p{L}{2}|ت\\p{L}{2}ي)\\p{L}|(?:[إا]|است)\\p{L}ا\\p{L}ة)$";
const LAM_VERBAL = new RegExp(`^ل${VERBAL}`, "u");
const AND_VERBAL = new RegExp(`^و${VERBAL}`, "u");
/** «لاستغلال», «لإعادة»: a word that is ل and a verbal noun of a derived form. */
export const isLamVerbal = (w: string): boolean => LAM_VERBAL.test(w.replace(/ا(\p{L})$/u, "$1"));
/**
 * «للشركة الوطنية لاستغلال وتوزيع المياه»: ل and a verbal noun of a derived form (استفعال, افتعال, إفعال,
 * انفعال), or two joined by «و», and the definite noun they govern. Returns the tokens it spans (0 if none).
 */
export function lamVerbalNoun(toks: Token[], i: number): number {
  const noun = (t: Token | undefined, lam: boolean): boolean =>
    !!t?.word && (lam ? LAM_VERBAL : AND_VERBAL).test(bare(t).replace(/ا(\p{L})$/u, "$1"));
  if (i < 2 || !noun(toks[i], true)) return 0;
  const k = noun(toks[i + 1], false) ? i + 2 : i + 1;
  return toks[k]?.word && hasAl(toks[k] as Token) ? k - i + 1 : 0;
}
