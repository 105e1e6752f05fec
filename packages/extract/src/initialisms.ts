import type { Entity, MentionParse } from "./speakers.ts";

/**
 * "The National Transport Authority … According to the NTA", "the Victorian Electoral Commission … A VEC
 * spokeswoman": news names a body in full once, then by its initials. An initialism (two to six capitals)
 * the article has not met as a name is the one body, named in full before, whose capitalised words give
 * those initials.
 */

/** Linking words a body's initials skip ("Federal Bureau of Investigation" → FBI). */
const LINK_WORDS = /^(?:of|for|and|the|on|in|&)$/i;

/**
 * The initials of a name's capitalised words, hyphenated parts included ("Co-operation" gives C); with
 * `links`, its linking words' letters too ("Ministry of Manpower" → MOM).
 */
function initialsOf(name: string, links = false): string {
  let out = "";
  for (const w of name.split(/\s+/)) {
    if (!w || (LINK_WORDS.test(w) && !(links && /^(?:of|and|for)$/i.test(w)))) continue;
    if (!/^\p{L}/u.test(w)) continue;
    if (!/^\p{Lu}/u.test(w) && !links) return ""; // a lowercase word: no proper name of a body
    if (!/^\p{Lu}/u.test(w) && !LINK_WORDS.test(w)) return "";
    out += (w[0] as string).toUpperCase();
  }
  return out;
}

/** A body's initials with and without its linking words, and without an owner's possessive ("Singapore's"). */
function initialsFit(name: string, initialism: string): boolean {
  const owned = /^\p{Lu}[\p{L}.-]*[’']s\s+(.+)$/u.exec(name);
  for (const n of owned ? [name, owned[1] as string] : [name])
    if (initialsOf(n) === initialism || initialsOf(n, true) === initialism) return true;
  return false;
}

/** A name written as an initialism: "NTA", "VEC" (not "US", "UN" alone: two letters are too common to guess). */
const isInitialism = (name: string): boolean => /^[A-Z]{3,6}$/.test(name);

/** The one body (not a person) of `entities` whose full name has these initials, else null. */
function bodyByInitials(entities: readonly Entity[], initialism: string): Entity | null {
  let found: Entity | null = null;
  for (const e of entities) {
    if (!e.name || e.kind === "person" || e.name.split(/\s+/).length < initialism.length) continue;
    if (!initialsFit(e.name, initialism)) continue;
    if (found && found !== e) return null;
    found = e;
  }
  return found;
}

/**
 * "The Dzongkhag Education Officer (DEO), Pema Lhendup, said …. The DEO added": the one person with a
 * capitalised office of those initials among their titles, else null.
 */
function holderByInitials(entities: readonly Entity[], initialism: string): Entity | null {
  let found: Entity | null = null;
  for (const e of entities) {
    if (e.kind !== "person" || !e.name) continue;
    const held = e.titles.some((t) =>
      t
        .split(/,\s*/)
        .some((office) => office.split(/\s+/).length >= initialism.length && initialsFit(office, initialism)),
    );
    if (!held) continue;
    if (found) return null;
    found = e;
  }
  return found;
}

/**
 * "Rice imports up in May: KRMA" over "the Korean Rice Millers Association said": a headline (or an early line)
 * gives the initials before the body names itself in full. The one entity met only by an initialism whose
 * letters are this full name's initials, else null.
 */
function initialismBefore(entities: readonly Entity[], fullName: string): Entity | null {
  const initials = initialsOf(fullName);
  if (initials.length < 3 || fullName.split(/\s+/).length < 3) return null;
  let found: Entity | null = null;
  for (const e of entities) {
    if (!e.name || e.name !== initials || e.nameWords.length !== 1) continue;
    if (found) return null;
    found = e;
  }
  return found;
}

/**
 * The body a name gives by initials: an initialism of a body named in full before (bodyByInitials), or a full
 * name whose initials an entity was met by before (initialismBefore), which now takes the full name.
 */
export function byInitials(
  entities: readonly Entity[],
  parse: MentionParse,
  nameWords: string[],
): Entity | null {
  const name = parse.name ?? "";
  if (isInitialism(name)) return bodyByInitials(entities, name) ?? holderByInitials(entities, name);
  const early = parse.kind !== "person" ? initialismBefore(entities, name) : null;
  if (early) Object.assign(early, { name, nameWords, kind: "organisation" });
  return early;
}

/**
 * "KPU: Diesel surcharge …" then "Ketchikan Public Utilities General Manager Lyle Dunlavey said …": a body met
 * only by its initials, whose full name opens a person's title. The one such entity and that name, else null.
 */
export function initialismSpelledIn(
  entities: readonly Entity[],
  title: string | null,
): { entity: Entity; name: string } | null {
  if (!title) return null;
  const words = title.split(/\s+/);
  const capitalised: string[] = [];
  for (const w of words) {
    if (!/^\p{Lu}/u.test(w) && !LINK_WORDS.test(w)) break;
    capitalised.push(w);
  }
  let found: { entity: Entity; name: string } | null = null;
  for (const e of entities) {
    // (a bare initialism may have been taken for a person: "KPU: …" in a headline)
    if (!e.name || !isInitialism(e.name) || e.nameWords.length !== 1 || e.titles.length) continue;
    const n = e.name.length;
    for (let k = n; k <= Math.min(capitalised.length - 1, n + 2); k++) {
      const name = capitalised.slice(0, k).join(" ");
      if (LINK_WORDS.test(capitalised[k - 1] as string) || !initialsFit(name, e.name)) continue;
      if (found && found.entity !== e) return null;
      found = { entity: e, name };
      break;
    }
  }
  return found;
}
