/** The lede's first sentence: below the headline, byline and date line. */
import type { Sentence } from "../text/segment.ts";

/** An English month's name, full or abbreviated (a regex source). */
export const MONTH =
  "(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)";

/** A full sentence: long and closed by its stop (not a headline or a byline). */
const fullSentence = (text: string, s: Sentence): boolean =>
  s.end - s.start > 80 && /[.!?]["”’]?\s*$/.test(text.slice(s.start, s.end));
/**
 * A short lede that gives its day, the first sentence under the headline (every line above it unpunctuated):
 * "Tynwald yesterday approved a motion to freeze bus fares."
 */
const PAST_DAY = /\b(?:yesterday|last night|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b/;
const CLOSED = /[.!?]["”’]?\s*$/;
function shortDatedLede(text: string, sentences: Sentence[]): Sentence | undefined {
  const k = sentences.findIndex((s) => CLOSED.test(text.slice(s.start, s.end)));
  const s = sentences[k];
  return s && s.para > 0 && s.end - s.start > 50 && PAST_DAY.test(text.slice(s.start, s.end)) ? s : undefined;
}
/** A date line under the headline block: "August 19, 2026 - 12:41AM", "Published : Nov. 24, 2026 - 16:05". */
const DATE_LINE = new RegExp(
  `^(?:(?:Published|Updated|Posted)\\s*:?\\s*)?(?:${MONTH}\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+${MONTH}\\s+\\d{4})\\b`,
);

/**
 * The lede's first sentence: the first full one (the headline and a byline are short and unpunctuated); a
 * standfirst above the byline and date line is no lede, the first full sentence below them is.
 */
export function ledeSentence(text: string, sentences: Sentence[]): Sentence | undefined {
  const full = sentences.find((s) => fullSentence(text, s));
  const short = shortDatedLede(text, sentences);
  const first = short && (!full || short.start < full.start) ? short : full;
  if (!first) return first;
  const line = sentences.find(
    (s) =>
      s.para > first.para &&
      s.para <= first.para + 3 &&
      s.end - s.start < 90 &&
      DATE_LINE.test(text.slice(s.start, s.end)),
  );
  if (!line || sentences.some((s) => s.para > first.para && s.para < line.para && fullSentence(text, s)))
    return first;
  return sentences.find((s) => s.para > line.para && fullSentence(text, s)) ?? first;
}
