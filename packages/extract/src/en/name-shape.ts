/**
 * Name words that open with a lowercase particle joined to a capital: Arabic "al-Tayeb", "el-Nour", "bin-Salem",
 * "abu-Bakr", and the elided "d’Souza"; they are capitalised names like "Tayeb" (lowercase "al-" is how English
 * news prints the article of Arabic family names).
 */
const JOINED_PARTICLE = /^(?:al|el|ad|ud|ul|as|ash|az|ar|an|at|ibn|bin|bint|abu|ben|d)[-’']\p{Lu}\p{Ll}/u;

/** "al-Tayeb", "el-Nour", "d’Souza": a family name with a lowercase particle joined to it. */
export const particleName = (w: string): boolean => {
  const c = w.charCodeAt(0);
  return c >= 97 && c <= 122 && JOINED_PARTICLE.test(w);
};

/** The link between an office and its portfolio: "Minister for Energy", "Special Assistant … on Power". */
export const PORTFOLIO_LINK = /^(?:for|of|on|to)$/;

/**
 * How many of a name's last words (after an office and its portfolio) are the person's name: two ("Faisal
 * Awan"), three for a Cantonese name with its hyphenated given name ("Vivian Lam Wing-sze").
 */
export const personNameLength = (words: string[]): number =>
  words.length >= 3 && /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(words[words.length - 1] as string) ? 3 : 2;
