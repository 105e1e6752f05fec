import { foldText } from "@sayso/db/fold";

export interface Piece {
  text: string;
  hit: boolean;
}

/** The query's words as search folds them (letter variants, diacritics, case), longest first. */
export function queryWords(query: string): string[] {
  return foldText(query)
    .split(" ")
    .map((w) => w.replace(/^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu, ""))
    .filter((w) => w.length > 0)
    .sort((a, b) => b.length - a.length);
}

/**
 * Splits `text` into pieces marking where the query's words occur, matching the way search does:
 * the text is folded one code point at a time, remembering where each folded character came
 * from, so a hit in the folded text maps back to the exact original characters (with their
 * diacritics and letter variants).
 */
export function highlightPieces(text: string, query: string): Piece[] {
  const words = queryWords(query);
  if (words.length === 0 || text.length === 0) return [{ text, hit: false }];
  let folded = "";
  const origin: number[] = []; // folded index → original start offset
  for (let i = 0; i < text.length; ) {
    const codePoint = text.codePointAt(i) ?? 0;
    const width = codePoint > 0xffff ? 2 : 1;
    const piece = foldText(text.slice(i, i + width));
    for (let k = 0; k < piece.length; k++) origin.push(i);
    folded += piece;
    i += width;
  }
  const originalEnd = (foldedEnd: number) => {
    const start = origin[foldedEnd - 1] ?? 0;
    const codePoint = text.codePointAt(start) ?? 0;
    let end = start + (codePoint > 0xffff ? 2 : 1);
    // keep diacritics that follow the last matched letter inside the mark
    while (end < text.length && foldText(text[end] ?? "") === "") end++;
    return end;
  };
  const ranges: [number, number][] = [];
  for (const word of words) {
    for (let at = folded.indexOf(word); at >= 0; at = folded.indexOf(word, at + 1)) {
      ranges.push([origin[at] ?? 0, originalEnd(at + word.length)]);
    }
  }
  if (ranges.length === 0) return [{ text, hit: false }];
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  const pieces: Piece[] = [];
  let cursor = 0;
  for (const [start, end] of merged) {
    if (start > cursor) pieces.push({ text: text.slice(cursor, start), hit: false });
    pieces.push({ text: text.slice(start, end), hit: true });
    cursor = end;
  }
  if (cursor < text.length) pieces.push({ text: text.slice(cursor), hit: false });
  return pieces;
}
