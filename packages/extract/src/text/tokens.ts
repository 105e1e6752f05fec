/** Small word/punctuation tokens read from a position, for the rules that look a few words ahead or back. */

export interface Token {
  start: number;
  end: number;
  text: string;
  word: boolean;
}

/** Letters and digits of the scripts the rules read (Latin, Greek, Cyrillic, Arabic), with Arabic marks. */
const W =
  "0-9A-Z_a-z\\u00C0-\\u024F\\u0370-\\u03FF\\u0400-\\u04FF\\u0610-\\u061A\\u0620-\\u065F\\u0660-\\u0669\\u066E-\\u06D3\\u06D5-\\u06FF\\u0750-\\u077F\\u08A0-\\u08FF\\uFB50-\\uFDFF\\uFE70-\\uFEFF";
// no /u flag and explicit ranges: far faster than \p{L} classes on long texts
const TOKEN = new RegExp(`[${W}]+(?:['’.\\-][${W}]+)*|[^\\s\\u00A0\\u200E\\u200F\\u2066-\\u2069${W}]`, "g");

const WORD_START = /^[\p{L}\p{M}\p{N}_]/u;

/** Up to `max` tokens of text[from, to). Scans the text in place (no copies). */
export function tokensForward(text: string, from: number, to: number, max: number): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = from;
  for (let m = TOKEN.exec(text); m && out.length < max; m = TOKEN.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (end > to) break;
    const c = m[0].charCodeAt(0);
    const word =
      c < 128
        ? (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95
        : WORD_START.test(m[0]);
    out.push({ start, end, text: m[0], word });
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
