import { ValidationError } from "./errors.ts";
import type { Span } from "./types.ts";

const isSpace = (ch: string | undefined) => ch !== undefined && /\s/u.test(ch);
const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

const invalid = (message: string) =>
  new ValidationError(`content span: ${message}`, [{ path: "content", message }]);

/**
 * Checks a [start, end) span (UTF-16 code units) against the article text and trims surrounding
 * whitespace off it: a selection that grabbed a trailing space still lands on the words.
 * Refuses spans out of bounds, empty after trimming, or cutting a surrogate pair (an emoji) in two.
 */
export function normalizeSpan(text: string, span: Span): Span {
  let { start, end } = span;
  if (!Number.isInteger(start) || !Number.isInteger(end)) throw invalid("offsets must be integers");
  if (start < 0 || end > text.length) throw invalid(`outside the text (0..${text.length})`);
  if (start >= end) throw invalid("start must be before end");
  while (start < end && isSpace(text[start])) start++;
  while (end > start && isSpace(text[end - 1])) end--;
  if (start === end) throw invalid("only whitespace");
  if (isLowSurrogate(text.charCodeAt(start)) && start > 0 && isHighSurrogate(text.charCodeAt(start - 1)))
    throw invalid("start splits a character");
  if (isHighSurrogate(text.charCodeAt(end - 1))) throw invalid("end splits a character");
  return { start, end };
}
