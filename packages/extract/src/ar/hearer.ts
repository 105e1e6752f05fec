import { seatless } from "../text/chars.ts";
import { AR_WEEKDAY_ALTERNATION } from "./lexicon.ts";

/** «لـ"النهار"», «للجزيرة نت», «لموقع "عربي21"», «لوكالة رويترز»: the outlet the speaker told, after the name. */
const TOLD_HEARER =
  /^[\s\u00A0]*ل(?:ـ[\s\u00A0]*["«“][^"»”.،,]{1,40}["»”]|\p{L}{2,}(?:[\s\u00A0]*["«“][^"»”.،,]{1,40}["»”]|[\s\u00A0]+(?:نت|رويترز|نيوز))?)(?=[\s\u00A0]*[،,.!؟?]|[\s\u00A0]*$)/u;

/** «لـ"النهار"», «لـ«الراية»», «للجزيرة نت», «للصحفيين»: the hearer told, right after the speaker. */
const HEARER_OUTLET =
  /^[\s\u00A0]*(?:ل\u0640?[\s\u00A0]*["«“][^"»”\n]{1,40}["»”]|لل[\p{L}\p{M}]+(?:[\s\u00A0]+نت)?)(?![\p{L}\p{M}])/u;

/** «… أمس», «… مساء الأحد»: the time of the words after the speaker. */
const TIME_AFTER = seatless(
  new RegExp(
    `^(?:[\\s\\u00A0]+(?:أمس|اليوم|مساء|صباح|يوم|${AR_WEEKDAY_ALTERNATION}))+(?![\\p{L}\\p{M}])`,
    "u",
  ),
);

/** The words after a speaker's name without the outlet they were told to and the time they were said. */
export function withoutToldHearer(after: string): string {
  const outlet = HEARER_OUTLET.exec(after);
  return (outlet ? after.slice(outlet[0].length) : after.replace(TOLD_HEARER, "")).replace(TIME_AFTER, "");
}

/**
 * «كشف مسؤول لـ"الصباح"، أمس، عن خطة …», «تحدث الوزير لـ«الشرق الأوسط» عن …»: a quoted outlet told, right
 * after the speaker, before the verb's object or clause; returns where the words after it start (else `from`).
 */
export function pastToldOutlet(text: string, from: number, limit: number): number {
  const m = TOLD_OUTLET_THEN.exec(text.slice(from, limit));
  return m ? from + m[0].length : from;
}
const TOLD_OUTLET_THEN = seatless(
  new RegExp(
    `^[\\s\\u00A0]*ل\\u0640?[\\s\\u00A0]*["«“][^"»”\\n.،]{1,40}["»”](?=[\\s\\u00A0]*[،,]|(?:[\\s\\u00A0]+(?:أمس|اليوم|مساء|صباح|يوم|${AR_WEEKDAY_ALTERNATION}))*[\\s\\u00A0]+(?:عن|من|إلى|على|ب?[أإ]ن)(?![\\p{L}\\p{M}]))`,
    "u",
  ),
);
