/**
 * "Clinton had told police that she wanted no escort, but the NYPD overruled that request, the source added.": a
 * speaker and verb after a comma that close the sentence (a few words of time or place at most) report what came
 * before them, so the words of an earlier verb of the sentence end at that comma.
 */
const CLOSES = /^(?:[\s\u00A0]+[\p{L}\p{N}’'.-]+){0,4}[\s\u00A0]*[.!?]?["”’]?[\s\u00A0]*$/u;
export const closesSentenceAfter = (text: string, verbEnd: number, sentenceEnd: number): boolean =>
  sentenceEnd - verbEnd < 60 && CLOSES.test(text.slice(verbEnd, sentenceEnd));
