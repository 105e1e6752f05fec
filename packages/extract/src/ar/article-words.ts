// Whether a word stands on its own anywhere in the article: «عنب بلدي» beside «لعنب بلدي», «مكناس» beside «بمكناس».
import { withoutHarakat } from "../text/chars.ts";

const WORD = /\p{L}+/gu;

/** The words of the last article asked about (one pass per article, not per call). */
let wordsOf: { text: string; words: Set<string> } | null = null;

/** Whether `word` (without diacritics) occurs as a whole word in `text`. */
export function articleHasWord(text: string, word: string): boolean {
  if (wordsOf?.text !== text) wordsOf = { text, words: new Set(withoutHarakat(text).match(WORD)) };
  return wordsOf.words.has(word);
}
