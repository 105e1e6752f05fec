import { startsUppercase } from "../text/chars.ts";
import { isPluralPeople } from "./phrase-words.ts";

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

/**
 * A unit among the second to fifth that is no lowercase ASCII letter: where the capital after a prefix or the
 * mark after a particle stands (a quick test for the many lowercase words, before the Unicode regexes).
 */
const mayJoinCapital = (w: string): boolean => {
  const n = Math.min(w.length, 5);
  for (let i = 1; i < n; i++) {
    const c = w.charCodeAt(i);
    if (c < 97 || c > 122) return true;
  }
  return false;
};

/** "eThekwini", "uMsobo": a proper name with a lowercase prefix before its capital (or `particleName`). */
export const prefixedName = (w: string): boolean =>
  mayJoinCapital(w) && (/^[a-z]{1,2}\p{Lu}\p{Ll}/u.test(w) || particleName(w));

/** The link between an office and its portfolio: "Minister for Energy", "Special Assistant … on Power". */
export const PORTFOLIO_LINK = /^(?:for|of|on|to)$/;

/**
 * How many of a name's last words (after an office and its portfolio) are the person's name: two ("Faisal
 * Awan"), three for a Cantonese name with its hyphenated given name ("Vivian Lam Wing-sze").
 */
export const personNameLength = (words: string[]): number =>
  words.length >= 3 &&
  (/^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(words[words.length - 1] as string) ||
    SURNAME_PARTICLE.test(words[words.length - 2] as string))
    ? 3
    : 2;
/** A particle opening a family name ("Niamh Ní Bhriain", "Seán Mac Giolla", "Ana de Souza", "Jan van Wyk", "Tim Van Zyl"). */
const SURNAME_PARTICLE =
  /^(?:Ní|Nic|Mac|Ó|Uí|Ua|de|da|van|von|bin|binti|al|el|Van|Von|De|Du|Da|Del|Di|Le|La)$/;

/** A capitalised word that is not a possessive ("Clinton", not "Clinton’s"). */
export const capital = (w: string | undefined): boolean =>
  !!w && (startsUppercase(w) || prefixedName(w)) && !possessive(w);
/** `/[’']s$/.test(w)` */
function possessive(w: string): boolean {
  const n = w.length;
  if (n < 2 || w.charCodeAt(n - 1) !== 115) return false;
  const c = w.charCodeAt(n - 2);
  return c === 0x2019 || c === 39;
}

/**
 * A nickname in straight or curly quotes, double or single, between capitalised names ("Ramon "Bong" Ilagan",
 * "Philip 'Brave' Davis"), removed.
 */
export const withoutNickname = (s: string): string =>
  s.replace(
    /(\p{Lu}[\p{L}.’'-]*)\s+(?:["“]\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)?["”]|['‘]\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?['’])\s+(?=\p{Lu})/gu,
    "$1 ",
  );

/**
 * The index of the word linking a mention's head to the place or body that ends it at words[i]: "in" of
 * "observers in Virginia", "of" of "the mayor of the city", and of "researchers in Japan, Germany and China",
 * where a list of places after people ends the mention. The caller checks that the word is a link.
 */
export function placesLink(words: string[], i: number): number {
  // (no read at a negative index: V8 looks one up as a property name, hundreds of times slower)
  const link = i > 0 && words[i - 1] === "the" ? i - 2 : i - 1;
  const linkWord = link >= 0 ? words[link] : undefined;
  if (linkWord !== "and" && linkWord !== "or") return link;
  let k = link - 1;
  while (k >= 1 && (capital(words[k]) || words[k] === ",")) k--;
  // (people of the places: "doctors in Gaza and Cairo", not a body's name "a division of Immigration and Customs")
  return k < link - 1 && isPluralPeople(((k > 0 ? words[k - 1] : undefined) ?? "").toLowerCase()) ? k : link;
}
