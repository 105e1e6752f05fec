// Words that open an office in a speaker phrase: abbreviated, indefinite, or in construct with a body.
import { seatless } from "../text/chars.ts";
import { FUNCTION_WORDS, foldWord, hasArticle, isArticleName, NAME_HONORIFIC } from "./lexicon.ts";
import { isAli } from "./pure-name.ts";

/** «د.», «م.», «أ.»: a title abbreviated to its first letter («النائب د. حمد المطر»). */
export const ABBREVIATED_TITLE = seatless(/^[دمأ]\.$/u);
/** «مسؤول», «ناشطة»: a title without the article, no honorific («معالي», «سمو») nor abbreviation. */
export const indefiniteTitle = (w: string): boolean =>
  !hasArticle(w) &&
  !ABBREVIATED_TITLE.test(w) &&
  !/^(?:معالي|سعادة|سمو|فخامة|والي|والية)$/u.test(w) &&
  // («مستشارته», «نائبتها»: a feminine title with the pronoun of whom she serves is definite)
  !/\p{L}{3}ت(?:ه|ها|هم)$/u.test(w);
/** «مدير», «إمام», «والي»: an office without the article, not an honorific («معالي», «سمو») nor abbreviated. */
export const constructOffice = (w: string): boolean =>
  (!hasArticle(w) || /^والي(?:ة)?$/u.test(w)) &&
  !ABBREVIATED_TITLE.test(w) &&
  !/^(?:معالي|سعادة|سمو|فخامة)$/u.test(w);
/** «مدرسة الحي»: a bare noun and a definite one closing the construct (not a given name: «الهادي»). */
export const constructGenitive = (w: string, next: string | undefined): boolean =>
  !hasArticle(w) &&
  !isAli(w) &&
  !FUNCTION_WORDS.has(foldWord(w)) &&
  /^[\p{L}\p{M}]+$/u.test(w) &&
  next !== undefined &&
  hasArticle(next) &&
  !isArticleName(next) &&
  !NAME_HONORIFIC.test(next);
