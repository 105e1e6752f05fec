/** Small word/punctuation tokens read from a position, for the rules that look a few words ahead or back. */

export interface Token {
  start: number;
  end: number;
  text: string;
  word: boolean;
}

const TOKEN =
  /[\p{L}\p{M}\p{N}_]+(?:[’'.-][\p{L}\p{M}\p{N}_]+)*|[^\s\u00A0\u200E\u200F\u2066-\u2069\p{L}\p{M}\p{N}]/gu;

/** Up to `max` tokens of text[from, to). */
export function tokensForward(text: string, from: number, to: number, max: number): Token[] {
  const out: Token[] = [];
  const end = Math.min(to, from + max * 40);
  const slice = text.slice(from, end);
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(slice); m && out.length < max; m = TOKEN.exec(slice)) {
    const start = from + m.index;
    if (start + m[0].length > to) break;
    out.push({ start, end: start + m[0].length, text: m[0], word: /[\p{L}\p{N}]/u.test(m[0][0] as string) });
  }
  return out;
}

/** Up to `max` tokens of text[from, to), nearest to `to` first. */
export function tokensBackward(text: string, from: number, to: number, max: number): Token[] {
  const start = Math.max(from, to - max * 40);
  const all = tokensForward(text, start, to, max * 3);
  // the window may cut the first token; drop it unless the window starts at `from`
  if (start > from && all.length && all[0]?.start === start) all.shift();
  return all.slice(-max).reverse();
}

/** A token text without trailing period (for abbreviations) and lowercased. */
export const bare = (t: Token): string => t.text.replace(/\.$/, "").toLowerCase();
