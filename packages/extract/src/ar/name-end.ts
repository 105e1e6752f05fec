import { seatless } from "../text/chars.ts";
import type { Token } from "../text/tokens.ts";
import { FORM_PARTICLES, foldArabicWord, VERB_FORMS } from "./cues.ts";
import { FUNCTION_WORDS, foldWord, PLACE_NOUNS } from "./lexicon.ts";
import { bare, definiteWord, hasAl, isComplementizer } from "./phrase.ts";
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
const tafilObject = (toks: Token[], i: number): boolean => {
  const next = toks[i + 1];
  return (
    /^ت\p{L}{2}ي\p{L}$/u.test(bare(toks[i] as Token)) &&
    !!next?.word &&
    !hasAl(next) &&
    !FUNCTION_WORDS.has(foldWord(next.text)) &&
    !/^(?:ب?[أإا]ن|لل)/u.test(bare(next))
  );
};
/** Given names shaped like a verbal noun of a derived form («إيمان», «انتصار»), which a title may precede. */
const VERBAL_NOUN_NAMES = seatless(
  /^(?:إيمان|إحسان|إسلام|إكرام|إنعام|إلهام|إقبال|إشراق|إخلاص|إنصاف|إجلال|إيناس|إيهاب|إلياس|إسحاق|ابتسام|ابتهال|انتصار|اعتدال|اعتماد|امتثال|انشراح|استقلال)$/u,
);
/**
 * «وأعلنت الوزيرة إطلاق المبادرة»: right after a bare title, an indefinite verbal noun of a derived form (إفعال
 * «إطلاق», افتعال «افتتاح», استفعال «استئناف») before a definite genitive is the verb's object, not the holder's
 * given name (unless the article names the word as one, or it is a given name of that shape; a تفعيل «تحسين»,
 * «توفيق» is too often a name).
 */
export const verbalNounAfterTitle = (toks: Token[], i: number, knownNames: Set<string>): boolean => {
  const t = toks[i];
  const next = toks[i + 1];
  if (!t?.word || !definiteWord(next)) return false;
  const b = bare(t);
  if (VERBAL_NOUN_NAMES.test(b) || knownNames.has(foldWord(t.text))) return false;
  // («وأكد اللواء X الشريف أن …»: a complementizer right after the words is the clause a name's verb takes)
  for (let k = i + 2; k < i + 5 && toks[k]?.word; k++)
    if (/^[أإا]ن(?:ه|ها|هم)?$/u.test(bare(toks[k] as Token))) return false;
  return /^إ\p{L}{2}ا\p{L}$/u.test(b) || derivedVerbalNoun(t, false);
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

/**
 * «ردّ الوزير فقال إن …», «وعاد المدرب وأكد أن …»: و/ف and a reporting verb followed by its complementizer,
 * its particle or a colon is the subject's next verb, never a word of its name (an imperfect «فيري إن» is
 * a name: a verb after its subject takes no ف and the imperfect).
 */
export function joinedReportingVerb(text: string, toks: Token[], i: number): boolean {
  const t = toks[i];
  const next = toks[i + 1];
  if (!t?.word || !next) return false;
  const f = foldArabicWord(t.text);
  const core = f.slice(1);
  if (!/^[وف]/u.test(f) || /^ي/u.test(core) || !VERB_FORMS.has(core)) return false;
  return (
    next.text === ":" ||
    isComplementizer(text, next) ||
    !!FORM_PARTICLES.get(core)?.has(foldArabicWord(next.text))
  );
}

/** «الثاني», «السادس»: a regnal number, which closes a ruler's name («عبد الله الثاني», «محمد السادس»). */
export const REGNAL = seatless(/^ال(?:أول|ثاني|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع|عاشر)$/u);
/** «بحث … الملك عبد الله الثاني الأوضاع»: a word after a regnal number is no more of the name. */
export const afterRegnalNumber = (toks: Token[], i: number): boolean =>
  i > 1 && !!toks[i - 1]?.word && REGNAL.test(bare(toks[i - 1] as Token));

/** «بحث», «التقى», «اجتمع», «ناقش», «تباحث»: a verb of meeting, with or without و/ف. */
const MEETING_VERB =
  /(?:^|[\s\u00A0])[وف]?(?:بحث|تباحث|ناقش|التقى|التقت|اجتمع|اجتمعت|تشاور|تحادث)[\s\u00A0]+$/u;
const WITH = new Set(["مع"]);
/**
 * «وبحث الرئيس الفرنسي إيمانويل ماكرون مع الملك …»: after a verb of meeting, «مع» opens the other party, so
 * it closes the name before it (as a reporting verb's own particle does).
 */
export const meetingParticle = (text: string, from: number): Set<string> | undefined =>
  MEETING_VERB.test(text.slice(Math.max(0, from - 12), from)) ? WITH : undefined;
