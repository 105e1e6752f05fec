import { PROXY_HEAD } from "./mention-shapes.ts";

/** Capitalised words of ASCII letters, two or more, one space apart: "Hillary Clinton", "House Speaker Paul Ryan". */
const PLAIN_RUN = /^[A-Z][a-z]+(?: [A-Z][a-z]+)+$/;
/** First words that open a shape of parseEnglishMention: a determiner or possessive (epithets, generic bodies, documents). */
const SHAPE_OPENERS = new Set(["The", "An", "This", "That", "Its", "Their"]);
/**
 * Words that a shape of parseEnglishMention matches in any case: a house number ("Number Ten"), a team's "and",
 * a study or report before who made it.
 */
const SHAPE_WORDS = new Set([
  "Ten",
  "And",
  "Study",
  "Studies",
  "Report",
  "Analysis",
  "Paper",
  "Review",
  "Audit",
]);

/**
 * The mention is a plain capitalised run that none of parseEnglishMention's shapes before the name can read:
 * they need a lowercase word, a comma, a bracket, a quote mark, an apostrophe or a dash, or one of the words
 * above (or "ench" for the bench, the words PROXY_HEAD finds). Such a run is read as title words and a name alone.
 */
export function plainNameRun(mention: string): boolean {
  if (!PLAIN_RUN.test(mention) || mention.includes("ench") || PROXY_HEAD.test(mention)) return false;
  const words = mention.split(" ");
  if (SHAPE_OPENERS.has(words[0] as string)) return false;
  for (const w of words) if (SHAPE_WORDS.has(w)) return false;
  return true;
}
