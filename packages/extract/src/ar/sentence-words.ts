import { charBefore } from "../text/chars.ts";

/** A word of a sentence: where it is and its folded form. */
export interface Word {
  start: number;
  end: number;
  folded: string;
}

export const onlySpaces = (text: string, from: number, to: number): boolean =>
  /^[\s\u00A0\u200E\u200F]*$/.test(text.slice(from, to));

/** Nothing but punctuation (or the sentence start) before `at`: the word opens its clause. */
export function opensClause(text: string, sentenceStart: number, at: number): boolean {
  const c = charBefore(text, sentenceStart, at);
  return c === "" || /[،,:؛;.!؟"”»)\-—–]/.test(c);
}
