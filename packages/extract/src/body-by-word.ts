import type { Entity, MentionParse } from "./speaker-types.ts";

/**
 * "the Donkey Sanctuary Aruba wrote …. The sanctuary said", "the City of Yellowknife says …. the city said": a
 * bare lowercase noun that stands capitalised in the name of a body met before names that body (the latest such).
 * (not a role: "the president", "the director" are people, whatever the bodies' names hold)
 */
export function bodyNamedByWord(recency: Entity[], parse: MentionParse): Entity | null {
  const word = parse.title;
  if (!word || parse.definite || parse.gender || !/^[a-z]{3,}$/.test(word)) return null;
  const capitalised = word[0]?.toUpperCase() + word.slice(1);
  return (
    recency.findLast(
      (e) =>
        e.kind === "organisation" &&
        !e.generic &&
        !!e.name &&
        e.nameWords.length >= 2 &&
        headOfName(e.name.split(/\s+/), capitalised),
    ) ?? null
  );
}

/**
 * The word heads the name: its last word ("Harbourside Animal Shelter"), before "of" ("City of Yellowknife"), or
 * before one closing word, the place ("Donkey Sanctuary Aruba"); not a modifier ("City Health Agency").
 */
function headOfName(words: string[], word: string): boolean {
  const k = words.lastIndexOf(word);
  return k >= 0 && (k >= words.length - 2 || /^(?:of|for)$/.test(words[k + 1] as string));
}
