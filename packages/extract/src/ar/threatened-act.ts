// «والمستأجرون يهددون بالتصعيد», «وهدد العمال بالإضراب.»: a threat named by one verbal noun alone is the writer's
// summary of a stance, no words reported; a threat with its terms («بالانسحاب من الكتلة», «بفرض رسوم على
// الواردات», «بـ«…»») or a clause («بأن …») stays a claim.
import { foldArabicWord } from "./cues.ts";

const THREATEN = foldArabicWord("هدد");
/** «بالتصعيد», «بالإضراب»: one definite verbal noun, then the clause's end. */
const BARE_ACT = /^[\s\u00A0]*بال[\p{L}\p{M}]+[\s\u00A0]*(?:[.،,؛!؟\n]|$)/u;

/** The cue threatens a bare act, and its words here report no statement. */
export const threatensAct = (
  text: string,
  lemma: string | null | undefined,
  start: number,
  clausal: boolean,
): boolean => lemma === THREATEN && !clausal && BARE_ACT.test(text.slice(start, start + 40));
