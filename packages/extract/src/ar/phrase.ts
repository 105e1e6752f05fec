// The words of an Arabic speaker phrase: titles, ب-genitives, quoted and compound names, where a name closes
// (the genitives inside a name: name-genitives.ts).
import { letterRunBefore, seatless, withoutHarakat } from "../text/chars.ts";
import type { Token } from "../text/tokens.ts";
import { articleMap } from "../text/word-memo.ts";
import { baTakenByComplement } from "./ba-complement.ts";
import {
  AR_COMPLEMENTIZER,
  FORM_LEMMA,
  FORM_PARTICLES,
  foldArabicWord,
  PARTICIPLE_FORMS,
  VERB_FORMS,
} from "./cues.ts";
import {
  ADJUNCT_STARTS,
  ANNOUNCED_ACTS,
  CHARGE_NOUNS,
  FUNCTION_WORDS,
  foldWord,
  hasArticle,
  isArticleName,
  isDefiniteWord,
  isFunctionWord,
  isOrgHead,
  ORG_TITLES,
  PERIOD_NOUNS,
  PERSON_TITLES,
  PLACE_NOUNS,
  SAME_BEFORE,
} from "./lexicon.ts";
import { onAdjunct } from "./on-adjunct.ts";
import { townLastWord } from "./town-last-word.ts";

export { abbreviatedTitle } from "./abbreviated-title.ts";

export const hasAl = (t: Token): boolean => hasArticle(t.text);
/** A word token with the article that is no function word (see isDefiniteWord). */
export const definiteWord = (t: Token | undefined): boolean => !!t?.word && isDefiniteWord(t.text);
export const isComplementizer = (text: string, t: Token): boolean =>
  t.word && AR_COMPLEMENTIZER.test(text.slice(t.start, t.end + 1));
export const isTitleWord = (f: string): boolean => PERSON_TITLES.has(f) || ORG_TITLES.has(f);
/** «علي» with a dotted ya is the name Ali; «على» is the preposition. */
export const isNameAli = (t: Token): boolean => withoutHarakat(t.text) === "علي";
export const nameLike = (text: string, t: Token): boolean =>
  t.word &&
  !hasAl(t) &&
  (isNameAli(t) || !isFunctionWord(t.text)) &&
  !isComplementizer(text, t) &&
  !/^\p{N}/u.test(t.text) &&
  !ADJUNCT_STARTS.has(foldWord(t.text)) &&
  // «فردّ الوزير قائلا»: a participle cue is never part of a name
  !PARTICIPLE_FORMS.has(foldArabicWord(t.text)) &&
  // «بالاتفاق», «كالعادة»: a preposition with the article is never a name
  !/^[بك]ال/u.test(t.text) &&
  !t.text.endsWith("ـ");

/** «بتشديد», «بإقالة», «باستئناف»: ب and a verbal noun of a derived form. */
const BA_VERBAL_NOUN = seatless(/^ب(?:ت|ا|إ|أ)/u);
/**
 * A ب-word that opens an object rather than goes on with a name: a ب-verbal noun after a name's first word,
 * or any ب-word with a possessive pronoun («بضيفه», «بقرارها»: a name never has one).
 */
export const baObject = (b: string, names: number): boolean =>
  (names > 0 && BA_VERBAL_NOUN.test(b)) ||
  // «ونوه الشيخ بتعاون الأهالي»: right after a title, a long «بتـ» verbal noun (تفاعل, تفعيل), not «بتول»
  /^بت\S{3,}$/u.test(b) ||
  /^ب\S{2,}(?:ه|ها|هم|هما)$/u.test(b);

/**
 * A bare title can be followed directly by the verb's nominal object («ونفى المتحدث باسم الحكومة وجود
 * خلافات مع …»), which reads like a name. Words after a title count as a name when punctuation, a
 * complementizer (or a preposition before one) or an adjunct («في», «أمس») closes them, or when the article named them before.
 */
