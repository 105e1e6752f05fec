// The body an institution belongs to, after its name: «التابع للحكومة المعترف بها دوليا».
import type { Token } from "../text/tokens.ts";
import { bare } from "./phrase.ts";

/**
 * «التابع للحكومة المعترف بها دوليا», «التابعة لوزارة الداخلية»: the body an institution belongs to.
 * Returns the tokens it spans (0 if none).
 */
export function belongsTo(toks: Token[], i: number): number {
  let j = i;
  const t = toks[j];
  const l = toks[j + 1];
  if (t?.word && /^ال?تابع(?:ة|ين|ون)?$/u.test(bare(t)) && l?.word && /^ل/u.test(bare(l))) {
    j += 2;
    while (
      j < i + 5 &&
      toks[j]?.word &&
      /^ال/u.test(bare(toks[j] as Token)) &&
      !/^المعترف$/u.test(bare(toks[j] as Token))
    )
      j++;
  }
  // «المعترف بها دوليا» (also when «المعترف» was read with the title)
  if (
    j === i &&
    toks[j]?.word &&
    /^(?:بها|به|بهم)$/u.test(bare(toks[j] as Token)) &&
    toks[j - 1]?.word &&
    /^المعترف$/u.test(bare(toks[j - 1] as Token))
  ) {
    j++;
    if (toks[j]?.word && /^دوليا$/u.test(bare(toks[j] as Token))) j++;
    return j - i;
  }
  const by = toks[j + 1];
  if (
    toks[j]?.word &&
    /^المعترف$/u.test(bare(toks[j] as Token)) &&
    by?.word &&
    /^(?:بها|به|بهم)$/u.test(bare(by))
  ) {
    j += 2;
    if (toks[j]?.word && /^دوليا$/u.test(bare(toks[j] as Token))) j++;
  }
  return j - i;
}
