/** Small word/punctuation tokens read from a position, for the rules that look a few words ahead or back. */
import { lowercase } from "./chars.ts";

export interface Token {
  start: number;
  end: number;
  text: string;
  word: boolean;
  /** `text` lowercased, once known (see lowerOf): the rules ask it of the same tokens many times. */
  lower: string | null;
}

/** The token's text lowercased, computed at most once per token. */
export function lowerOf(t: Token): string {
  if (t.lower === null) t.lower = lowercase(t.text);
  return t.lower;
}

/**
 * What each UTF-16 unit is to the tokenizer: WORD — letters and digits of the scripts the rules read
 * (0-9 A-Z _ a-z, U+00C0–024F, the modifier letters U+02B0–02C1 and U+02C6–02D1 (the ʻokina of "Mataʻafa"),
 * the combining accents U+0300–036F, U+0370–04FF, U+0610–061A, U+0620–065F, U+0660–0669, U+066E–06D3,
 * U+06D5–06FF, U+0750–077F, U+08A0–08FF, Vietnamese's U+1E00–1EFF, U+FB50–FDFF, U+FE70–FEFF); GAP — separators that are never
 * tokens (JS `\s`, NBSP, LRM/RLM, bidi isolates); anything else (0) is a one-unit token (punctuation).
 */
const WORD = 1;
const GAP = 2;
const UNIT_CLASS = new Uint8Array(0x10000);
for (const [from, to] of [
  [0x30, 0x39],
  [0x41, 0x5a],
  [0x5f, 0x5f],
  [0x61, 0x7a],
  [0xc0, 0x24f],
  [0x2b0, 0x2c1],
  [0x2c6, 0x2d1],
  [0x300, 0x36f],
  [0x370, 0x4ff],
  [0x610, 0x61a],
  [0x620, 0x65f],
  [0x660, 0x669],
  [0x66e, 0x6d3],
  [0x6d5, 0x6ff],
  [0x750, 0x77f],
  [0x8a0, 0x8ff],
  [0x1e00, 0x1eff],
  [0xfb50, 0xfdff],
  [0xfe70, 0xfeff],
] as const)
  UNIT_CLASS.fill(WORD, from, to + 1);
for (const [from, to] of [
  [0x09, 0x0d],
  [0x20, 0x20],
  [0xa0, 0xa0],
  [0x1680, 0x1680],
  [0x2000, 0x200a],
  [0x200e, 0x200f],
  [0x2028, 0x2029],
  [0x202f, 0x202f],
  [0x205f, 0x205f],
  [0x2066, 0x2069],
  [0x3000, 0x3000],
] as const)
  UNIT_CLASS.fill(GAP, from, to + 1);
// U+FEFF is both \s and a word unit; the word alternative wins in the regex these classes replace

/** Joiners inside a word when a word unit follows: ' ’ . - ("don’t", "U.S", "Abu-Dhabi"). */
const isJoiner = (c: number): boolean => c === 39 || c === 0x2019 || c === 46 || c === 45;

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
/** text[p] is the comma of a thousands group ("4,200", "1,500,000"): a digit before, three digits after. */
function isThousandsComma(text: string, p: number): boolean {
  return (
    text.charCodeAt(p) === 44 &&
    isDigit(text.charCodeAt(p - 1)) &&
    isDigit(text.charCodeAt(p + 1)) &&
    isDigit(text.charCodeAt(p + 2)) &&
    isDigit(text.charCodeAt(p + 3)) &&
    !isDigit(text.charCodeAt(p + 4))
  );
}

const WORD_START = /^[\p{L}\p{M}\p{N}_]/u;
/** WORD_START of a token's first unit, learnt once per unit: 1 yes, 2 no, 0 not yet known. */
const STARTS_WORD = new Uint8Array(0x10000);
/** The UTF-16 unit `c` is a letter, mark, digit or "_" (learnt once per unit). */
export function startsWord(c: number): boolean {
  // (a token starting with a surrogate is that one unit, so testing the unit alone is exact)
  if (STARTS_WORD[c] === 0) STARTS_WORD[c] = WORD_START.test(String.fromCharCode(c)) ? 1 : 2;
  return STARTS_WORD[c] === 1;
}

/**
 * Up to `max` tokens of text[from, to): runs of word units (joined by ' ’ . - between word units, and
 * by the comma of a thousands group), or any other single non-space unit. Scans the text in place with a class table (no regex, no copies).
 */
export function tokensForward(text: string, from: number, to: number, max: number): Token[] {
  const out: Token[] = [];
  const limit = Math.min(text.length, to);
  const n = text.length;
  let p = from;
  while (out.length < max) {
    while (p < limit && UNIT_CLASS[text.charCodeAt(p)] === GAP) p++;
    if (p >= limit) break;
    const start = p;
    const c = text.charCodeAt(p);
    p++;
    if (UNIT_CLASS[c] === WORD) {
      while (p < n) {
        const d = text.charCodeAt(p);
        if (UNIT_CLASS[d] === WORD) p++;
        else if (isJoiner(d) && p + 1 < n && UNIT_CLASS[text.charCodeAt(p + 1)] === WORD) p += 2;
        else if (isThousandsComma(text, p)) p += 4;
        else break;
      }
    }
    if (p > to) break;
    const tokenText = text.slice(start, p);
    const word =
      c < 128
        ? (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95
        : startsWord(c);
    out.push({
      start,
      end: p,
      text: tokenText,
      word,
      lower: null,
    });
  }
  return out;
}

/** Up to `max` tokens of text[from, to), nearest to `to` first. */
export function tokensBackward(text: string, from: number, to: number, max: number): Token[] {
  const start = Math.max(from, to - max * 16);
  const all = tokensForward(text, start, to, max * 3);
  // the window may cut the first token; drop it unless the window starts at `from`
  if (start > from && all.length && all[0]?.start === start) all.shift();
  return all.slice(-max).reverse();
}
