import { foldText } from "../fold.ts";

const SCAN_LIMIT = 100_000;
const foldedChars = new Map<string, string>();

/** foldText works character by character (bar whitespace runs), so single characters can be cached. */
function foldChar(ch: string): string {
  let folded = foldedChars.get(ch);
  if (folded === undefined) {
    folded = foldText(ch);
    if (foldedChars.size < 20_000) foldedChars.set(ch, folded);
  }
  return folded;
}

/**
 * A short excerpt of `text` around the first place where one of the folded `words` occurs. The text
 * is folded code point by code point with a map back to original offsets, so the excerpt shows the
 * original spelling (hamza, diacritics, case) even though matching ignores them.
 */
export function snippetAround(text: string, words: string[], radius = 90): string {
  const head = text.slice(0, SCAN_LIMIT);
  let folded = "";
  const origin: number[] = [];
  for (let i = 0; i < head.length; ) {
    const cp = head.codePointAt(i) ?? 0;
    const ch = String.fromCodePoint(cp);
    const f = foldChar(ch);
    for (let k = 0; k < f.length; k++) origin.push(i);
    folded += f;
    i += ch.length;
  }
  let at = -1;
  for (const word of words) {
    const found = folded.indexOf(word);
    if (found >= 0 && (at < 0 || found < at)) at = found;
  }
  const center = at >= 0 ? (origin[at] ?? 0) : 0;
  let start = Math.max(0, center - radius);
  let end = Math.min(text.length, center + radius);
  // widen to word boundaries, never splitting a surrogate pair
  while (start > 0 && !/\s/u.test(text[start - 1] ?? " ") && center - start < radius + 20) start--;
  while (end < text.length && !/\s/u.test(text[end] ?? " ") && end - center < radius + 20) end++;
  if (start > 0 && /[\uDC00-\uDFFF]/.test(text[start] ?? "")) start--;
  if (end < text.length && /[\uDC00-\uDFFF]/.test(text[end] ?? "")) end++;
  const body = text.slice(start, end).replace(/\s+/gu, " ").trim();
  return `${start > 0 ? "… " : ""}${body}${end < text.length ? " …" : ""}`;
}
