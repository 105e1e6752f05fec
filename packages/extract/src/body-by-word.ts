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
        e.name.split(/\s+/).includes(capitalised),
    ) ?? null
  );
}
