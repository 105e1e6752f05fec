import type { Quote } from "./text/quotes.ts";
import type { Sentence } from "./text/segment.ts";

/** The article as the rules see it: text, sentences and quotes, all in the caller's offsets. */
export interface ArticleView {
  text: string;
  sentences: Sentence[];
  quotes: Quote[];
}

/** A claim as the language rules find it, before speakers are resolved and dates assigned. */
export interface Draft {
  cueStart: number;
  cueEnd: number;
  contentStart: number;
  contentEnd: number;
  /** The words naming the speaker at this claim, or -1 when the speaker is implicit. */
  mentionStart: number;
  mentionEnd: number;
  /** Implicit speaker: the previous claim's (a participle clause, «وأضاف» with no subject). */
  inherits: boolean;
  /** Region holding the circumstances of the statement (where its date is looked for). */
  frameStart: number;
  frameEnd: number;
  /** A statement told in the background (pluperfect): its date does not become the article's "now". */
  backgrounded: boolean;
  rules: string[];
  /** The speaker's grammatical gender the cue shows (Arabic verb forms), to pick an implicit subject. */
  gender?: "m" | "f" | null;
  /** A passive report («وأفيد بأن …»): no speaker at all, not the previous claim's. */
  passive?: boolean;
  /** A continuing verb with a new name («وتابع العميد X»): names the unnamed title speaking before. */
  continues?: boolean;
  /** No mention of its own, but the words naming its speaker elsewhere in the sentence (a participle's). */
  hint?: { start: number; end: number };
  /** Names a speaker later words point back to, but is no claim ("welcomed the move"). */
  silent?: boolean;
  /** The speaker's name when the mention only points to it («أنصارها» → «أنصار الحكومة»). */
  speakerName?: string;
}

export function newDraft(partial: Partial<Draft> & Pick<Draft, "cueStart" | "cueEnd">): Draft {
  return {
    contentStart: -1,
    contentEnd: -1,
    mentionStart: -1,
    mentionEnd: -1,
    inherits: false,
    frameStart: partial.cueStart,
    frameEnd: partial.cueEnd,
    backgrounded: false,
    rules: [],
    ...partial,
  };
}

/** A [start, end] pair of offsets into the text. */
export type Span = [number, number];

/**
 * A draft from its spans, found by `rule`: the cue, the content, the frame (the cue alone when none is given), the
 * words naming the speaker (an implicit speaker when none are given; `inherits`: the previous claim's).
 */
export function spanDraft(
  rule: string,
  spans: { cue: Span; content: Span; frame?: Span; mention?: Span; inherits?: boolean },
): Draft {
  const d = newDraft({ cueStart: spans.cue[0], cueEnd: spans.cue[1], inherits: spans.inherits ?? false });
  [d.contentStart, d.contentEnd] = spans.content;
  if (spans.mention) [d.mentionStart, d.mentionEnd] = spans.mention;
  if (spans.frame) [d.frameStart, d.frameEnd] = spans.frame;
  d.rules.push(rule);
  return d;
}

const TRAILING_PUNCT = /[\s\u00A0\u200E\u200F.…,،;؛:\-—–]/;
const LEADING_JUNK = /[\s\u00A0\u200E\u200F,،;؛:\-—–]/;

/** Trims spaces and edge punctuation (closing quotes and ?! stay), returns [start, end] or null if empty. */
export function trimSpan(text: string, start: number, end: number): [number, number] | null {
  let s = start;
  let e = end;
  while (s < e && LEADING_JUNK.test(text[s] as string)) s++;
  while (e > s && TRAILING_PUNCT.test(text[e - 1] as string)) e--;
  return e > s ? [s, e] : null;
}
