/** Polls, studies and documents as sources: "The latest Reuters/Ipsos poll released Friday shows …". */
import { isJsSpace } from "../text/chars.ts";
import type { SourceSpan } from "./source.ts";

/** Verbs a document or poll reports with. */
export const EVIDENCE_VERBS = new Set([
  "show",
  "find",
  "suggest",
  "indicate",
  "reveal",
  "estimate",
  "predict",
  "say",
]);

const EVIDENCE_NOUN =
  /\b(?:polls?|polling|survey|surveys|study|studies|analysis|analyses|report|reports|data|average|averages|documents?|records|slides?|transcript|figures|research|review|audit|estimates?|projections?|memo|filing|letter|tally|count|census|numbers|statistics)\b/i;
/** Words that show the span is a clause of its own, not a noun phrase. */
const NOT_A_PHRASE =
  /\b(?:that|which|who|whom|whose|if|because|but|while|he|she|they|we|i|is|are|was|were|has|have|had)\b|[;:“”"]/i;

/** How many runs of non-space characters (as split on \s) the phrase holds. */
function countWords(phrase: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < phrase.length; i++) {
    const space = isJsSpace(phrase.charCodeAt(i));
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

/**
 * The noun phrase from the sentence start (or the last comma) to the verb when it names a poll,
 * study or document, modifiers and participles included; at most 16 words.
 */
export function evidenceSubject(text: string, sentenceStart: number, verbStart: number): SourceSpan | null {
  const from = Math.max(sentenceStart, verbStart - 160);
  // the last comma in text[from, verbStart), searched in place
  const comma = verbStart > from ? text.lastIndexOf(",", verbStart - 1) : -1;
  const phraseStart = comma >= from ? comma + 1 : from;
  const phrase = text.slice(phraseStart, verbStart);
  const words = countWords(phrase);
  if (words === 0 || words > 16) return null;
  if (!EVIDENCE_NOUN.test(phrase) || NOT_A_PHRASE.test(phrase)) return null;
  const lead = phrase.length - phrase.trimStart().length;
  const start = phraseStart + lead;
  const end = phraseStart + phrase.trimEnd().length;
  return end > start ? { start, end, pronoun: false } : null;
}
