/** Whether an English verb form fits its subject: "they say" / "he says"; "racists remarks" is not a verb. */
import { isJsSpace, lowercase, startsUppercase } from "../text/chars.ts";
import { PAST_AS_BASE, POST_MODIFIERS } from "./lexicon.ts";
import { isPluralPeople } from "./phrase-words.ts";
import { BASE_FORM_SUBJECTS, COLLECTIVES, NOUN_LIKE, QUANTIFIER_SUBJECTS, type VerbHit } from "./verbs.ts";

/** "Those close to him" → "Those", "Republicans who attended the meeting" → "Republicans": the noun the verb agrees with. */
function headOf(phrase: string): string {
  // the words as phrase.split(/\s+/) gives them, read in place: only a word that may be a modifier is cut out
  let word = 0;
  let wordStart = 0;
  for (let i = 0; i <= phrase.length; i++) {
    if (i < phrase.length && !isJsSpace(phrase.charCodeAt(i))) continue;
    if (word > 0 && mayModify(phrase, wordStart, i)) {
      const w = phrase.slice(wordStart, i);
      // ("The unions, which say …", "Local farmers, who say …": the noun before the clause's comma)
      if (POST_MODIFIERS.has(w) || w === "who" || w === "that" || w === "which")
        return phrase.split(/\s+/).slice(0, word).join(" ").replace(/,$/, "");
    }
    if (i === phrase.length) break;
    word++;
    while (i + 1 < phrase.length && isJsSpace(phrase.charCodeAt(i + 1))) i++;
    wordStart = i + 1;
  }
  return phrase;
}
const MODIFIER_LENGTHS = [...POST_MODIFIERS, "who", "that", "which"].map((w) => w.length);
const SHORTEST_MODIFIER = Math.min(...MODIFIER_LENGTHS);
const LONGEST_MODIFIER = Math.max(...MODIFIER_LENGTHS);
/** text[from, to) may be one of POST_MODIFIERS, "who", "that" or "which" (all lowercase ASCII). */
function mayModify(text: string, from: number, to: number): boolean {
  const c = text.charCodeAt(from);
  return c >= 97 && c <= 122 && to - from >= SHORTEST_MODIFIER && to - from <= LONGEST_MODIFIER;
}

/** A phrase's first noun (after a determiner and a modifier) and a preposition of place or origin after it. */
const PEOPLE_THEN_PLACE =
  /^(?:(?:the|some|many|most|several)\s+)?(?:[a-z-]+\s+)?([A-Za-z-]+)\s+(?:in|on|at|of|from|along|across|around|near|outside)\s/i;

/** A subject phrase read as plural: a lowercase last word in -s, or people before a place ("Residents of …"). */
const IRREGULAR_PLURAL = /^(?:\p{Ll}*men|children|grandchildren|people|folk)$/u;
function pluralSubject(phrase: string, last: string, capitalised: boolean, base: string): boolean {
  if (!capitalised && /[^s'’]s$/.test(last)) return true;
  // ("Local women say", "Two fishermen say", "Many children say": plurals without an -s)
  if (!capitalised && IRREGULAR_PLURAL.test(last)) return true;
  // ("Residents of the area say", "Crewmen on the Corentyne say": the people, then where they are; not "analysts
  // on a conference call": a verb that may be a noun ends the phrase)
  const placed = NOUN_LIKE.has(base) ? null : PEOPLE_THEN_PLACE.exec(phrase);
  return !!placed && isPluralPeople(lowercase(placed[1] as string));
}

/** The verb form fits its subject: "they say" / "he says"; "racists remarks" is not a verb. */
/** A role, then a capitalised name in the possessive after its preposition ("staff at McDonald’s"). */
const NAMED_BY_OWNER =
  /\p{Ll}\s+(?:for|at|in|of|from|with)\s+(?:\p{Lu}[\p{L}.’'-]*\s+){0,3}\p{Lu}[\p{L}-]*[’']s$/u;

export function agrees(
  text: string,
  hit: VerbHit,
  subject: { start: number; end: number },
  hasAux: boolean,
): boolean {
  const phrase = headOf(text.slice(subject.start, subject.end));
  let k = phrase.length;
  while (k > 0 && !isJsSpace(phrase.charCodeAt(k - 1))) k--;
  const lastWord = phrase.slice(k); // what follows the last run of spaces, as split(/\s+/) would give
  // "Editor’s note"; not "A spokeswoman for Sainsbury’s", "a nurse at St Jude’s": a place or firm by its owner's name
  if (/[’']s$/.test(lastWord) && !NAMED_BY_OWNER.test(phrase)) return false;
  if (hasAux || hit.participle || hit.base === "read") return true;
  const last = lowercase(lastWord);
  const capitalised = startsUppercase(lastWord);
  // (read only by the present tenses below: a past-tense verb agrees with any subject)
  const plural = (): boolean => pluralSubject(phrase, last, capitalised, hit.base);
  // "Democrats say", "Police say"; not "Battleground state Florida", "Clinton Plan for Taxes"
  if (hit.form === hit.base && !PAST_AS_BASE.has(hit.base)) {
    const coordinated =
      (phrase.includes("and") || phrase.includes("&")) &&
      phrase.split(/\s+/).some((w) => w === "and" || w === "&");
    return (
      BASE_FORM_SUBJECTS.has(last) ||
      QUANTIFIER_SUBJECTS.has(last) ||
      plural() ||
      coordinated ||
      COLLECTIVES.has(last) ||
      capitalised
    );
  }
  if (hit.form.endsWith("s") && hit.form.at(-2) !== "s" && hit.form.length > 1 && !hit.form.endsWith("ed"))
    return !plural() && !BASE_FORM_SUBJECTS.has(last) && !QUANTIFIER_SUBJECTS.has(last);
  return true;
}

/** "A majority of voters", "a third of growers", "a number of tenants": a part of a group, plural in sense. */
export const PART_OF_GROUP =
  /^an?\s+(?:(?:large|small|slim|narrow|growing)\s+)?(?:majority|minority|plurality|number|third|quarter|fifth|handful|couple|host)\s+of\s/i;
