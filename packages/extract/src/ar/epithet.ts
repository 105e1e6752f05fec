// «الرجل الخمسيني», «الشاب العشريني», «السيدة الأربعينية»: a person already met, by age, not a new speaker.
import type { MentionParse } from "../speaker-types.ts";
import { withoutHarakat } from "../text/chars.ts";

/** «العشريني» … «التسعيني», also feminine: the decade of a person's age as an adjective. */
const DECADE = /^ال(?:عشرين|ثلاثين|أربعين|اربعين|خمسين|ستين|سبعين|ثمانين|تسعين)ي(?:ة)?$/u;
/** Nouns of people an age epithet describes, masculine and feminine. */
const MEN = /^ال(?:رجل|شاب|مسن|كهل|شيخ|مزارع|فلاح|طالب|عامل|موظف|تاجر|بائع|سائق|أب|اب)$/u;
const WOMEN = /^ال(?:سيدة|امرأة|مرأة|شابة|فتاة|مسنة|أم|ام|طالبة|عاملة|موظفة|بائعة|مزارعة)$/u;

/**
 * «الرجل الخمسيني», «الشابة العشرينية»: a definite noun of people and the decade of their age point back to
 * someone the article has brought in (an epithet, resolved like a pronoun of that gender); null otherwise.
 */
export function ageEpithet(mention: string): MentionParse | null {
  const ws = withoutHarakat(mention)
    .trim()
    .split(/[\s\u00A0]+/u);
  if (ws.length !== 2 || !DECADE.test(ws[1] as string)) return null;
  const noun = ws[0] as string;
  const gender = MEN.test(noun) ? "m" : WOMEN.test(noun) ? "f" : null;
  if (!gender) return null;
  return { name: null, title: mention, kind: "person", pronoun: false, epithet: true, gender };
}
