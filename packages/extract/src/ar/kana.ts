// «وكانت منظمة الصحة العالمية حذرت …»: a pluperfect without «قد», its subject between كان and the verb.
import { foldWord } from "./lexicon.ts";
import { readPluperfectSubject, type SpanPair } from "./subject.ts";

/** Words that make what stands between كان and the verb a clause of time, not a subject. */
const NOT_SUBJECT = /^(?:حين|حينما|عندما|لما|بعد|قبل|اذ|اذا|يوم|منذ|قد|لقد|هو|هي|هم|يتحدث|تتحدث)$/u;
const MAX_WORDS = 8;

/**
 * «وكانت الوزارة حذرت …», «وكان وزير الصحة، NAME، أعلن …»: a sentence that opens with كان and puts a
 * perfect reporting verb after a short subject tells background, like «وكان X قد أعلن».
 */
export function qadlessPluperfect(text: string, sentenceStart: number, verbStart: number): SpanPair | null {
  if (/^[يت]/u.test(text[verbStart] ?? "")) return null;
  const opening = /^[\s\u00A0]*[وف]?كان(?:ت|وا)?[\s\u00A0]+/u.exec(text.slice(sentenceStart, verbStart));
  if (!opening) return null;
  const span = readPluperfectSubject(text, sentenceStart, verbStart);
  if (!span || span.start !== sentenceStart + opening[0].length) return null;
  const words = text
    .slice(span.start, span.end)
    .split(/[\s\u00A0،,()]+/u)
    .filter(Boolean);
  if (!words.length || words.length > MAX_WORDS || words.some((w) => NOT_SUBJECT.test(foldWord(w))))
    return null;
  return span;
}
