import { GENERIC_HEADS, OPENING_QUANTIFIER, PROXY_HEAD } from "./mention-shapes.ts";

/** One word of ASCII letters: "Clinton", "he", "analysts". */
const ONE_WORD = /^[A-Za-z]+$/;
/** Capitalised ASCII words, two or more, one space apart, each may end in a dot: "Sen. Mitch McConnell", "Mary J. Blige". */
const CAPITALISED_WORDS = /^[A-Z][A-Za-z]*\.?(?: [A-Z][A-Za-z]*\.?)+$/;
/**
 * Words that a shape of parseEnglishMention matches in any case: a determiner or possessive first (epithets, generic
 * bodies, documents, teams), or anywhere a house number ("Number Ten"), a team's "and", a study or report before who
 * made it.
 */
const SHAPE_WORDS =
  /^(?:the|a|an|this|that|its|their) |(?:^| )(?:ten|and|study|studies|report|analysis|paper|review|audit)\.?(?: |$)/i;

/**
 * The mention is a plain word or capitalised run that none of parseEnglishMention's shapes before the pronoun and the
 * name can read: they need a lowercase word after the first, a comma, a bracket, a quote mark, an apostrophe or a dash,
 * one of the words above, or a word that names a quantifier, a proxy ("spokesman"), a bench or a generic body alone.
 */
export function plainNameRun(mention: string): boolean {
  const one = ONE_WORD.test(mention);
  if (!one && !CAPITALISED_WORDS.test(mention)) return false;
  if (mention.includes("ench") || PROXY_HEAD.test(mention)) return false;
  if (one) return !OPENING_QUANTIFIER.test(mention) && !GENERIC_HEADS.has(mention.toLowerCase());
  return !SHAPE_WORDS.test(mention);
}
