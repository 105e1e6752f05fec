// Military ranks and the grades after them («الفريق أول ركن», «اللواء أركان حرب», «العميد (متقاعد)»).
import { seatless } from "../text/chars.ts";

/** Military ranks, and the grades that may follow them («الفريق أول ركن», «العميد الركن»). */
export const MILITARY_RANK = seatless(
  /^(?:(?:ال)?(?:فريق|لواء|عميد|عقيد|مقدم|رائد|ملازم)|المشير|أول|اول|ركن|الركن)$/u,
);
/** «اللواء (م)», «العميد (متقاعد)»: a retired officer's rank. */
export const RETIRED = /^\((?:م\.?|متقاعد)\)$/u;
/** «أول», «ركن»: a grade that goes with the military rank before it («الفريق أول ركن»). */
const RANK_GRADE = seatless(/^(?:أول|اول|ركن|الركن)$/u);
/** «الفريق أول ركن X», «اللواء الركن X»: past the grades after a military rank at word `i` (still the rank). */
export function pastRankGrade(ws: readonly string[], i: number): number {
  let k = i;
  const grade = (w: string) => RANK_GRADE.test(w) || RETIRED.test(w);
  while (k > 0 && k < ws.length && MILITARY_RANK.test(ws[k - 1] as string)) {
    if (grade(ws[k] as string)) k++;
    // «اللواء أركان حرب X» (Egypt): a staff officer's two-word grade
    else if (STAFF_GRADE.test(ws[k] as string) && ws[k + 1] === "حرب" && k + 2 < ws.length) k += 2;
    else break;
  }
  return k;
}
const STAFF_GRADE = seatless(/^أركان$/u);
