// A name first met in the article, then its title without a comma: «أشاد حسن شوقي المدير الفني للفريق بـ…».
import type { Token } from "../text/tokens.ts";
import { FUNCTION_WORDS, foldWord, GIVEN_NAME_TITLES, isOrgHead, PERSON_TITLES } from "./lexicon.ts";
import { hasAl, nameLike, titleHead } from "./phrase.ts";
import { titlePhraseEnd } from "./titled.ts";

/**
 * «أبدى سامي الفقي المدير الفني للنادي غضبه …», «واعتذر كريم حسونة قائد الفريق لجماهيره …»: a given name
 * and up to three more name words, then a person title (definite, or in construct with a definite word) and
 * its phrase; the subject ends with the title phrase (what follows is the verb's object). Null otherwise.
 */
export function nameThenTitleEnd(text: string, toks: Token[]): number | null {
  for (let k = 1; k <= 4 && k < toks.length; k++) {
    const t = toks[k - 1] as Token;
    // (a family name may take the article: «سامي الفقي»; a given name does not)
    const nameWord =
      k === 1
        ? !hasAl(t) && nameLike(text, t)
        : hasAl(t) || nameLike(text, t) || GIVEN_NAME_TITLES.has(foldWord(t.text));
    if (!t.word || FUNCTION_WORDS.has(foldWord(t.text)) || !nameWord) return null;
    const title = toks[k] as Token;
    const next = toks[k + 1];
    // a definite title, or one in construct with a definite word («قائد الإسماعيلي»), not a given name
    // that is also a title word («رائد», «أمين»)
    // («محمد راشد الكعبي مدير إدارة الطوارئ»: or with a body's head in construct before a definite word)
    const bodyNext =
      !!next?.word && isOrgHead(foldWord(next.text)) && !!toks[k + 2]?.word && hasAl(toks[k + 2] as Token);
    const construct =
      !!next?.word && (hasAl(next) || bodyNext) && !GIVEN_NAME_TITLES.has(foldWord(title.text));
    if (title.word && (hasAl(title) || construct) && PERSON_TITLES.has(titleHead(title.text)))
      return k + titlePhraseEnd(text, toks.slice(k), 1);
  }
  return null;
}
