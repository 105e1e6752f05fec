/**
 * Character scans for runs of capitalised words, each giving exactly the match of the regex in its
 * comment (property-tested against it in `test/capitals.test.ts`) without slicing the text.
 */
import { isJsSpace } from "./chars.ts";

const isUpper = (c: number): boolean => c >= 65 && c <= 90;
/** Regex `\w` (non-unicode): [A-Za-z0-9_]. */
const isWordUnit = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
/** [\w’'-] */
const isRunUnit = (c: number): boolean => isWordUnit(c) || c === 0x2019 || c === 39 || c === 45;
/** [\w-] */
const isHyphenatedUnit = (c: number): boolean => isWordUnit(c) || c === 45;

/**
 * Start of `/(?:[A-Z][\w’'-]*\.?\s+)+$/` in text[from, to) (the capitalised words just before `to`),
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

/** End of `/^(?:\s+[A-Z][\w’'-]*(?![’']s\b))+/` in text[from, to), or `from` when it does not match. */
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
