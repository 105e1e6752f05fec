// The words of a speaker phrase: its last word, its words, and a pronoun's subject case.
import { isJsSpace, lowercase } from "../text/chars.ts";
import { NP_WORDS, PRONOUNS } from "./lexicon.ts";
import { CAPITAL_TITLES, DETERMINERS } from "./person-words.ts";

/** The last word of a trimmed phrase (after its last JS whitespace). */
export function lastWord(s: string): string {
  let i = s.length;
  while (i > 0 && !isJsSpace(s.charCodeAt(i - 1))) i--;
  return i === 0 ? s : s.slice(i);
}
/** The words of a phrase: `s.split(/[\s\u00A0]+/).filter(Boolean)`. */
export function spaceSeparated(s: string): string[] {
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i < s.length; i++) {
    if (isJsSpace(s.charCodeAt(i))) {
      if (start >= 0) out.push(s.slice(start, i));
      start = -1;
    } else if (start < 0) start = i;
  }
  if (start >= 0) out.push(s.slice(start));
  return out;
}

/** "According to him", "according to them": an object pronoun names its speaker as "he", "they" would. */
const OBJECT_CASE = new Map([
  ["him", "he"],
  ["her", "she"],
  ["them", "they"],
]);
/** The subject pronoun a lowercased phrase is (object pronouns folded to subjects), or null. */
export const subjectCase = (w: string): string | null => OBJECT_CASE.get(w) ?? (PRONOUNS.has(w) ? w : null);

/** Plurals for people whose ending the suffix rule misses ("the union representing pilots", "a charity for refugees"). */
const PEOPLE_PLURALS = new Set([
  "pilots",
  "families",
  "fans",
  "athletes",
  "refugees",
  "medics",
  "paramedics",
  "academics",
  "crews",
  "patients",
  "officials",
  "diplomats",
  "experts",
  "analysts",
  "witnesses",
  "suspects",
  "teams",
]);
/** "fishermen", "crewmen", "women": the plurals in "-men" of people's trades and kinds. */
const MEN_PLURALS =
  /^(?:fisher|crew|police|business|trades|sales|fire|work|gun|boat|line|service|sea|watch|herds|tribes|clans|congress|council|kins|country|middle|wo)?men$/;
/**
 * "organisers", "economists", "residents", "fishermen": a plural noun for people (every ending ends in "s" or
 * "men": the regexes run only on words that do).
 */
export const isPluralPeople = (w: string): boolean =>
  w.charCodeAt(w.length - 1) === 115
    ? /^[a-z]+(?:ers|ists|ians|ants|ents|ors|ives)$/.test(w) || PEOPLE_PLURALS.has(w)
    : w.charCodeAt(w.length - 1) === 110 && MEN_PLURALS.test(w);

/** Prepositions that open a post-modifier of a speaker's head ("officials familiar with", "experts on"). */
export const PP_LINKS = new Set([
  "on",
  "of",
  "for",
  "at",
  "in",
  "from",
  "with",
  "about",
  "inside",
  "within",
  "to",
]);

/** "Diplomats", "Officials", "Residents": a plural common noun for people. */
export function pluralCommonNoun(word: string): boolean {
  const w = lowercase(word);
  // (the lexicon's words only: "Sanders", "Rogers" end like "organisers" and are names)
  // (and the "-men" plurals: "Fishermen fear …" in a headline)
  return w !== word && ((w.endsWith("s") && NP_WORDS.has(w)) || MEN_PLURALS.test(w));
}

/** "Researchers in Japan, Germany and China", "aid workers in Gaza, Rafah and Cairo": a list of places ends it. */
const PEOPLE_IN_PLACES =
  /^(?:[A-Za-z]+\s+)?([A-Za-z]+)\s+(?:in|at|from|across)\s+(?:\p{Lu}[\p{L}.'’-]*\s?)+(?:,\s+(?:\p{Lu}[\p{L}.'’-]*\s?)+)*,?\s+(?:and|or)\s+(?:\p{Lu}[\p{L}.'’-]*\s?)+$/u;
/** The mention is people (a plural people noun, maybe after one word) of a list of places, none of them a name. */
export function peopleInPlaces(mention: string): boolean {
  const m = PEOPLE_IN_PLACES.exec(mention);
  return !!m && isPluralPeople((m[1] as string).toLowerCase());
}

/** A common noun at words[k]: lowercase, or capitalised only because it opens the phrase ("Analysts at …"). */
export function isCommonHead(words: string[], k: number): boolean {
  const w = words[k] as string;
  if (/^[a-z]/.test(w)) return true;
  const opens = k === 0 || (k === 1 && DETERMINERS.test(words[0] as string));
  const low = w.toLowerCase();
  return opens && !CAPITAL_TITLES.has(w) && (NP_WORDS.has(low) || isPluralPeople(low));
}
/** "the senator" → "senator", but "officials familiar with the matter" keeps its inner "the". */
export const withoutLeadingDeterminer = (words: string[]): string[] =>
  words.length && DETERMINERS.test(words[0] as string) ? words.slice(1) : words;
