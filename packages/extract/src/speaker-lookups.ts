import { fitsGender, genderFit, isGroup, pluralHead } from "./entity-traits.ts";
import type { Entity, MentionParse } from "./speaker-types.ts";
import { containsAll } from "./title-words.ts";

// Lookups of SpeakerBook over the entities it holds: by name, for a "they", for a "he" or "she".

/** Fijian chiefly titles, left out of a full name but kept before the given name in later references. */
const CHIEFLY_TITLE = /^(?:adi|ratu)$/;

/** The entity among `candidates` (those sharing the name's last word) that the name words `nw` name, or null. */
export function sameNamed(
  candidates: Entity[] | undefined,
  nw: string[],
  parse: MentionParse,
  recency: Entity[],
): Entity | null {
  // candidates share a name word; the most recently mentioned one wins
  let best: Entity | null = null;
  for (const e of candidates ?? []) {
    const same =
      containsAll(e.nameWords, nw) ||
      containsAll(nw, e.nameWords) ||
      // ("Adi Litia" after "Adi Litia Tuivanua": a chiefly title and the given name, the usual later reference)
      (nw.length === 2 && CHIEFLY_TITLE.test(nw[0] as string) && containsAll(e.nameWords, nw.slice(1)));
    if (!same) continue;
    // ("Mrs. Clinton" after "Bill Clinton": the honorific's gender, when known, picks the one that fits)
    const fit = genderFit(e, parse.gender);
    const bestFit = best ? genderFit(best, parse.gender) : -2;
    if (fit > bestFit || (fit === bestFit && (e.seenAt ?? 0) > ((best as Entity).seenAt ?? 0))) best = e;
  }
  // (a lone word is a family name before it is a word of a body's name: "Clinton" after "Hillary Clinton"
  // and "the Clinton Foundation")
  if (
    best?.kind === "organisation" &&
    nw.length === 1 &&
    parse.kind !== "organisation" &&
    best.nameWords.at(-1) !== nw[0]
  )
    best =
      recency.findLast(
        (e) => e.kind === "person" && e.nameWords.length > 1 && e.nameWords.at(-1) === nw[0],
      ) ?? best;
  return best;
}

/** The group or body a plural pronoun speaks for, or null. */
export function groupSpoken(
  introduced: { entity: Entity; at: number } | null,
  lastClaimAt: number,
  previous: Entity | null,
  recency: Entity[],
): Entity | null {
  // ("The researchers, from the University of Kent, sampled …. They found": the group that opened a sentence)
  if (introduced && introduced.at > lastClaimAt && pluralHead(introduced.entity)) return introduced.entity;
  // "They said …" speaks for a group or a body: the one just quoted or met, never the last person
  if (previous && isGroup(previous)) return previous;
  for (let i = recency.length - 1; i >= Math.max(0, recency.length - 3); i--) {
    const e = recency[i] as Entity;
    if (isGroup(e)) return e;
  }
  return null;
}

/** The latest named person of gender `g` (any when undefined) a he/she can stand for, or undefined. */
export function latestPerson(
  recency: Entity[],
  g: "m" | "f" | undefined,
  introduced: Entity | undefined,
): Entity | undefined {
  // ("… for Fianna Fáil or Fine Gael … “…,” she says"): a speaker known to be a woman outweighs a
  // name met since that never spoke, never opened a sentence and shows no gender
  const salient = g ? recency.findLast((e) => e.kind === "person" && e.gender === g && e.claims) : undefined;
  for (let i = recency.length - 1; i >= 0; i--) {
    const e = recency[i] as Entity;
    if (salient && !e.gender && !e.claims && e !== introduced) continue;
    if (e.kind === "person" && e.name && fitsGender(e, g)) return e;
  }
  return undefined;
}
