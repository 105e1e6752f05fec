// «يونيو», «تشرين», «جانفي»: the name of a month, a time word that names no one.
import { AR_MONTHS } from "./date-words.ts";
import { foldWord } from "./lexicon.ts";

/** The months' names, or the first word of one («تشرين», «كانون»). Folded. */
const MONTH_WORDS = new Set(AR_MONTHS.map(([m]) => foldWord(m.split(" ")[0] as string)));

/** «أكتوبر», «تشرين», «جانفي»: a month's name, or the first word of one. */
export const isMonthWord = (w: string): boolean => MONTH_WORDS.has(foldWord(w));
