import type { Token } from "../text/tokens.ts";
import { isDemonym } from "./epithets.ts";

/** "damages", "sparks", "reaches": a verb's present for one subject (not "press", "loss"). */
const PRESENT_THIRD_PERSON = /^[a-z]+(?:[^s]s|ches|shes)$/;

/**
 * "Russian attack damages key substation", "Israeli claim sparks row": after a nationality word a noun-like
 * base form (the caller checks it) is the noun the next word's verb ("damages") has for subject (one Russian
 * would "attack").
 */
export function nationalNounBeforeVerb(toks: Token[], i: number): boolean {
  const prev = i > 0 ? toks[i - 1] : undefined;
  const next = toks[i + 1];
  return (
    !!prev?.word &&
    isDemonym(prev.text) &&
    !!next?.word &&
    PRESENT_THIRD_PERSON.test(next.text) &&
    !!toks[i + 2]?.word
  );
}
