/** Polls, studies and documents as sources: "The latest Reuters/Ipsos poll released Friday shows …". */
import { isJsSpace } from "../text/chars.ts";
import { RELATIVE_PRONOUNS } from "./lexicon.ts";
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

/** The nouns of polls, studies, documents and figures. */
export const EVIDENCE_NOUN =
  /\b(?:polls?|polling|survey|surveys|study|studies|analysis|analyses|report|reports|data|average|averages|documents?|records|slides?|transcript|figures|research|review|audit|estimates?|projections?|memo|filing|letter|tally|count|census|numbers|statistics)\b/i;
/** Pictures and recordings, which only show ("Video of the incident shows …", "A photo released by police shows …"). */
const PICTURE_NOUN =
  /\b(?:photos?|photographs?|pictures?|images?|videos?|footage|clips?|screenshots?|recordings?)\b/i;
/** Words that show the span is a clause of its own, not a noun phrase. */
const NOT_A_PHRASE = new RegExp(
  `\\b(?:${RELATIVE_PRONOUNS.join("|")}|if|because|but|while|he|she|they|we|i|is|are|was|were|has|have|had)\\b|[;:“”"]`,
  "i",
);

/** A participle phrase of how a poll or study was made ("carried out on Sunday", "conducted for The Times"). */
const MADE_HOW = /^[\s\u00A0]*(?:carried|conducted|released|published|commissioned|issued|compiled|based)\b/;
/** The last comma of span[0, before) that is not the comma of a number ("1,700"), or -1. */
function lastClauseComma(span: string, before: number): number {
  for (let i = span.lastIndexOf(",", before - 1); i >= 0; i = span.lastIndexOf(",", i - 1)) {
    if (!(/\d/.test(span[i - 1] ?? "") && /\d/.test(span[i + 1] ?? ""))) return i;
    if (i === 0) break;
  }
  return -1;
}

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
export function evidenceSubject(
  text: string,
  sentenceStart: number,
  verbStart: number,
  base = "",
): SourceSpan | null {
  const from = Math.max(sentenceStart, verbStart - 160);
  const span = text.slice(from, verbStart);
  let comma = lastClauseComma(span, span.length);
  let end = verbStart;
  // "The survey of 1,700 adults, carried out on Sunday, found": the phrase before how it was made
  if (comma >= 0 && span.slice(comma + 1).trim() === "") {
    const open = lastClauseComma(span, comma);
    if (open >= 0 && MADE_HOW.test(span.slice(open + 1, comma))) {
      end = from + open;
      comma = lastClauseComma(span, open);
    }
  }
  const phraseStart = from + (comma >= 0 ? comma + 1 : 0);
  const phrase = text.slice(phraseStart, end);
  const words = countWords(phrase);
  if (words === 0 || words > 16) return null;
  const pictured = (base === "show" || base === "reveal") && PICTURE_NOUN.test(phrase);
  if (!(EVIDENCE_NOUN.test(phrase) || pictured) || NOT_A_PHRASE.test(phrase)) return null;
  const lead = phrase.length - phrase.trimStart().length;
  const start = phraseStart + lead;
  const stop = phraseStart + phrase.trimEnd().length;
  return stop > start ? { start, end: stop, pronoun: false } : null;
}
