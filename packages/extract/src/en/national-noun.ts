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

const POSSESSIVE_DETERMINER = /^(?:his|her|its|their|our|my|your)$/i;
/** toks[k] ends a possessive: "his", or the "s" of "Blige’s". */
const possessiveAt = (toks: Token[], k: number): boolean => {
  const t = toks[k];
  if (!t?.word) return false;
  if (POSSESSIVE_DETERMINER.test(t.text)) return true;
  const mark = toks[k - 1];
  return t.text === "s" && (mark?.text === "’" || mark?.text === "'") && mark.end === t.start;
};
/**
 * "his TV show", "her weekly Radio Four show": a base form right after a capitalised name that a possessive
 * (and maybe one adjective) opens is a noun the name modifies (not "Clinton's Democratic allies say", "our
 * Labour MPs say").
 */
export function possessedNameBefore(toks: Token[], i: number): boolean {
  // ("our Labour MPs say", "their Democrats say": a plural name takes the base form)
  if (/[^s]s$/.test(toks[i - 1]?.text ?? "")) return false;
  let k = i - 1;
  while (k >= i - 3 && toks[k]?.word && /^\p{Lu}/u.test((toks[k] as Token).text) && !possessiveAt(toks, k))
    k--;
  if (k === i - 1) return false;
  const adjective = toks[k];
  if (adjective?.word && /^\p{Ll}+$/u.test(adjective.text) && !possessiveAt(toks, k)) k--;
  return possessiveAt(toks, k);
}

/** Prepositions that govern a noun phrase opened by "the". */
const GOVERNING = /^(?:after|following|since|before|despite|amid|of|in|on|over|from|with|about|by|under)$/i;
/**
 * "After the Herald report, Smith resigned", "In the wake of the New York Times report, …": a noun like
 * "report" right before a comma, after "the" and a name that a sentence's opening preposition governs, is the
 * noun, not the verb.
 */
export function nounOfGovernedName(toks: Token[], i: number): boolean {
  if (toks[i + 1]?.text !== ",") return false;
  let k = i - 1;
  while (k >= i - 4 && toks[k]?.word && /^\p{Lu}/u.test((toks[k] as Token).text)) k--;
  if (k === i - 1 || !/^the$/i.test(toks[k]?.text ?? "")) return false;
  // (an adjunct opening the sentence: "After the …", "In the wake of the …", not "Officials in the X report, …")
  const at = k - 1;
  return (
    GOVERNING.test(toks[at]?.text ?? "") && (at === 0 || (at <= 4 && GOVERNING.test(toks[0]?.text ?? "")))
  );
}
