// «وطالب عشرات المستأجرين، الذين اعتصموا أمس أمام قصر العدل، الحكومة بـ«…»»: a relative clause between
// commas on the speaker is an aside; the verb's object (the content) comes after it.
import { seatless } from "../text/chars.ts";

const RELATIVE_ASIDE = seatless(
  /^[\s\u00A0]*[،,][\s\u00A0]*(?:الذي|التي|الذين|اللذان|اللذين|اللتان|اللتين|اللواتي|اللاتي)[\s\u00A0][^،,.:؛«»"“”]{2,120}?[،,][\s\u00A0]*/u,
);

/** Where the words after a speaker go on past a relative clause between commas on them; `from` when none. */
export function pastRelativeAside(text: string, from: number, limit: number): number {
  const m = RELATIVE_ASIDE.exec(text.slice(from, Math.min(limit, from + 160)));
  return m ? from + m[0].length : from;
}
