// «الناشطة سلمى خان الباكستانية», «المدرب جون ميلر الأمريكي»: a foreign nationality after a name of two
// words or more describes the person; it is no family name (Arab family names «المصري», «الكندي», «التركي», «السويدي»
// are left out: only nationalities no Arab family carries).

import type { MentionParse } from "../speakers.ts";
import { seatless } from "../text/chars.ts";

const FOREIGN_NATIONALITY = seatless(
  /^ال(?:باكستاني|أمريكي|أميركي|بريطاني|فرنسي|ألماني|روسي|صيني|ياباني|إيطالي|إسباني|أسترالي|نيجيري|كيني|أوكراني|بنغلاديشي|هولندي|نرويجي|برتغالي|برازيلي|أرجنتيني|كوري|بلجيكي|سويسري|نمساوي|بولندي|إسرائيلي)(?:ة)?$/u,
);

/** The parse with a trailing foreign nationality moved from the name to the title. */
export function nationalityAfterName(p: MentionParse): MentionParse {
  const words = p.name?.split(/[\s\u00A0]+/u) ?? [];
  if (p.kind !== "person" || p.pronoun || words.length < 3) return p;
  const last = words[words.length - 1] as string;
  // (after a definite word it describes that word: «X Y السفير الألماني», the object of «استقبل»)
  if (!FOREIGN_NATIONALITY.test(last) || /^ال/u.test(words[words.length - 2] as string)) return p;
  return { ...p, name: words.slice(0, -1).join(" "), title: [p.title, last].filter(Boolean).join(" ") };
}
