// Abbreviated titles before a name, in one place for every context that reads them: «د.» (doctor), «م.»
// (engineer), «أ.» (professor), and their letters joined by dots, «أ.د.» (full professor), «أ.م.د.» (assistant
// professor). «ا» also stands for «أ» written without its seat («ا.د.»).
import { seatless, withoutHarakat } from "../text/chars.ts";
import type { Token } from "../text/tokens.ts";

/** The letters an abbreviated title is written with: a new abbreviation's letter goes here. */
const LETTER = "[دمأ]";
/** «د», «أ.م.د»: the letters joined by dots, without the last dot. */
const LETTERS = `${LETTER}(?:\\.${LETTER})*`;

/** «أ.د»: the word token before an abbreviated title's last dot (the tokenizer splits that dot off). */
export const ABBREVIATION_LETTERS = seatless(new RegExp(`^${LETTERS}$`, "u"));
/** «د.», «أ.م.د.»: a mention's word that is an abbreviated title, its last dot kept. */
export const ABBREVIATED_TITLE = seatless(new RegExp(`^${LETTERS}\\.$`, "u"));
/** «الشيخ د.»: the abbreviated title that closes a title string, with the space before it. */
export const TRAILING_ABBREVIATION = seatless(new RegExp(`[\\s\\u00A0]+${LETTERS}\\.$`, "u"));

/** «النائب د. حمد المطر», «أ. د. X»: abbreviated titles and their periods (2 tokens each) before a word, else 0. */
export function abbreviatedTitle(toks: Token[], i: number): number {
  const t = toks[i];
  if (!t?.word || !ABBREVIATION_LETTERS.test(withoutHarakat(t.text)) || toks[i + 1]?.text !== ".") return 0;
  const more = abbreviatedTitle(toks, i + 2);
  return more ? 2 + more : toks[i + 2]?.word ? 2 : 0;
}
