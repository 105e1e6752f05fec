import { GENERIC_HEADS, OPENING_QUANTIFIER, PROXY_HEAD } from "./mention-shapes.ts";

/** One word of ASCII letters: "Clinton", "he", "analysts". */
const ONE_WORD = /^[A-Za-z]+$/;
/** Capitalised ASCII words, two or more, one space apart, each may end in a dot: "Sen. Mitch McConnell", "Mary J. Blige". */
const CAPITALISED_WORDS = /^[A-Z][A-Za-z]*\.?(?: [A-Z][A-Za-z]*\.?)+$/;
/** First words (lowercased) that open a shape of parseEnglishMention: a determiner or possessive (epithets, generic bodies, documents, teams). */
const SHAPE_OPENERS = new Set(["the", "a", "an", "this", "that", "its", "their"]);
/**
 * Words (lowercased, without a dot) that a shape of parseEnglishMention matches in any case: a house number ("Number
 * Ten"), a team's "and", a study or report before who made it.
 */
const SHAPE_WORDS = new Set([
  "ten",
  "and",
  "study",
  "studies",
  "report",
  "analysis",
  "paper",
  "review",
  "audit",
]);

/**
 * The mention is a plain word or capitalised run that none of parseEnglishMention's shapes before the pronoun and the
 * name can read: they need a lowercase word after the first, a comma, a bracket, a quote mark, an apostrophe or a dash,
 * one of the words above, or a word that names a quantifier, a proxy ("spokesman"), a bench or a generic body alone.
 */
export function plainNameRun(mention: string): boolean {
  if (mention.includes("ench") || PROXY_HEAD.test(mention)) return false;
  if (ONE_WORD.test(mention))
    return !OPENING_QUANTIFIER.test(mention) && !GENERIC_HEADS.has(mention.toLowerCase());
  if (!CAPITALISED_WORDS.test(mention)) return false;
  const words = mention.toLowerCase().split(" ");
  if (SHAPE_OPENERS.has(words[0] as string)) return false;
  for (const w of words) if (SHAPE_WORDS.has(w.endsWith(".") ? w.slice(0, -1) : w)) return false;
  return true;
}
