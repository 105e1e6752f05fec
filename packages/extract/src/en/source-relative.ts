// "According to Nature Seychelles, which manages Cousin as a reserve, the island recorded …".

/** ", which …," / ", who …,": a relative clause on the source, closed by its own comma. */
const RELATIVE_ON_SOURCE = /^[\s\u00A0]+(?:which|who|whose)[\s\u00A0][^,;“”"]{3,140},/;

/**
 * After an opening "According to X" and its comma at `commaAt`, a relative clause on X belongs to the source,
 * not to the words: the index of the comma that closes it, or -1.
 */
export function sourceRelativeEnd(text: string, commaAt: number, end: number): number {
  const m = RELATIVE_ON_SOURCE.exec(text.slice(commaAt + 1, Math.min(end, commaAt + 160)));
  return m ? commaAt + m[0].length : -1;
}
