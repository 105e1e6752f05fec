// «وقالت الأسبوع الماضي وزارة …», «وأكد أمس الوزير …», «وطالبت يونيو الماضي بـ…», «وذكرت في وقت سابق
// الوكالة …»: the press puts when the words were said right after the verb; that time is neither the speaker
// nor what was said.

import { type Token, tokensForward } from "../text/tokens.ts";
import { foldWord, TIME_WORDS } from "./lexicon.ts";
import { isMonthWord } from "./month-word.ts";
import { bare } from "./phrase.ts";
import { timePhraseAt } from "./subject-stop.ts";

/** «الماضي», «المقبل», «الجاري», «2024»: what makes a month's name a time (a bare «ماي» may be Theresa May). */
const MONTH_QUALIFIER = /^(?:الماضي|الماضى|المقبل|القادم|الجاري|الجارى|المنصرم|الفائت|\p{Nd}{4})$/u;
/** «تشرين الثاني», «كانون الأول»: the second word of a two-word month. */
const MONTH_ORDINAL = /^(?:الأول|الاول|الثاني)$/u;
/** «مطلع», «منتصف», «أواخر»: the edge of a period, before the period or a month. */
const EDGE = /^(?:مطلع|مستهل|بداية|منتصف|نهاية|ختام|أواخر|أوائل|أواسط)$/u;
/** «الأسبوع», «الشهر», «العام»: a period after an edge word or «هذا/هذه». */
const PERIOD = /^(?:الأسبوع|الاسبوع|الشهر|العام|السنة)$/u;
/** «أمس», «اليوم», «الأحد»: a day that may open the time phrase on its own (the article as written). */
const OPENING_DAY =
  /^(?:أمس|امس|اليوم|الأحد|الاحد|الاثنين|الإثنين|الثلاثاء|الثلثاء|الأربعاء|الاربعاء|الخميس|الجمعة|السبت)$/u;

/** «اليوم السابع» (a paper), «اليوم الوطني», «اليوم الدراسي»: a day named by what it is, not today. */
const NAMED_DAY =
  /^(?:الثاني|الثالث|الرابع|الخامس|السادس|السابع|الثامن|التاسع|العاشر|الوطني|العالمي|الدراسي)$/u;

const word = (t: Token | undefined): string => (t?.word ? bare(t) : "");

/** «يونيو الماضي», «تشرين الثاني 2024» at k: the tokens of a qualified month (0 if none). */
function monthAt(toks: Token[], k: number): number {
  if (!isMonthWord(word(toks[k]))) return 0;
  const two = /^(?:تشرين|كانون)$/u.test(word(toks[k])) && MONTH_ORDINAL.test(word(toks[k + 1])) ? 2 : 1;
  return MONTH_QUALIFIER.test(word(toks[k + two])) ? two + 1 : 0;
}

/** The tokens of the time phrase that opens toks (0 if none). */
export function timePhraseLength(toks: Token[]): number {
  const [w0, w1, w2] = [word(toks[0]), word(toks[1]), word(toks[2])];
  if (!w0 || (w0 === "اليوم" && NAMED_DAY.test(w1))) return 0;
  const timeWord = (t: Token | undefined): boolean => !!t?.word && TIME_WORDS.has(foldWord(t.text));
  let i = 0;
  if (w0 === "في" && w1 === "وقت" && /^(?:سابق|لاحق|متأخر)$/u.test(w2)) i = 3;
  else if (EDGE.test(w0) && (PERIOD.test(w1) || monthAt(toks, 1))) i = 1 + (monthAt(toks, 1) || 1);
  else if (/^(?:هذا|هذه)$/u.test(w0) && PERIOD.test(w1)) i = 2;
  else if (monthAt(toks, 0)) i = monthAt(toks, 0);
  else if (OPENING_DAY.test(w0) || timePhraseAt(toks, 0) || (w0 === "يوم" && timeWord(toks[1]))) i = 1;
  else return 0;
  // «أمس الأحد», «الخميس الماضي», «أول من أمس», «في وقت سابق من اليوم»: more time words
  while (timeWord(toks[i]) || (/^(?:من|قبل)$/u.test(word(toks[i])) && timeWord(toks[i + 1]))) i++;
  return i;
}

/** Where the words after the time phrase right after `from` begin (null when no time phrase opens there). */
export function pastTimeAfterCue(text: string, from: number, limit: number): number | null {
  const toks = tokensForward(text, from, limit, 10);
  const n = timePhraseLength(toks);
  const next = toks[n];
  return n > 0 && next ? next.start : null;
}
