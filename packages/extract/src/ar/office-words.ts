// Words that open an office in a speaker phrase: abbreviated, indefinite, or in construct with a body.
import { ABBREVIATED_TITLE } from "./abbreviated-title.ts";
import {
  FUNCTION_WORDS,
  foldWord,
  hasArticle,
  isArticleName,
  NAME_HONORIFIC,
  PERSON_TITLES,
} from "./lexicon.ts";
import { isAli } from "./pure-name.ts";

export { ABBREVIATED_TITLE };

/**
 * «مستشاره», «نائبها», «مستشارته»: a title with the pronoun of whom the holder serves, definite as if it had
 * the article; the bare word after it opens a name («مستشاره هادي الفاسي»), no genitive nor nisba.
 */
const ownedTitle = (w: string): boolean => {
  if (/\p{L}{3}ت(?:ه|ها|هم)$/u.test(w)) return true;
  const stem = /^(\p{L}{3,}?)(?:ه|ها|هم|هما)$/u.exec(w)?.[1];
  return !!stem && PERSON_TITLES.has(foldWord(stem));
};
/** «معالي», «سمو», «فضيلة»: honorifics of address that stand before a title or a name, no office of their own. */
const ADDRESS_HONORIFIC = /^(?:معالي|سعادة|سمو|فخامة|فضيلة|سماحة|مولانا)$/u;
/** «والي», «والية»: a governor's office, in construct with the province though it looks definite. */
const GOVERNOR_WALI = /^والي(?:ة)?$/u;
/** «مسؤول», «ناشطة»: a title without the article, no honorific («معالي», «سمو») nor abbreviation. */
export const indefiniteTitle = (w: string): boolean =>
  !hasArticle(w) &&
  !ABBREVIATED_TITLE.test(w) &&
  !ADDRESS_HONORIFIC.test(w) &&
  !GOVERNOR_WALI.test(w) &&
  !ownedTitle(w);
/** «مدير», «إمام», «والي»: an office without the article, not an honorific («معالي», «سمو») nor abbreviated. */
export const constructOffice = (w: string): boolean =>
  (!hasArticle(w) || GOVERNOR_WALI.test(w)) &&
  !ABBREVIATED_TITLE.test(w) &&
  !ADDRESS_HONORIFIC.test(w) &&
  !ownedTitle(w);
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
