import { isEnglishStateName } from "../states.ts";
import { startsUppercase } from "../text/chars.ts";
import { lowerOf as lower, type Token } from "../text/tokens.ts";
import { EN_TIME_NAME_ALTERNATION } from "./date-expressions.ts";
import { isPluralPeople } from "./phrase-words.ts";
import type { SourceSpan } from "./source.ts";
import { isCapWord } from "./speaker-start.ts";
import { usState } from "./us-states.ts";

/**
 * "the party's wins in Richmond, Northcote and Albert Park showed …": a name after "and" that ends a list of
 * names governed by a preposition ("in A, B and C") is the preposition's object, part of a larger noun
 * phrase, never the subject of the verb after it. A list of one name ("held in Geneva and Smith said") may
 * be a clause coordinated by "and", so at least two names must come before the conjunction; a preposition
 * after a capitalised word is inside a body's name ("Department for Environment, Food and Rural Affairs").
 */

const TIME_NAME = new RegExp(`^(?:${EN_TIME_NAME_ALTERNATION})$`);

/** Prepositions that take a list of places, bodies or people. */
const LIST_PREPOSITIONS = /^(?:in|at|from|across|including|between|among|for|of|on|to|with|by)$/i;

/**
 * When toks[at] (nearest first) is the "and"/"or" before the last item of a list of at least two items of
 * one to three capitalised words, separated by commas, after a preposition: "object" when the preposition
 * follows a lowercase word (the list is its object), else the index of the capitalised word before the
 * preposition (the list is inside that body's name), or of the plural people noun before it (a list of one or
 * more: "Doctors in Gaza and Cairo", the people of the places); null for any other word.
 */
export function prepositionList(toks: Token[], at: number): "object" | number | null {
  const conj = toks[at];
  if (!conj?.word || !/^(?:and|or)$/.test(lower(conj))) return null;
  let items = 0;
  let j = at + 1;
  for (;;) {
    let words = 0;
    while (words < 3 && isCapWord(toks[j + words])) words++;
    if (words === 0) return null;
    // ("will open in March, Ports and Harbours Minister X said": a month or a day ends a time phrase, no list)
    if (words === 1 && items > 0 && TIME_NAME.test((toks[j] as Token).text)) return null;
    items++;
    j += words;
    const t = toks[j];
    if (t?.text === ",") {
      j++;
      continue;
    }
    if (!t?.word || !LIST_PREPOSITIONS.test(t.text)) return null;
    // ("Doctors in Gaza and Cairo said", "officials in Japan, Germany and China say": the people of the places)
    const head = toks[j + 1];
    if (head?.word && isPluralPeople(lower(head))) return j + 1;
    if (items < 2) return null;
    return isCapWord(toks[j + 1]) ? j + 1 : "object";
  }
}

/**
 * "She met voters in Austin, Texas, saying …": a city and its state or nation between commas after a preposition
 * of place is a place, no name with its appositive: no speaker (undefined when there is no such place) — but
 * "Residents in Austin, Texas, said": the people the sentence opens with, before the place, speak. `close`
 * (nearest first) is the comma after the city.
 */
export function peopleBeforePlace(
  text: string,
  toks: Token[],
  close: number,
  read: (nearestFirst: Token[]) => SourceSpan | null,
): SourceSpan | null | undefined {
  if (close < 2 || close > 4) return undefined;
  const state = text.slice((toks[close - 1] as Token).start, (toks[1] as Token).end);
  if (!usState(state) && !isEnglishStateName(state)) return undefined;
  let j = close + 1;
  while (j < close + 4 && toks[j]?.word && startsUppercase(toks[j]?.text ?? "")) j++;
  if (j === close + 1 || !/^(?:in|at|near|outside|from|across)$/.test(toks[j]?.text ?? "")) return undefined;
  const people = read(toks.slice(j + 1));
  return people && !people.pronoun && people.start === toks.at(-1)?.start ? people : null;
}

/** Prepositions that place people ("residents along the coast", "crewmen on the Corentyne"). */
const PEOPLE_PLACE_LINK = /^(?:in|on|at|along|across|around|near|outside|from)$/i;
/**
 * "Crewmen on the Corentyne say", "Commuters along the highway say": when the determiner at toks[opener]
 * (nearest first) follows a preposition of place after a plural people noun, the index of that noun, else -1.
 */
export function peopleAtPlace(toks: Token[], opener: number): number {
  if (!/^(?:the|a|an)$/i.test(toks[opener]?.text ?? "")) return -1;
  if (!PEOPLE_PLACE_LINK.test(toks[opener + 1]?.text ?? "")) return -1;
  let at = opener + 2;
  // ("Political observers in Virginia and around the country say": a named place before "and")
  if (toks[at]?.text === "and") {
    let words = 0;
    while (words < 3 && isCapWord(toks[at + 1 + words])) words++;
    if (!words || !PEOPLE_PLACE_LINK.test(toks[at + 1 + words]?.text ?? "")) return -1;
    at += 2 + words;
  }
  // ("Residents of Kroo Bay and Susan’s Bay in the east of Freetown": the people of named places, then this one)
  if (isCapWord(toks[at])) at = pastNamedPlaces(toks, at);
  const head = toks[at];
  if (!head?.word) return -1;
  const w = lower(head);
  return isPluralPeople(w) || /^[a-z]{3,}men$/.test(w) ? at : -1;
}

/** Past capitalised place names joined by "and" (nearest first from toks[at]) and their "of"/"in": the index after. */
function pastNamedPlaces(toks: Token[], at: number): number {
  let k = at;
  while (k < at + 8 && (isCapWord(toks[k]) || (toks[k]?.text === "and" && isCapWord(toks[k + 1])))) k++;
  return PEOPLE_PLACE_LINK.test(toks[k]?.text ?? "") || toks[k]?.text === "of" ? k + 1 : at;
}
