/** The lede's first sentence: below the headline, byline and date line. */
import type { Sentence } from "../text/segment.ts";

/** An English month's name, full or abbreviated (a regex source). */
export const MONTH =
  "(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)";

/** A full sentence: long and closed by its stop (not a headline or a byline). */
const fullSentence = (text: string, s: Sentence): boolean =>
  (s.end - s.start > 80 || shortDatedLede(text, s)) && /[.!?]["”’]?\s*$/.test(text.slice(s.start, s.end));
/** A short lede below the headline that gives its day: "Tynwald yesterday approved a motion to freeze bus fares." */
const PAST_DAY = /\b(?:yesterday|last night|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b/;
const shortDatedLede = (text: string, s: Sentence): boolean =>
  s.para > 0 && s.end - s.start > 50 && PAST_DAY.test(text.slice(s.start, s.end));
/** A date line under the headline block: "August 19, 2026 - 12:41AM", "Published : Nov. 24, 2026 - 16:05". */
const DATE_LINE = new RegExp(
  `^(?:(?:Published|Updated|Posted)\\s*:?\\s*)?(?:${MONTH}\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+${MONTH}\\s+\\d{4})\\b`,
);

/**
 * The lede's first sentence: the first full one (the headline and a byline are short and unpunctuated); a
 * standfirst above the byline and date line is no lede, the first full sentence below them is.
 */
export function ledeSentence(text: string, sentences: Sentence[]): Sentence | undefined {
  const first = sentences.find((s) => fullSentence(text, s));
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
