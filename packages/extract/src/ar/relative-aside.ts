// «وطالب عشرات المستأجرين، الذين اعتصموا أمس أمام قصر العدل، الحكومة بـ«…»»: a relative clause between
// commas on the speaker is an aside; the verb's object (the content) comes after it.
import { seatless } from "../text/chars.ts";

const RELATIVE_ASIDE = seatless(
  /^[\s\u00A0]*[،,][\s\u00A0]*(?:الذي|التي|الذين|اللذان|اللذين|اللتان|اللتين|اللواتي|اللاتي)[\s\u00A0][^،,.:؛«»"“”]{2,120}?[،,][\s\u00A0]*/u,
);

/** «ويؤكد الأهالي، ومنهم الحاج X، أن …»: some of the speakers named between commas, an aside on them. */
const SOME_OF_THEM = seatless(
  /^[\s\u00A0]*[،,][\s\u00A0]*و?(?:منهم|منهن|من[\s\u00A0]+بينهم|من[\s\u00A0]+بينهن)[\s\u00A0][^،,.:؛«»"“”]{2,120}?[،,][\s\u00A0]*/u,
);

/** Where the words after a speaker go on past a relative clause between commas on them; `from` when none. */
export function pastRelativeAside(text: string, from: number, limit: number): number {
  const rest = text.slice(from, Math.min(limit, from + 160));
  const m = RELATIVE_ASIDE.exec(rest) ?? SOME_OF_THEM.exec(rest);
  return m ? from + m[0].length : from;
}
