import { VERB_FORMS } from "./lexicon.ts";

/**
 * «“A,” he said. “B. C” for the top earners.»: a resumed quotation that closes mid-sentence, the writer's few
 * words finishing the sentence, still continues the claim — when the quotation does not end on a comma, "?" or
 * "!" (then «“B,” he added.» follows) and the words after it hold no quotation and no reporting verb. Returns the
 * end of those words (before the full stop), or -1.
 */
export function wordsAfterResumedQuote(
  text: string,
  qStart: number,
  qEnd: number,
  sentenceEnd: number,
): number {
  const tail = text.slice(qEnd, sentenceEnd);
  if (!/^[\s\u00A0]+\p{Ll}[^“”"«»‘’']{0,80}$/u.test(tail)) return -1;
  const inner = text.slice(qStart, qEnd).replace(/["'”’»]+$/, "");
  if (/[,?!]$/.test(inner)) return -1;
  if (tail.match(/\p{L}+/gu)?.some((w) => VERB_FORMS.has(w.toLowerCase()))) return -1;
  return qEnd + tail.replace(/[\s\u00A0.]+$/, "").length;
}
