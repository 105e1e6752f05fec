// Quotations next to a claim's sentence: the one closing the sentence before («“Why?” Clinton said.»), the one
// opening the next sentence or paragraph that continues the claim, and the paragraph after "He said:".
import { type ArticleView, trimSpan } from "../draft.ts";
import { quoteAt } from "../text/quotes.ts";
import type { Sentence } from "../text/segment.ts";
import { quoteHasOwnSpeakerLine } from "./quote-own-speaker.ts";
import { wordsAfterResumedQuote } from "./quote-then-words.ts";

const LETTERS_OR_DIGITS = /[\p{L}\p{N}]+/gu;
/** The quotation that closes right before `end` holds at least `n` words. */
export function quotedWordsAtLeast(view: ArticleView, end: number, n: number): boolean {
  const q = quoteAt(view.quotes, end - 1);
  if (!q) return n <= 0;
  // counted in place: a run that starts inside the quotation is one of its words
  let words = 0;
  LETTERS_OR_DIGITS.lastIndex = q.start;
  for (
    let m = LETTERS_OR_DIGITS.exec(view.text);
    m && m.index < q.end && words < n;
    m = LETTERS_OR_DIGITS.exec(view.text)
  )
    words++;
  return words >= n;
}

/** «“Why?” Clinton said.»: the quotation closing the previous sentence of the same paragraph. */
export function quoteBeforeSentence(view: ArticleView, si: number, floor: number): [number, number] | null {
  const { sentences, quotes, text } = view;
  const s = sentences[si] as Sentence;
  const prev = sentences[si - 1];
  if (!prev || prev.para !== s.para || prev.end <= floor) return null;
  const q = quoteAt(quotes, prev.end - 1);
  if (!q || q.end !== prev.end || q.start < floor || !q.closed) return null;
  return trimSpan(text, q.start, q.end);
}

/** Only spaces and punctuation between `end` and the end of sentence si, the last of its paragraph. */
function endsParagraph(view: ArticleView, si: number, end: number): boolean {
  const s = view.sentences[si] as Sentence;
  return (
    /^[\s\u00A0.,!?]*$/.test(view.text.slice(end, s.end)) ||
    /^[^“"«]{0,60}$/.test(view.text.slice(end, s.end))
  );
}

/** «“A,” she said. “B. C.”»: a quote opening the next sentence of the paragraph continues the claim. */
export function followingQuote(view: ArticleView, si: number, end: number): number {
  const { sentences, quotes, text } = view;
  const s = sentences[si] as Sentence;
  if (end > s.end) return end;
  const next = sentences[si + 1];
  // a paragraph that is nothing but a quotation continues the speaker of the paragraph before
  if (!next || next.para > s.para + 1 || (next.para === s.para + 1 && !endsParagraph(view, si, end)))
    return end;
  const q = quoteAt(quotes, next.start);
  if (!q || q.start !== next.start || !q.closed) return end;
  // the quote must end its sentence and paragraph position: «“B,” he added.» is a claim of its own
  let k = si + 1;
  while (k < sentences.length && (sentences[k] as Sentence).end < q.end) k++;
  const last = sentences[k];
  const tail = last ? text.slice(q.end, Math.max(q.end, last.end)) : "";
  if (/^[\s\u00A0]*$/.test(tail)) return quoteHasOwnSpeakerLine(text, sentences, k) ? end : q.end;
  const words = last && last.end > q.end ? wordsAfterResumedQuote(text, q.start, q.end, last.end) : -1;
  return words > 0 ? words : end;
}

/** "He said:" closing a paragraph: the content is the next paragraph (its quote, when it opens one). */
export function nextParagraph(view: ArticleView, i: number): [number, number] | null {
  const { text, sentences, quotes } = view;
  const s = sentences[i] as Sentence;
  const next = sentences[i + 1];
  if (!next || next.para !== s.para + 1) return null;
  const q = quoteAt(quotes, next.start);
  if (q && q.start === next.start) return trimSpan(text, q.start, q.end);
  let end = next.end;
  for (let k = i + 2; k < sentences.length && sentences[k]?.para === next.para; k++)
    end = (sentences[k] as Sentence).end;
  return trimSpan(text, next.start, end);
}
