// «وكان ترامب قد أعلن», «وكانت منظمة الصحة العالمية حذرت …»: a pluperfect, with «قد» or without it, and its
// subject between كان and the verb.
import { type Token, tokensBackward } from "../text/tokens.ts";
import { foldWord } from "./lexicon.ts";
import type { SpanPair } from "./subject.ts";

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

/** «وكان ترامب قد أعلن»: the subject between كان and قد, before the verb. */
export function readPluperfectSubject(
  text: string,
  sentenceStart: number,
  qadStart: number,
): SpanPair | null {
  // the subject may carry an apposition between commas: «وكان الدكتور X، وزير النقل، قد أكد»
  const back = tokensBackward(text, sentenceStart, qadStart, 24);
  let last = -1;
  for (let i = 0; i < back.length; i++) {
    const t = back[i] as Token;
    if (!t.word) {
      if (!/^[،,«»“”"()]$/u.test(t.text)) return null;

      continue;
    }
    if (/^[وف]?كان(?:ت|وا)?$/u.test(foldWord(t.text)) && last >= 0) {
      let first = i - 1;
      while (first > last && !(back[first] as Token).word) first--;
      // a closing bracket or quote right after the last word belongs to it: «… للبترول (أوبك)»
      const close = back[last - 1];
      const end = close && /^[)»”]$/u.test(close.text) ? close.end : (back[last] as Token).end;
      return { start: (back[first] as Token).start, end };
    }
    if (last < 0) last = i;
  }
  return null;
}
