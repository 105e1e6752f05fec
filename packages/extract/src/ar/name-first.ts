// A name first met in the article, then its title without a comma: «أشاد حسن شوقي المدير الفني للفريق بـ…».
import type { Token } from "../text/tokens.ts";
import { FUNCTION_WORDS, foldWord, PERSON_TITLES } from "./lexicon.ts";
import { hasAl, nameLike, titleHead } from "./phrase.ts";
import { titlePhraseEnd } from "./titled.ts";

/**
 * «أبدى سامي الفقي المدير الفني للنادي غضبه …»: a given name and up to three more name words, then a definite person title and
 * its phrase; the subject ends with the title phrase (what follows is the verb's object). Null otherwise.
 */
export function nameThenTitleEnd(text: string, toks: Token[]): number | null {
  for (let k = 1; k <= 4 && k < toks.length; k++) {
    const t = toks[k - 1] as Token;
    // (a family name may take the article: «سامي الفقي»; a given name does not)
    const nameWord = k === 1 ? !hasAl(t) && nameLike(text, t) : hasAl(t) || nameLike(text, t);
    if (!t.word || FUNCTION_WORDS.has(foldWord(t.text)) || !nameWord) return null;
    const title = toks[k] as Token;
    if (title.word && hasAl(title) && PERSON_TITLES.has(titleHead(title.text)))
      return k + titlePhraseEnd(text, toks.slice(k), 1);
  }
  return null;
}
