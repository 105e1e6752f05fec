// «محمد العلي», «سعاد الحربي»: a bare name whose last word is a family name with the article.

import type { Token } from "../text/tokens.ts";
import { foldWord, isFunctionWord, PEOPLE_NOUNS } from "./lexicon.ts";
import { bare, hasAl, isTitleWord, titleHead } from "./phrase.ts";

/** «العلي», «الحربي», «المطيري»: the article and a nisba in ي (not «الأهالي», a title or a function word). */
const FAMILY_NISBA = /^ال\p{L}{2,}ي$/u;

/** The word is a family name with the article that can close a bare name («وطالب محمد العلي بـ…»). */
export function familyNameWithArticle(t: Token): boolean {
  if (!t.word || !hasAl(t)) return false;
  const b = bare(t);
  return (
    FAMILY_NISBA.test(b) &&
    !/^الأ?هالي$/u.test(b) &&
    !isFunctionWord(t.text) &&
    !PEOPLE_NOUNS.has(foldWord(t.text)) &&
    !isTitleWord(titleHead(t.text))
  );
}
