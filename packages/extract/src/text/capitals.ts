/**
 * Character scans for runs of capitalised words, each giving exactly the match of the regex in its
 * comment (property-tested against it in `test/capitals.test.ts`) without slicing the text.
 */
import { isJsSpace, isWordUnit } from "./chars.ts";

/** A Latin letter beyond ASCII: [\u00C0-\u024F] but × and ÷ ("Podestà", "Łukasz", "Ørsted"). */
const isLatinBeyondAscii = (c: number): boolean => c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7;
const LATIN_UPPER = /\p{Lu}/u;
/** [A-Z], or `(?=[\u00C0-\u024F])\p{Lu}` ("Émile", "Łukasz"). */
const isUpper = (c: number): boolean =>
  (c >= 65 && c <= 90) || (isLatinBeyondAscii(c) && LATIN_UPPER.test(String.fromCharCode(c)));
/** [\w\u00C0-\u024F\u0300-\u036F’'-] (but × ÷): accented Latin letters and combining accents inside a word. */
const isRunUnit = (c: number): boolean =>
  isWordUnit(c) ||
  c === 0x2019 ||
  c === 39 ||
  c === 45 ||
  (c >= 0xc0 && (isLatinBeyondAscii(c) || (c >= 0x300 && c <= 0x36f)));
/** [\w-] */
const isHyphenatedUnit = (c: number): boolean => isWordUnit(c) || c === 45;

/**
 * Start of `/(?:U[L’'-]*\.?\s+)+$/u` (U a capital `[A-Z]` or an accented Latin one, L `\w`, an accented
 * Latin letter or a combining accent) in text[from, to) (the capitalised words just before `to`),
 * or -1 when it does not match.
 */
export function capitalRunBefore(text: string, from: number, to: number): number {
  let best = -1;
  let pos = to;
  for (;;) {
    let j = pos;
    while (j > from && isJsSpace(text.charCodeAt(j - 1))) j--;
    if (j === pos) break;
    if (j > from && text.charCodeAt(j - 1) === 46) j--;
    let k = j;
    while (k > from && isRunUnit(text.charCodeAt(k - 1))) k--;
    // the run's first capital starts the word: a capital inside it ("xTrump") has nothing before it
    let u = k;
    while (u < j && !isUpper(text.charCodeAt(u))) u++;
    if (u === j) break;
    best = u;
    if (u !== k) break;
    pos = k;
  }
  return best;
}

/** End of `/^(?:\s+U[L’'-]*(?![’']s\b))+/u` (U, L as for capitalRunBefore) in text[from, to), or `from` when it does not match. */
// (the lookahead never fails: [\w’'-]* has already taken any ’ or ' after the word)
export function capitalRunAfter(text: string, from: number, to: number): number {
  let end = from;
  for (;;) {
    let j = end;
    while (j < to && isJsSpace(text.charCodeAt(j))) j++;
    if (j === end || j >= to || !isUpper(text.charCodeAt(j))) break;
    j++;
    while (j < to && isRunUnit(text.charCodeAt(j))) j++;
    end = j;
  }
  return end;
}

/** End of the `[\w-]*` run at i. */
export function hyphenatedWordEnd(text: string, i: number): number {
  let j = i;
  while (j < text.length && isHyphenatedUnit(text.charCodeAt(j))) j++;
  return j;
}
