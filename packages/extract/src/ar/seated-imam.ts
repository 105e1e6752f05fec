import { foldArabicWord, VERB_FORMS } from "./cues.ts";

// «وقال امام مسجد النور …»: many web outlets write «إمام» without its hamza seat, and so it reads as the
// preposition «أمام». Before a mosque, right after a reporting verb or opening a clause (where «in front of
// the mosque» would leave the verb without a subject), it is the title; the rules then read it seated.

/** «امام» before «مسجد», «المسجد», «جامع», «الحرم», «وخطيب …», with what stands before it. */
const SEATLESS_IMAM =
  /(?<before>^|[.،,:؛!؟\n"«»“”(]|[\p{L}\p{M}]+)(?<space>[\s\u00A0]*)امام(?=[\s\u00A0]+(?:و?خطيب|مسجد|المسجد|جامع|الجامع|الحرم|الحرمين)(?![\p{L}\p{M}]))/gu;

/** The text with such a seatless «امام» written «إمام» (one letter for one: offsets kept). */
export function seatedImams(text: string): string {
  if (!text.includes("امام")) return text;
  return text.replace(SEATLESS_IMAM, (whole, before: string, space: string) => {
    const seated = `${before}${space}إمام`;
    if (!/[\p{L}\p{M}]/u.test(before)) return seated;
    const f = foldArabicWord(before);
    const verb = VERB_FORMS.has(f) || (/^[وف]/u.test(f) && VERB_FORMS.has(f.slice(1)));
    return space && verb ? seated : whole;
  });
}
