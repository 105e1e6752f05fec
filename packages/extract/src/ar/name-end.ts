import { seatless } from "../text/chars.ts";
import type { Token } from "../text/tokens.ts";
import { FUNCTION_WORDS, foldWord, PLACE_NOUNS } from "./lexicon.ts";
import { bare, hasAl } from "./phrase.ts";
import { dawnWord } from "./pure-name.ts";

// Where a name after a title ends because the verb's object or complement starts.

/**
 * «أحمد خلف الحمداني الشركة العامة …»: a name that does not close still ends with its first family name
 * in «ـي» (a nisba) when a definite word, the verb's object, follows it, or a preposition that opens the
 * verb's complement («تحفظ النائب X الكواري على الاقتراح»). Returns that end, or `from`.
 */
export function nisbaEnd(toks: Token[], from: number, to: number): number {
  for (let k = from + 1; k < to; k++) {
    const next = toks[k + 1];
    const opensComplement = !!next?.word && (hasAl(next) || NAME_ENDING_PREPOSITIONS.test(bare(next)));
    if (/^ال\p{L}{2,}ي$/u.test(bare(toks[k] as Token)) && opensComplement) return k + 1;
  }
  return from;
}
const NAME_ENDING_PREPOSITIONS = seatless(/^(?:على|عن|من|إلى|في|مع)$/u);

/**
 * «أكد وزير الزراعة البروفيسور عثمان الطيب البدوي اكتمال الترتيبات»: after a name of two words or more, a
 * verbal noun of a derived form (افتعال «اكتمال», «التزام», انفعال «انطلاق», استفعال «استعداد») is the
 * verb's object, not a family name. (A given name of that shape, «انتصار», comes first and is kept.)
 */
export const derivedVerbalNoun = (t: Token | undefined, definite: boolean): boolean =>
  !!t?.word &&
  // («اجتماعا»: also with the alif of the indefinite accusative)
  (/^[اإ](?:ست\p{L}\p{L}|ن\p{L}\p{L}|\p{L}[تطد]\p{L})ا\p{L}ا?$/u.test(bare(t)) ||
    // with the article also «الإضراب», «الإعلان» (إفعال; no family name has that shape), and «بشدة»
    (definite && /^ال[اإ](?:\p{L}{2}|ست\p{L}\p{L}|ن\p{L}\p{L}|\p{L}[تطد]\p{L})ا\p{L}$/u.test(bare(t))) ||
    MANNER.test(bare(t)));
/**
 * «اقترح النائب محمد علي بوحمود تخصيص نسبة …»: after a name of two words or more, a verbal noun تفعيل
 * («تخصيص», «تشكيل») with an indefinite genitive after it is the verb's object (a name «تحسين الجابري»
 * or «… توفيق» before the complementizer goes on).
 */
export const tafilObject = (toks: Token[], i: number): boolean => {
  const next = toks[i + 1];
  return (
    /^ت\p{L}{2}ي\p{L}$/u.test(bare(toks[i] as Token)) &&
    !!next?.word &&
    !hasAl(next) &&
    !FUNCTION_WORDS.has(foldWord(next.text)) &&
    !/^(?:ب?[أإا]ن|لل)/u.test(bare(next))
  );
};
/** «بشدة», «بقوة», «بحزم»: how the subject acted, after its name. */
const MANNER = /^ب(?:شدة|قوة|حزم|حدة|وضوح|صراحة)$/u;
/**
 * After a name of two words or more, what opens the verb's object rather than more of the name: a derived
 * verbal noun, a تفعيل with its genitive, a place in construct («زار الوزير X مدينة الزرقاء»), or a
 * ب-phrase with a definite genitive («أشاد الوزير X بأداء الفريق», «بجهود الوزارة»).
 */
export const objectAfterName = (toks: Token[], i: number, definite: boolean): boolean => {
  const t = toks[i];
  const next = toks[i + 1];
  if (!t?.word) return false;
  const b = bare(t);
  // («بروح لاعبيه», «بجهود موظفيها»: a genitive with a possessive pronoun)
  const genitive = !!next?.word && (hasAl(next) || /^\p{L}{3,}(?:يه|ته|ها|هم|هما|هن)$/u.test(bare(next)));
  return (
    derivedVerbalNoun(t, definite) ||
    tafilObject(toks, i) ||
    (PLACE_NOUNS.has(foldWord(b)) && !!next?.word && !FUNCTION_WORDS.has(foldWord(next.text))) ||
    // (not a family name «بوحمود», «بن …»; «بجهود الوزارة» is a noun and its definite genitive)
    (/^ب(?!و|ن$)\p{L}{2,}$/u.test(b) && genitive)
  );
};

/** «الشيخ صباح خالد …»: «صباح» right after a title, before no time word, is a given name (see `dawnWord`). */
export const dawnName = (toks: Token[], i: number): boolean =>
  !!toks[i]?.word &&
  !!toks[i + 1]?.word &&
  dawnWord(["", (toks[i] as Token).text, (toks[i + 1] as Token).text], 1);
