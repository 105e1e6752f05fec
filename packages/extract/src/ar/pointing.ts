import { seatless } from "../text/chars.ts";
import type { Token } from "../text/tokens.ts";
import { foldWord, SOURCE_NOUNS } from "./lexicon.ts";
import { bare, hasAl, isComplementizer, isTitleWord, titleHead } from "./phrase.ts";

const DEMONSTRATIVES = /^(?:هذا|هذه|هؤلاء|هاؤلاء)$/u;
/** Groups that speak without a name: «الأوساط», «الدوائر», «الجهات», «الأطراف», «الشهود». */
const CIRCLES = seatless(/^ال(?:أوساط|اوساط|دوائر|جهات|أطراف|اطراف|شهود)$/u);
/** «هذا الأسبوع», «هذه المرة»: a demonstrative time, the verb's adjunct, not its subject. */
const TIMES = seatless(/^ال(?:أسبوع|اسبوع|شهر|عام|سنة|مرة|صباح|مساء|يوم|ليلة|فترة|مرحلة|أثناء|اثناء)$/u);

/**
 * «وتقول هذه الأوساط لـ"النهار" إنّ …», «ويرى هؤلاء الخبراء أن …»: a demonstrative and the definite noun it
 * points back with are the subject when the noun is a title or a source, or when the content, a hearer or
 * a comma comes right after them. Returns the tokens (2), else 0.
 */
export function pointedSubject(text: string, toks: Token[]): number {
  const [t, noun, next] = toks;
  if (!t?.word || !DEMONSTRATIVES.test(bare(t)) || !noun?.word || !hasAl(noun) || TIMES.test(bare(noun)))
    return 0;
  const known =
    isTitleWord(titleHead(noun.text)) || SOURCE_NOUNS.has(foldWord(noun.text)) || CIRCLES.test(bare(noun));
  // not «بأن»: «ووصف الوزير هذه الأنباء بأنها …» has the object before it
  const said = (w: Token): boolean => isComplementizer(text, w) && !/^ب/u.test(bare(w));
  const closed = !next || (next.word ? said(next) || /^لـ|^لل/u.test(next.text) : /^[،,:]$/u.test(next.text));
  return known || closed ? 2 : 0;
}
