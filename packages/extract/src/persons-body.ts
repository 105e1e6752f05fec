import type { Entity } from "./speaker-types.ts";

/**
 * "…, her office said": the body of a named person ("Anna Berg's office"), the one already met or a new
 * organisation added to `entities`; the entity itself when it is no named person.
 */
export function bodyOfPerson(entities: Entity[], person: Entity, kind: string): Entity {
  if (!person.name || person.kind !== "person") return person;
  const name = `${person.name}'s ${kind}`;
  const known = entities.find((e) => e.name === name);
  if (known) return known;
  const body: Entity = { name, kind: "organisation", titles: [], nameWords: [], titleWords: [] };
  entities.push(body);
  return body;
}