export function closesName(text: string, toks: Token[], i: number, particles?: Set<string>): boolean {
  const next = toks[i];
  if (!next?.word || isComplementizer(text, next) || ADJUNCT_STARTS.has(foldWord(next.text))) return true;
  // «على هامش المؤتمر», «على حسابه في إكس», «على صفحتها»: where or on what occasion, an adjunct
  if (onAdjunct(toks, i)) return true;
  // the verb's own particle opens its object: «أعرب الأمين العام … أنطونيو غوتيريش عن قلقه», «ورحب … بالاتفاق»
  const nf = foldArabicWord(next.text);
  if (particles && toks[i + 1]?.word && particles.has(nf)) return true;
  // a definite ب-phrase is the verb's object or an adjunct, never more of a name: «ورحب … بدر عبد العاطي بالاتفاق»;
  // nor is a definite ل-phrase, the hearer («… سامي فؤاد الحسن للجزيرة نت إن»)
  if (/^(?:بال|لل)/u.test(nf)) return true;
  // «وطالبت النائبة زينب عبد الأمير بتشديد …», «ورحب … بقرارها»: the object of a verb that takes ب
  if (particles?.has("ب") && baObject(bare(next), 1) && !baTakenByComplement(text, toks, i)) return true;
  // «وطالبت المواطنة X بـ«توفير …»»: a bare «بـ» before a quotation opens the object too
  if (particles?.has("ب") && /^بـ*$/u.test(next.text) && /^["«“]$/u.test(toks[i + 1]?.text ?? ""))
    return true;
  // «وأرجع الخبير عوني الربضي ذلك إلى …»: a demonstrative opens the object; «التقى الوزير X نظيره …»
  if (/^(?:ذلك|هذا|هذه|تلك|هذين|هاتين|نظيره|نظيرته|نظيرها|نظيرتها|نظراءه)$/u.test(next.text)) return true;
  // «أكد الشيخ محمد بن زايد آل نهيان أهمية …», «جدد الرئيس X حرص مصر على …»: a stance noun, the object
  if (STANCE_OBJECTS.test(bare(next))) return true;
  // the verb's own preposition before its complementizer: «حذّر … من أن», «لفت … إلى أن»
  const after = toks[i + 1];
  // «يقول المزارع X من أهالي المنطقة»: where the speaker lives, after the name, is no more of it
  if (residenceAt(toks, i)) return true;
  return FUNCTION_WORDS.has(foldWord(next.text)) && after !== undefined && isComplementizer(text, after);
}

/** Nouns of a stance that open the object of «أكد», «جدد», «أبدى» (never a name): «أهمية», «ضرورة». */
export const STANCE_OBJECTS = seatless(
  /^(?:أهمية|اهمية|ضرورة|حرص|التزام|استعداد|رفض|دعم|تضامن|إدانة|ادانة|ترحيب|تمسك|تطلع|عزم)$/u,
);
/**
 * «من أهالي المنطقة», «من سكان حي …», «من أبناء القرية», «من معتمدية الجم», «من قرية …»: «من» and the people
 * of a place, or a place noun in construct, at `i`.
 */
const residenceAt = (toks: Token[], i: number): boolean => {
  const place = toks[i + 1];
  if (toks[i]?.text !== "من" || !place?.word) return false;
  return RESIDENTS.test(bare(place)) || (!hasAl(place) && PLACE_NOUNS.has(foldWord(place.text)));
};
/** The people of a place: «أهالي», «سكان», «أبناء», «قاطني». */
export const RESIDENT_NOUNS = "(?:[أا]هالي|سكان|[أا]بناء|قاطني)";
const RESIDENTS = new RegExp(`^${RESIDENT_NOUNS}$`, "u");
/**
 * «أحد سكان غزة», «إحدى قاطني أم درمان»: the people at `i` of a place named without the article; returns
 * where the place's bare words end (0 if there are none).
 */
export function residentsOfTownEnd(text: string, toks: Token[], i: number): number {
  if (!toks[i]?.word || !RESIDENTS.test(bare(toks[i] as Token))) return 0;
  // «سكان بلدة الزاوية»: a place noun and its definite name
  const [noun, place] = [toks[i + 1], toks[i + 2]];
  if (noun?.word && !hasAl(noun) && PLACE_NOUNS.has(foldWord(noun.text)) && place?.word && hasAl(place))
    return FUNCTION_WORDS.has(foldWord(place.text)) ? 0 : i + 3;
  let j = i + 1;
  while (j < i + 4 && toks[j]?.word && !hasAl(toks[j] as Token) && nameLike(text, toks[j] as Token)) j++;
  // «حي ماركا الشمالية», «مخيم جباليا الجديد»: a side or age of the place closes its name
  if (j > i + 1 && toks[j]?.word && PLACE_SIDE.test(bare(toks[j] as Token))) return j + 1;
  if (j > i + 1 && townLastWord(text, toks, j)) return j + 1;
  // (not before a definite word: «دير البلح» may go on, or a day may follow the place)
  return j > i + 1 && !(toks[j]?.word && hasAl(toks[j] as Token)) ? j : 0;
}
const PLACE_SIDE = /^ال(?:شمالي|جنوبي|شرقي|غربي|قديم|جديد)ة?$/u;

/** What `forms` holds for the verb form right before `from`, with or without its و/ف prefix. */
function formBefore<T>(text: string, from: number, forms: Map<string, T>): T | undefined {
  const word = letterRunBefore(text, Math.max(0, from - 30), from);
  if (!word) return undefined;
  const f = foldArabicWord(word);
  return forms.get(f) ?? (/^[وف]/u.test(f) ? forms.get(f.slice(1)) : undefined);
}

/** The lemma of the reporting verb right before `from` («واتهمت» → اتهم), or null. */
export const verbLemma = (text: string, from: number): string | null =>
  formBefore(text, from, FORM_LEMMA) ?? null;

/** The particles the reporting verb right before `from` takes («أعرب» → عن, «رحب» → ب). */
export const verbParticles = (text: string, from: number): Set<string> | undefined =>
  formBefore(text, from, FORM_PARTICLES);

/** A given name with the article followed by more of the name: «الهادي الجلاصي», «الحبيب بن علي». */
export function startsArticleName(text: string, toks: Token[], i: number): boolean {
  const t = toks[i];
  const next = toks[i + 1];
  if (!t?.word || !isArticleName(t.text) || !next?.word) return false;
  return nameLike(text, next) || definiteWord(next);
}
export const bare = (t: Token): string => withoutHarakat(t.text);
export const COMMA = /^[،,]$/u;

export const OPENING_QUOTE = /^["“«]$/;
export const CLOSING_QUOTE = /^["”»]$/;
/** «أحد», «إحدى»: one of a group. */
export const ONE_OF = seatless(/^(?:أحد|إحدى)$/u);
/** «يستقبل», «تفتتح», «يلتقي»: a verb in the imperfect, third person (a headline's present). */
export const IMPERFECT = /^[يت]\p{L}{3,}$/u;
/** «من», «إلى», «على», «عن»: a verb's particle (before its complementizer or its object). */
export const VERB_PARTICLE = seatless(/^(?:من|إلى|على|عن)$/u);

/**
 * «خالد العلي»: «على» never takes the article, so «العلي» (folded like it) is the family name of Ali,
 * not the preposition; «الجابر الصباح»: nor does the time word «صباح» after a name.
 */
export const articledParticle = (t: Token): boolean => bare(t) === "العلي" || bare(t) === "الصباح";

/**
 * «قيادة الجيش - مديرية التوجيه», «منطقة بعلبك - الهرمل»: a spaced dash at i between two parts of one
 * name (Levantine usage), when a definite word, a body's head or a bare name follows it, not a verb.
 */
export function dashJoin(text: string, toks: Token[], i: number): boolean {
  const dash = toks[i];
  const before = toks[i - 1];
  const next = toks[i + 1];
  if (!dash || !/^[-–—]$/u.test(dash.text) || !before?.word || !next?.word) return false;
  const f = foldArabicWord(next.text);
  if (VERB_FORMS.has(f) || VERB_FORMS.has(f.replace(/^[وف]/u, "")) || FUNCTION_WORDS.has(foldWord(next.text)))
    return false;
  return hasAl(next) || isOrgHead(foldWord(next.text)) || nameLike(text, next);
}

const headsSeen = articleMap<string>();
/**
 * The title head a word stands for, also in the accusative after إن/لكن («لكن مصدرا في …») or a feminine
 * one with the pronoun of whom she serves («مستشارته», «نائبتها»: folded «مستشاره» already is one).
 */
export function titleHead(word: string): string {
  if (word.length > 24) return headOf(word);
  let head = headsSeen.get(word);
  if (head === undefined) {
    head = headOf(word);
    headsSeen.set(word, head);
  }
  return head;
}
function headOf(word: string): string {
  const f = foldWord(word);
  if (isTitleWord(f)) return f;
  const owned = /^(\p{L}{3,})ت(?:ه|ها|هم)$/u.exec(f)?.[1];
  if (owned && PERSON_TITLES.has(`${owned}ه`)) return `${owned}ه`;
  // «أمينتها العامة»: the feminine of a title whose own feminine is not listed
  if (owned && PERSON_TITLES.has(owned)) return owned;
  // «أمينها العام», «أمينه العام» (not «أمينة»), «مستشارهم»: a title with the pronoun of the body it serves
  const serves =
    /^(\p{L}{3,}?)(?:ها|هم|هما|هن)$/u.exec(f)?.[1] ?? /^(\p{L}{3,})ه$/u.exec(withoutHarakat(word))?.[1];
  if (serves && PERSON_TITLES.has(foldWord(serves))) return foldWord(serves);
  if (!f.endsWith("ا")) return f;
  const stem = f.slice(0, -1);
  return PERSON_TITLES.has(stem) ? stem : f;
}

/** «العليا», «الكبرى», «الأولى»: feminine elatives (فُعلى) end without «ة» («الهيئة العليا للانتخابات»). */
const FEMININE_ELATIVE = /^ال(?:علي|كبر|صغر|وسط|عظم|[أا]ول|دني|قصو|[أا]خر|فضل|سفل)[ىاي]$/u;

/** An adjective after a definite noun agrees with it: «الوزارة المواطنين» is a subject and an object. */
export function agrees(head: Token, w: Token): boolean {
  const h = bare(head);
  const b = bare(w);
  if (/^[وف]ال/u.test(b) || /^لل/u.test(b)) return true;
  const fem = (x: string): boolean => /ة$/u.test(x);
  const masculinePlural = (x: string): boolean => /(?:ون|ين)$/u.test(x);
  if (fem(h)) return fem(b) || FEMININE_ELATIVE.test(b);
  if (!/ات$/u.test(h) && !masculinePlural(h) && masculinePlural(b)) return false;
  return true;
}

/**
 * «القبض على», «الموافقة على» after a definite word: an announced act and its preposition at i open the
 * object, not the subject (after an indefinite head it is a genitive: «هيئة الإفراج عن المعتقلين»).
 */
export const announcedActAt = (toks: Token[], i: number): boolean =>
  !!toks[i]?.word &&
  i > 0 &&
  hasArticle((toks[i - 1] as Token).text) &&
  ANNOUNCED_ACTS.has(foldWord((toks[i] as Token).text)) &&
  /^(?:عل[ىي]|عن|[إا]ل[ىي]|من)$/u.test(bare(toks[i + 1] ?? (toks[i] as Token)));

/** «التهم», «القبض على»: a charge denied or an act announced at i, the verb's object after its subject. */
export const verbObjectAt = (toks: Token[], i: number): boolean =>
  CHARGE_NOUNS.has(foldWord((toks[i] as Token).text)) || announcedActAt(toks, i);

/**
 * «الخرطوم (أ ف ب) - », «الكويت - »: a dateline opening the lede, before the reported words; with the filing
 * day too: «تونس 3 فيفري 2026 (وات) - », «نابلس 10-3-2026 وفا- » (the agency's name bare before the dash).
 */
export const DASH_DATELINE =
  /^(?:[\p{L}\p{M}]+[\s\u00A0]*){1,2}(?:[،,]?[\s\u00A0]*(?:\p{Nd}{1,2}-\p{Nd}{1,2}-\p{Nd}{4}|\p{Nd}{1,2}[\s\u00A0]+\p{L}+(?:[\s\u00A0]*\/[\s\u00A0]*\p{L}+)?(?:[\s\u00A0]+\p{Nd}{4})?)[\s\u00A0]*(?:\p{L}{2,6}(?=[-–—]))?)?(?:\([^)\n]{1,30}\))?[\s\u00A0]*[-–—]{1,2}[\s\u00A0]+/u;

/**
 * Words that join the next word into one name: «عبد الكريم», «أبو محمد», «بن سعد», «آل حمدان», «ولد علي», and
 * the Amazigh «آيت» (sons of) of Moroccan family names («آيت الطالب», «آيت الحاج»).
 */
export const NAME_JOINERS = new Set([
  "عبد",
  "أبو",
  "أبي",
  "ابن",
  "بن",
  "بنت",
  "أم",
  "آل",
  "ولد",
  // (Sudanese «ود»: «ود البلة», «ود مدني»)
  "ود",
  "آيت",
  "أيت",
  "ايت",
]);
/** «وأشار ذات المسؤول إلى …», «نفس المصدر»: «ذات/نفس» and the title it points back with (2 tokens), else 0. */
export function sameTitleBefore(toks: Token[]): number {
  const [t, title] = toks;
  return t?.word &&
    SAME_BEFORE.has(foldWord(t.text)) &&
    title?.word &&
    hasAl(title) &&
    isTitleWord(titleHead(title.text))
    ? 2
    : 0;
}
/** Meetings after «في» are occasions, not where a group is: «في الجلسة», «في الاجتماع». */
export const OCCASIONS =
  /^(?:جلسة|اجتماع|ندوة|قمة|منتدى|ورشة|حفل|مؤتمر|لقاء|بيان|تصريح|مقابلة|تحقيق|استجواب|محاكمة|مرافعة)/u;
/** Time nouns after «في» are occasions, not affiliations: «في ساعة متأخرة», «في وقت سابق». */
export const TIME_NOUNS = seatless(/^(?:ساعة|وقت|يوم|أثناء|ختام|مطلع|نهاية|بداية|منتصف)$/u);

/**
 * «جمعية "واحة"», «لمركز "حماية"»: a quoted name after an institution's head (also with ل/ب). Returns
 * the tokens from the opening quote at i through the closing one (0 if none).
 */
export function quotedName(toks: Token[], i: number): number {
  const open = toks[i];
  const before = toks[i - 1];
  if (!open || !OPENING_QUOTE.test(open.text) || !before?.word) return 0;
  // «جمعية "واحة"», «مراسل "واع"»; a definite person title is whole («أبلغت الوزيرة "النهار"»: the hearer)
  const head = titleHead(bare(before).replace(/^[لب](?!ل)/u, ""));
  if (!isTitleWord(head) || (hasAl(before) && PERSON_TITLES.has(head) && !ORG_TITLES.has(head))) return 0;
  for (let k = i + 1; k < toks.length && k < i + 7; k++) {
    const t = toks[k] as Token;
    if (CLOSING_QUOTE.test(t.text)) return k - i + 1;
    if (!t.word) return 0;
  }
  return 0;
}

export function knownPrefix(toks: Token[], from: number, to: number, knownNames: Set<string>): number {
  let i = from;
  while (i < to && knownNames.has(foldWord((toks[i] as Token).text))) i++;
  return i;
}

/** «العام الماضي», «الأسبوع المقبل», «الشهر الجاري» at i: a time, not an adjective of the words before. */
export const periodAt = (toks: Token[], i: number): boolean =>
  !!toks[i]?.word &&
  PERIOD_NOUNS.has(foldWord((toks[i] as Token).text)) &&
  !!toks[i + 1]?.word &&
  /^ال(?:ماضي|مقبل|جاري|منصرم|فائت|حالي)(?:ة)?$/u.test(bare(toks[i + 1] as Token));
