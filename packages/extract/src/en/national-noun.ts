import type { Token } from "../text/tokens.ts";
import { FINITE_AUX } from "./auxiliaries.ts";
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

/** Words before a noun-like base form that make it the verb ("we support", "which voters fear", "they claim"). */
const VERB_SUBJECTS = /^(?:i|we|you|they|that|which|who|what|whom)$/i;
/**
 * "Farm support was weaker …", "Public support has grown": a noun-like base form (the caller checks it) right
 * before a finite auxiliary is the noun, the auxiliary's subject (not after a pronoun, "the workers we support
 * are …", nor after a plural, "the cuts Republicans support would …", whose object stands before them).
 */
export function nounBeforeAuxiliary(toks: Token[], i: number): boolean {
  const prev = i > 0 ? toks[i - 1] : undefined;
  const next = toks[i + 1];
  if (!prev?.word || !next?.word || !FINITE_AUX.test(next.text)) return false;
  return !VERB_SUBJECTS.test(prev.text) && !/[^s’'"]s$/i.test(prev.text);
}
