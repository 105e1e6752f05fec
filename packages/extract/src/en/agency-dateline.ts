// "YEREVAN, NOVEMBER 12, ARMENPRESS. Minister X said …": an agency's dateline ending on its name and a full stop,
// a sentence of its own before the lede.
import { type DateMention, findDates } from "../dates.ts";
import type { Sentence } from "../text/segment.ts";

/** PLACE, DATE, AGENCY. — the place and the agency in capitals. */
const AGENCY_DATELINE =
  /^\p{Lu}[\p{Lu} .'’-]{1,30},[\s\u00A0]+[^,.\n]{3,30},[\s\u00A0]+\p{Lu}[\p{Lu}-]{2,}\.?[\s\u00A0]*$/u;

/** The day of the agency dateline just before the lede in its paragraph, else null. */
export function agencyDatelineDay(
  text: string,
  sentences: Sentence[],
  lede: Sentence,
  pub: Date | null,
): DateMention | null {
  const k = sentences.indexOf(lede);
  const before = k > 0 ? (sentences[k - 1] as Sentence) : null;
  if (!before || before.para !== lede.para || text.charCodeAt(before.start) > 90) return null;
  if (!AGENCY_DATELINE.test(text.slice(before.start, before.end))) return null;
  const day = findDates(text, "en", before.start, before.end, pub)[0];
  return day?.date && (!pub || day.date <= pub.toISOString().slice(0, 10)) ? day : null;
}
