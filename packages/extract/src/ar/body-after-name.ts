// «وأبلغ الوزير سمير حداد الحكومة أن …»: after a verb that takes a hearer, a definite institution noun after a
// full name is the hearer, never a family name (no family name is «الحكومة», «الوزارة», «الشركة»). Only with
// those verbs, whose content step skips the hearer to the clause.

import type { Token } from "../text/tokens.ts";
import { HEARER_VERBS } from "./cues.ts";
import { foldWord } from "./lexicon.ts";
import { bare, hasAl, verbLemma } from "./phrase.ts";

/** Institution heads with the article (folded) that no family name shares. */
const BODY_NOUNS = new Set(
  "الحكومة الوزارة الشركة الجامعة البرلمان المحكمة النقابة البلدية الشرطة الهيئة اللجنة الدولة السلطات المجلس الجيش"
    .split(" ")
    .map(foldWord),
);

/** After two name words or more, is `toks[i]` an institution the verb (before `from`) tells? */
export const bodyAfterName = (
  text: string,
  from: number,
  toks: Token[],
  i: number,
  names: number,
): boolean => {
  const t = toks[i];
  return (
    names > 1 &&
    !!t?.word &&
    hasAl(t) &&
    BODY_NOUNS.has(foldWord(bare(t))) &&
    HEARER_VERBS.has(verbLemma(text, from) ?? "")
  );
};
