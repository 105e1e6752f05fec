// «وأفاد الطبيب …، د. X، "التيار" أمس بأن …» (Sudanese press): the paper's quoted name as the hearer right
// after the speaker's apposition, then the day and the complementizer, with or without commas.
import type { Token } from "../text/tokens.ts";
import { COMMAS } from "./content.ts";
import { foldWord, OPEN_QUOTE, TIME_WORDS } from "./lexicon.ts";

/** From `k` on: only commas and time words, then «أن/بأن». */
export function timeThenThat(toks: Token[], k: number): boolean {
  for (let j = k; j < toks.length && j < k + 6; j++) {
    const t = (toks[j] as Token).text;
    if (/^ب?[أإا]ن(?:ه|ها|هم)?$/u.test(t)) return true;
    if (!COMMAS.has(t) && !TIME_WORDS.has(foldWord(t))) return false;
  }
  return false;
}

/** The tokens open with «، "NAME"» (one to three words) followed by a day and a complementizer. */
export function hearerAfterApposition(toks: Token[]): boolean {
  if (!COMMAS.has(toks[0]?.text ?? "") || !OPEN_QUOTE.test(toks[1]?.text ?? "")) return false;
  const close = toks.findIndex((t, k) => k > 2 && k <= 5 && /^["»”]$/u.test(t.text));
  return close > 0 && timeThenThat(toks, close + 1);
}

/**
 * «وأفاد المندوب الجهوي، NAME، موزاييك بأن …» (Tunisian press): an outlet's bare name of one or two words right
 * after the speaker's apposition, then the day and the complementizer. Returns the complementizer's index
 * (-1 if none).
 */
export function bareHearerAfterApposition(toks: Token[]): number {
  if (!COMMAS.has(toks[0]?.text ?? "")) return -1;
  for (const k of [2, 3]) {
    const words = toks.slice(1, k);
    if (words.length !== k - 1 || !words.every((t) => t.word && !TIME_WORDS.has(foldWord(t.text)))) continue;
    if (words.some((t) => /^ب?[أإا]ن(?:ه|ها|هم)?$/u.test(t.text))) return -1;
    if (!timeThenThat(toks, k)) continue;
    const that = toks.findIndex((t, j) => j >= k && /^ب?[أإا]ن(?:ه|ها|هم)?$/u.test(t.text));
    return that;
  }
  return -1;
}
