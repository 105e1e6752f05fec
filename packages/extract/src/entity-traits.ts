/** What an entity's names and titles say about it: a group, a plural description, a body named in a title. */
import { NP_WORDS } from "./en/lexicon.ts";
import type { Entity } from "./speakers.ts";
import { sameOffice } from "./title-words.ts";

/** Collective nouns for people who speak together ("the family said …. They added"). */
const COLLECTIVE_HEAD =
  /(?:^|\s)(?:family|families|relatives|couple|parents|board|panel|committee|jury|crew|delegation|coalition|household)$/i;

/** An organisation or a plural description ("several women", "union leaders", "the Smiths"): what "they" may be. */
export function isGroup(e: Entity): boolean {
  if (e.kind === "organisation" || e.generic) return true;
  const n = (e.name ?? e.titles[0] ?? "").trim();
  if (!n) return false;
  if (/\s(?:and|&)\s/.test(n)) return true;
  // "the family of Sean Murphy", "the victim's relatives", "the board": a collective noun for people, its head
  // before any "of" phrase
  if (COLLECTIVE_HEAD.test(n.split(/\s+of\s+/)[0] as string)) return true;
  // "Critics", "Several Republicans": a plural common noun read as a name
  const last = (n.split(/\s+/).at(-1) ?? "").toLowerCase();
  if (/[^s'’]s$/.test(last) && (NP_WORDS.has(last) || !/^\p{Lu}/u.test(n.split(/\s+/).at(-1) ?? "")))
    return true;
  return e.kind !== "person" && /[^s'’]s$/i.test(n);
}

/** A plural description of people whose last word is its head ("critics", "her neighbours", "residents"). */
export const pluralHead = (e: Entity): boolean =>
  e.kind !== "organisation" &&
  !e.nameWords.length &&
  // ("about 20 people": a count before the head)
  /^(?:[\p{L}\p{N}’'-]+\s+){0,2}(?:[a-z]+(?:ers|ists|ians|ants|ents|ors|ives|ics|ours)|[a-z]*people)$/u.test(
    e.titles[0] ?? "",
  );

/** Per body head (a fixed set: GENERIC_HEADS), the shapes of a title it only owns: built once, not per title. */
const OWNED_BY = new Map<string, RegExp>();
const ownedBy = (head: string): RegExp => {
  let re = OWNED_BY.get(head);
  if (!re) {
    re = new RegExp(
      // ("the agency’s chief executive"; "chief of the flood forecasting section at the department": someone
      // who works there; "The executive director in the health ministry": a body named with its remit)
      `\\b${head}[’']s\\b|\\b(?:at|of|for|with|from|in)\\s+the\\s+(?:[a-z]+\\s+){0,5}${head}\\b`,
      "i",
    );
    OWNED_BY.set(head, re);
  }
  return re;
};
/** The head only names the owner of the entity's title ("the agency’s chief executive"). */
export const ownsTitle = (e: Entity, head: string): boolean => e.titles.some((t) => ownedBy(head).test(t));
/** Words after a body's head that leave it a noun of its own ("the company that …", "the police in Cavite"). */
// ("the only airline serving Rota", "the firm operating the ferry": a participle after the head describes the body)
const HEAD_FOLLOWERS =
  "that|which|who|whose|of|in|at|for|with|on|from|to|by|and|or|based|said|says|serving|operating|running|flying|managing";
/**
 * "Police Lt. Col. Ramon Dizon, General Trias police chief", "according to the police report": the body's
 * name modifies another noun (a rank, a role, a document), so the entity is not the body itself.
 */
export const modifiesNoun = (e: Entity, head: string): boolean =>
  e.titles.some((t) => new RegExp(`\\b${head}\\s+(?!(?:${HEAD_FOLLOWERS})\\b)[A-Za-z]`, "i").test(t));

/**
 * "Barclays reported …. Its chairman said": a speaker known by one name word, no title and no gender, whom the
 * next claim calls "its" — a body, whatever kind its bare name was given. Marks it an organisation.
 */
export function bareNamedBody(e: Entity): boolean {
  if (e.kind === "organisation") return !!e.name;
  if (e.kind !== "person" || e.nameWords.length !== 1 || e.titles.length || e.gender) return false;
  e.kind = "organisation";
  return true;
}

/** The person holding an office (its title words `tw`) met since `body` was, the latest first: the body's own. */
export function officeHolder(recency: Entity[], body: Entity, tw: string[]): Entity | null {
  for (let i = recency.length - 1; i >= 0 && recency[i] !== body; i--) {
    const e = recency[i] as Entity;
    if (e.kind === "person" && e.titleWords.some((t) => sameOffice(t, tw))) return e;
  }
  return null;
}

/** Officers of a court ("the judge", "the magistrate", "the coroner"): never the story's protagonist. */
export const COURT_OFFICER = /^(?:judge|magistrate|coroner|prosecutor|recorder|sheriff|justice)$/i;

/** "Mr Justice Harlow", "Lady Justice Carr", "Recorder Tim Bale": the judge "the judge" finds, the latest first. */
export function namedJudge(recency: Entity[], title: string): Entity | null {
  if (!/^(?:judge|justice)$/i.test(title)) return null;
  const bench = (e: Entity) => e.nameWords.includes("justice") || e.titleWords.some((t) => t.has("recorder"));
  return recency.findLast((e) => e.kind === "person" && bench(e)) ?? null;
}

/** "17 of the region's 31 clinics", "most of the nurses": a part of a group, counted. */
const COUNTED_GROUP =
  /^(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|some|many|most|all|several|half|none)\s+of\s/i;

/**
 * A person a pronoun of that gender (if any) may stand for: no body, no document, no other gender, and no counted
 * group ("17 of the region's 31 clinics had reported …. “…,” he said": not the clinics).
 */
export const fitsGender = (e: Entity, gender: "m" | "f" | undefined): boolean =>
  e.kind !== "organisation" &&
  !e.document &&
  (!gender || ((!e.gender || e.gender === gender) && !COUNTED_GROUP.test(e.name ?? e.titles[0] ?? "")));

/** How a name's gender (if given) fits an entity: 1 the same, 0 unknown either side, -1 the other. */
export const genderFit = (e: Entity, gender: "m" | "f" | undefined): number =>
  !gender || !e.gender ? 0 : e.gender === gender ? 1 : -1;

/** "the 34-year-old", "the 29-year-old": an age, which the article gave after one person's name. */
const AGE_EPITHET = /^(\d{1,3})-year-old$/;
/**
 * The person whose age the article gave ("Peter Mwangi, 34,") when an epithet is that age: that person, not the
 * one in focus (an inspector quoted since about "a man"); null for other epithets or when no one has that age.
 */
export function personOfAge(recency: Entity[], title: string | undefined | null): Entity | null {
  const age = AGE_EPITHET.exec(title ?? "")?.[1];
  if (!age) return null;
  // (the age is kept as given after the name, "34", or as the epithet itself)
  return (
    recency.findLast(
      (e) => e.kind === "person" && (e.titles.includes(age) || e.titles.includes(title ?? "")),
    ) ?? null
  );
}

const PARTY_WORD = /^(?:republican|democrat|gop|libertarian|green|labour|conservative|tory|liberal)$/;
/** The party an epithet's title opens with, in lower case ("democrat" for "Democratic"), or "". */
const partyOf = (title: string | undefined | null): string => {
  const first =
    (title ?? "")
      .split(/\s+/)[0]
      ?.toLowerCase()
      .replace(/^democratic$/, "democrat") ?? "";
  return PARTY_WORD.test(first) ? first : "";
};
/** What campaign coverage calls a candidate ("nominee", "hopeful"). */
export const CANDIDACY_HEADS =
  /^(?:nominee|candidate|hopeful|challenger|contender|front-?runner|standard-bearer)$/;
/**
 * "Republican presidential nominee", "Democrat": a candidacy named by its party (not "Conservative
 * frontbencher").
 */
export function namesCandidacy(title: string | undefined | null): boolean {
  const words = (title ?? "").split(/\s+/);
  return partyOf(title) !== "" && (words.length === 1 || CANDIDACY_HEADS.test(words.at(-1) as string));
}
/**
 * "the Republican nominee" after "Republican nominee Donald Trump": the person whose title gives that party (and
 * that candidacy, when the epithet names one), not the one in focus; null when no one's title does.
 */
export function partyCandidate(recency: Entity[], title: string | undefined | null): Entity | null {
  if (!namesCandidacy(title)) return null;
  const party = partyOf(title);
  const words = (title as string).toLowerCase().split(/\s+/);
  const head = words.length > 1 ? (words.at(-1) as string) : "";
  const fits = (t: string): boolean => {
    const tw = t.toLowerCase().split(/\s+/);
    return tw.some((w) => w.startsWith(party)) && (!head || tw.includes(head));
  };
  // ("Republican Donald Trump": a party alone as the title, AP's way of naming a candidate)
  const partyAlone = (t: string): boolean => partyOf(t) === party && !/\s/.test(t.trim());
  const person = (test: (t: string) => boolean) =>
    recency.findLast((e) => e.kind === "person" && !!e.name && e.titles.some(test));
  return person(fits) ?? person(partyAlone) ?? null;
}
