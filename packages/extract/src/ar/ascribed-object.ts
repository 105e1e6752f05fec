// «وعزا المسؤول الندرة إلى …», «وأرجعت الوزارة الارتفاع إلى …»: after a verb of ascribing, a definite word
// right before «إلى» is the thing ascribed, the verb's object, not an adjective of the subject's title.

import type { Token } from "../text/tokens.ts";
import { foldArabicWord } from "./cues.ts";
import { bare, hasAl, verbLemma } from "./phrase.ts";

const ASCRIBING = new Set(["عزا", "أرجع", "ارجع"].map(foldArabicWord));
const TO = /^(?:إلى|الى)$/u;

/** Is toks[i] (after the subject's first word) the object a verb of ascribing refers to what follows «إلى»? */
export function ascribedObject(text: string, toks: Token[], i: number): boolean {
  const [t0, t, next] = [toks[0], toks[i], toks[i + 1]];
  if (i < 1 || !t0 || !t?.word || !hasAl(t) || !next?.word || !TO.test(bare(next))) return false;
  return ASCRIBING.has(foldArabicWord(verbLemma(text, t0.start) ?? ""));
}
