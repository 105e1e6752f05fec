// The words and shapes a mention's parse reads: who the article quotes without an office, documents that
// speak for a body, names that are also titles, nisba adjectives and the like.
import type { MentionParse } from "../speakers.ts";
import { TRAILING_ABBREVIATION } from "./abbreviated-title.ts";
import {
  FUNCTION_WORDS,
  foldWord,
  hasArticle,
  isArticleName,
  ORG_TITLES,
  PERSON_TITLES,
  TITLE_ADJECTIVES,
} from "./lexicon.ts";

/** The one the article is quoting, without an office: «المتحدث», «المتحدثة», «محدثنا». Folded. */
export const INTERLOCUTORS = new Set(["متحدث", "متحدثه", "محدثنا", "محدثتنا", "محدثي", "محدثتي"]);
/** «يدعى», «تدعى»: is called. */
export const CALLED = /^(?:يدعى|تدعى|يدعي|تدعي)$/u;
/** A word without its quotation marks: «"التجدد» → «التجدد». */
export const unquoted = (w: string): string => w.replace(/^["“«]+|["”»]+$/gu, "");
/** «أحدث», «آخر»: the latest one of a body's documents. Folded. */
export const LATEST = new Set(["احدث", "اخر"]);
/** Documents a body issues, which speak for it when named alone: «البيان», «البلاغ», «التقرير». */
export const ISSUED_DOCUMENTS = new Set(["بيان", "بلاغ", "تقرير"]);

/** «"ساما"», «جمعتها "بلومبرغ"»: a quoted name after a document noun, maybe after a verb with its pronoun. */
export const QUOTED_OWNER = /^(?:\p{L}{2,}(?:ها|ه)[\s\u00A0]+)?["«“]([^"«»“”]{2,40})["»”]$/u;
/** «أمريكيون», «غربيين», «حقوقيات»: a plural nisba adjective (never a person's name). */
export const PLURAL_ADJECTIVE = /\p{L}{2,}(?:يون|يين|يات)$|^(?:كبار|بارزون|بارزين)$/u;
/** Royal titles that, without the article, are women's given names: «أميرة حسن» (but «الأميرة ريما»). */
export const WOMEN_NAMED_AS_TITLES = new Set(["أميرة", "شيخة", "ملكة"]);
/** Titles that are also given names: «أمين», «أمير», «رائد», «سيد» (Mauritanian «سيد أحمد»), «مالك». */
export const TITLE_NAMES = new Set(["أمين", "أمير", "رائد", "سيد", "مالك"]);
/** A word of a name («فارس», «الخطيب»): no title, adjective, preposition or nisba with the article. */
export const nameWord = (w: string): boolean =>
  !/^(?:ال)?(?:عام|سر|مال)$/u.test(w) &&
  !(hasArticle(w) && /ي(?:ة)?$/u.test(w)) &&
  ![PERSON_TITLES, ORG_TITLES, TITLE_ADJECTIVES, FUNCTION_WORDS].some((s) => s.has(foldWord(w)));
/** «عراقي», «حقوقية», «صحي»: a singular nisba adjective. */
export const NISBA = /^\p{L}{2,}(?:ي|ية)$/u;
/** A name that is not a phrase the title did not take in («… إلى المفاوضات»: it starts with the article). */
export const given = (p: MentionParse): boolean =>
  !!p.name && (!hasArticle(p.name) || isArticleName(p.name.split(/[\s\u00A0]+/)[0] as string));
/** «النائب», «الطبيب», «الشيخ د.»: a title of one word (with an abbreviated title after it), which the name follows. */
export const oneWordTitle = (p: MentionParse): boolean =>
  !!p.title && !/[\s\u00A0]/u.test(p.title.replace(TRAILING_ABBREVIATION, ""));

/** «المسؤول عن …», «المكلفة بـ…», «المعني بـ…»: what a body is in charge of, in apposition to it. */
export const IN_CHARGE = /^ال(?:مسؤول|مكلف|معني|مختص|مخول)(?:ة)?[\s\u00A0]+(?:عن|ب|على)/u;
