/** Small word/punctuation tokens read from a position, for the rules that look a few words ahead or back. */

export interface Token {
  start: number;
  end: number;
  text: string;
  word: boolean;
}

/**
 * Letters and digits of the scripts the rules read (Latin, Greek, Cyrillic, Arabic), with Arabic marks:
 * 0-9 A-Z _ a-z, U+00C0–024F, U+0370–04FF, U+0610–061A, U+0620–065F, U+0660–0669, U+066E–06D3,
 * U+06D5–06FF, U+0750–077F, U+08A0–08FF, U+FB50–FDFF, U+FE70–FEFF (UTF-16 code units).
 */
function isWordUnit(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
  if (c < 0x0610) return (c >= 0xc0 && c <= 0x24f) || (c >= 0x370 && c <= 0x4ff);
  if (c <= 0x08ff)
    return (
      c <= 0x061a ||
      (c >= 0x0620 && c <= 0x0669) ||
      (c >= 0x066e && c <= 0x06d3) ||
      (c >= 0x06d5 && c <= 0x06ff) ||
      (c >= 0x0750 && c <= 0x077f) ||
      c >= 0x08a0
    );
  return (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfeff);
}

/** Units that separate tokens and are never tokens themselves: JS `\s`, NBSP, LRM/RLM, bidi isolates. */
function isGap(c: number): boolean {
  if (c === 32 || (c >= 9 && c <= 13)) return true;
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x200e ||
    c === 0x200f ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    (c >= 0x2066 && c <= 0x2069) ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** Joiners inside a word when a word unit follows: ' ’ . - ("don’t", "U.S", "Abu-Dhabi"). */
const isJoiner = (c: number): boolean => c === 39 || c === 0x2019 || c === 46 || c === 45;

const WORD_START = /^[\p{L}\p{M}\p{N}_]/u;

/**
 * Up to `max` tokens of text[from, to): runs of word units (joined by ' ’ . - between word units), or
 * any other single non-space unit. Scans the text in place with char codes (no regex, no copies).
 */
export function tokensForward(text: string, from: number, to: number, max: number): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let p = from;
  while (out.length < max) {
    while (p < n && p < to && isGap(text.charCodeAt(p)) && !isWordUnit(text.charCodeAt(p))) p++;
    if (p >= n || p >= to) break;
    const start = p;
    const c = text.charCodeAt(p);
    if (isWordUnit(c)) {
      p++;
      while (p < n) {
        const d = text.charCodeAt(p);
        if (isWordUnit(d)) p++;
        else if (isJoiner(d) && p + 1 < n && isWordUnit(text.charCodeAt(p + 1))) p += 2;
        else break;
      }
    } else p++;
    if (p > to) break;
    const tokenText = text.slice(start, p);
    const word =
      c < 128
        ? (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95
        : WORD_START.test(tokenText);
    out.push({ start, end: p, text: tokenText, word });
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

/** A token text without trailing period (for abbreviations) and lowercased. */
export const bare = (t: Token): string => t.text.replace(/\.$/, "").toLowerCase();
