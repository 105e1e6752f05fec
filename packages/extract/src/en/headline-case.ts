import type { ArticleView } from "../draft.ts";
import { isJsSpace, isLetter } from "../text/chars.ts";
import type { Sentence } from "../text/segment.ts";
import { tokensForward } from "../text/tokens.ts";

/** Short words a title-case headline may leave in lower case ("Visa Program Up for Renewal Amid …"). */
const LOWER_IN_TITLES = new Set([
  "with",
  "from",
  "into",
  "over",
  "than",
  "that",
  "upon",
  "onto",
  "amid",
  "when",
]);

/** The article's first sentence when it is a line of its own (a paragraph of one sentence), as a headline is. */
export function headlineLine(view: ArticleView): Sentence | null {
  const [first, second] = view.sentences;
  return first?.para === 0 && second?.para !== 0 ? first : null;
}

/**
 * Where the article's title-case headline ends, or 0: a line of its own whose every longer word is
 * capitalised. A capitalised run there is no name ("Elizabeth Warren Hammers Wells Fargo CEO"), so names
 * are read from the body.
 */
export function titleCaseHeadlineEnd(view: ArticleView): number {
  const first = headlineLine(view);
  if (!first) return 0;
  let capitalised = 0;
  for (const t of tokensForward(view.text, first.start, first.end, 400)) {
    const c = t.text.charCodeAt(0);
    if (!t.word) continue;
    if (c >= 65 && c <= 90) capitalised++;
    else if (c >= 97 && c <= 122 && t.text.length >= 4 && !LOWER_IN_TITLES.has(t.text)) return 0;
  }
  return capitalised >= 3 ? first.end : 0;
}

/**
 * "Elizabeth Warren Hammers Wells Fargo CEO: …": a speaker run in a title-case headline ends where the body's
 * name for it ends — the longest run of its first words the body also writes; the whole run when the body
 * writes none of them.
 */
export function bodyNameEnd(text: string, start: number, end: number, bodyStart: number): number {
  const ends: number[] = [];
  for (let i = start; i < end; i++)
    if (isJsSpace(text.charCodeAt(i)) && !isJsSpace(text.charCodeAt(i - 1))) ends.push(i);
  for (const e of [end, ...ends.reverse()]) if (writtenAfter(text, text.slice(start, e), bodyStart)) return e;
  return end;
}

/** `words` written after `from` as whole words; one word only inside a sentence (a capital opening one proves no name). */
function writtenAfter(text: string, words: string, from: number): boolean {
  const oneWord = !/\s/.test(words);
  for (let at = text.indexOf(words, from); at >= 0; at = text.indexOf(words, at + 1)) {
    if (isLetter(text[at - 1]) || isLetter(text[at + words.length])) continue;
    if (!oneWord) return true;
    let before = at - 1;
    while (before >= 0 && isJsSpace(text.charCodeAt(before))) before--;
    if (before >= 0 && !SENTENCE_OPENS_AFTER.includes(text[before] as string)) return true;
  }
  return false;
}
const SENTENCE_OPENS_AFTER = ".!?\n\"“‘'—:";
