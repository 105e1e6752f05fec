/**
 * "spoke about her ties to the church", and with words between the verb and its preposition: "spoke out about",
 * "spoke emotionally of", "spoke out Tuesday about", "talked at length about".
 */
import { lowerOf as lower, type Token } from "../text/tokens.ts";
import { TIME_WORDS } from "./lexicon.ts";

/** Words that may sit between a topic verb and its preposition: "out", an adverb, a day, "at length". */
const BETWEEN = /^(?:out|up|on|at|length|again|publicly|privately|openly|briefly|\p{Ll}+ly)$/u;

/** Index of the topic's preposition (one of `prepositions`) from toks[from], at most three words on; -1 if none. */
export function topicPrepositionAt(toks: Token[], from: number, prepositions: Set<string>): number {
  for (let i = from; i <= from + 3; i++) {
    const t = toks[i];
    if (!t?.word) return -1;
    const w = lower(t);
    if (prepositions.has(w)) return i;
    if (!BETWEEN.test(w) && !TIME_WORDS.has(w)) return -1;
  }
  return -1;
}
