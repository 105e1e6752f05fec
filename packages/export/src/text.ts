import type { QuoteContext } from "./types.ts";

/** How much text the W3C TextQuoteSelector carries on each side of the quote, in code points. */
export const QUOTE_CONTEXT_LENGTH = 32;

const isHighSurrogate = (unit: number) => unit >= 0xd800 && unit <= 0xdbff;
const isLowSurrogate = (unit: number) => unit >= 0xdc00 && unit <= 0xdfff;

/** True when a UTF-16 index falls between the two halves of a surrogate pair. */
export function splitsSurrogatePair(text: string, utf16Index: number): boolean {
  return (
    utf16Index > 0 &&
    utf16Index < text.length &&
    isHighSurrogate(text.charCodeAt(utf16Index - 1)) &&
    isLowSurrogate(text.charCodeAt(utf16Index))
  );
}

function assertBoundary(text: string, utf16Index: number): void {
  if (!Number.isInteger(utf16Index) || utf16Index < 0 || utf16Index > text.length) {
    throw new RangeError(`offset ${utf16Index} is outside the text (length ${text.length})`);
  }
  if (splitsSurrogatePair(text, utf16Index)) {
    throw new RangeError(`offset ${utf16Index} falls inside a surrogate pair`);
  }
}

/**
 * Converts UTF-16 offsets of one text to code-point offsets. Walks forward from the last answer,
 * so converting the spans of an article in text order costs one pass over the text.
 */
export class CodePointCounter {
  private utf16 = 0;
  private codePoints = 0;

  constructor(readonly text: string) {}

  codePointIndex(utf16Index: number): number {
    assertBoundary(this.text, utf16Index);
    if (utf16Index < this.utf16) {
      this.utf16 = 0;
      this.codePoints = 0;
    }
    while (this.utf16 < utf16Index) {
      const isPair =
        isHighSurrogate(this.text.charCodeAt(this.utf16)) &&
        isLowSurrogate(this.text.charCodeAt(this.utf16 + 1));
      this.utf16 += isPair ? 2 : 1;
      this.codePoints += 1;
    }
    return this.codePoints;
  }
}

/** Code-point offset of a UTF-16 offset (one-off; use CodePointCounter for many spans of one text). */
export function codePointIndex(text: string, utf16Index: number): number {
  return new CodePointCounter(text).codePointIndex(utf16Index);
}

/** Up to `length` code points ending at `end` (UTF-16 index), never splitting a surrogate pair. */
function codePointsBefore(text: string, end: number, length: number): string {
  let start = end;
  for (let taken = 0; start > 0 && taken < length; taken++) {
    const pair =
      start >= 2 && isLowSurrogate(text.charCodeAt(start - 1)) && isHighSurrogate(text.charCodeAt(start - 2));
    start -= pair ? 2 : 1;
  }
  return text.slice(start, end);
}

/** Up to `length` code points starting at `start` (UTF-16 index), never splitting a surrogate pair. */
function codePointsAfter(text: string, start: number, length: number): string {
  let end = start;
  for (let taken = 0; end < text.length && taken < length; taken++) {
    const pair = isHighSurrogate(text.charCodeAt(end)) && isLowSurrogate(text.charCodeAt(end + 1));
    end += pair ? 2 : 1;
  }
  return text.slice(start, end);
}

/**
 * Everything a W3C text selector needs for the span [start, end) of `text` (UTF-16 offsets).
 * Throws when the span does not fit the text or cuts a character in half.
 */
export function quoteContext(
  text: string,
  start: number,
  end: number,
  counter: CodePointCounter = new CodePointCounter(text),
  length = QUOTE_CONTEXT_LENGTH,
): QuoteContext {
  if (counter.text !== text) throw new Error("the code point counter belongs to another text");
  assertBoundary(text, start);
  assertBoundary(text, end);
  if (end < start) throw new RangeError(`span [${start}, ${end}) ends before it starts`);
  const codePointStart = counter.codePointIndex(start);
  const codePointEnd = counter.codePointIndex(end);
  return {
    prefix: codePointsBefore(text, start, length),
    suffix: codePointsAfter(text, end, length),
    codePointStart,
    codePointEnd,
  };
}
