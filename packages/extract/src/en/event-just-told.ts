// "The Cabinet approved the project on Wednesday. After the meeting, the minister told reporters …": "the
// meeting" is the event the sentence before told, with its day.
import { type DateMention, findDates } from "../dates.ts";
import { type Sentence, sentenceAt } from "../text/segment.ts";

/** A sentence opening on its occasion with the definite article ("After the meeting,", "Following the vote,"). */
const OPENS_ON_OCCASION =
  /^(?:After|Following|During|At)\s+the\s+(?:meeting|session|sitting|vote|talks|ceremony|event)\s*,/;

/**
 * The day of the sentence right before a claim's sentence that opens "After the meeting, …", when that
 * sentence gives one day (and the article gave the occasion no day by its name); else null.
 */
export function dayOfEventJustTold(
  text: string,
  sentences: Sentence[],
  pub: Date | null,
  cueStart: number,
): DateMention | null {
  const s = sentenceAt(sentences, cueStart);
  if (!s || text.charCodeAt(s.start) > 90 || !OPENS_ON_OCCASION.test(text.slice(s.start, s.start + 40)))
    return null;
  const k = sentences.indexOf(s);
  const before = k > 0 ? (sentences[k - 1] as Sentence) : null;
  if (!before || before.para < s.para - 1) return null;
  const days = findDates(text, "en", before.start, before.end, pub).filter((x) => x.date);
  return days.length === 1 ? (days[0] as DateMention) : null;
}
