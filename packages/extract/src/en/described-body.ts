import { COMPANY_HEADS, fitsGeneric, showsKind } from "../generic-bodies.ts";
import { type Entity, replaceSpeaker } from "../speaker-types.ts";

/**
 * A body the story gives only by a description, never by its name, is the body it quotes by name:
 * - "Fares will rise from January, the operator has confirmed. In a statement, Island Link Ferries said …": a
 *   description of its kind in the opening paragraphs ("the operator", "the company", "the utility", "the charity")
 *   is the body of that kind the next paragraphs name as a speaker — when no other body of that kind is named
 *   before it and no other one speaks in the story (two companies: no guess);
 * - "Laxey Wheel will not turn again until 2028, says heritage body" over a lede "…, Manx National Heritage has
 *   revealed.": a headline's description of a body of any kind is the one body its first quoted paragraph names;
 * - "In a statement on Wednesday, the charity said …": in the body, the latest named body quoted before it.
 */

/**
 * A description of a body of any kind, no part of any body's name ("heritage body", "the organisation"); in lower
 * case only (a sentence's "The charity called on …" after a ministry's figures is no ministry).
 */
const ANY_BODY = /^(?:the\s+)?(?:[a-z]+\s+)?(?:body|charity|organi[sz]ation)$/;
/** The head of a description that fits a named body of any kind. */
const ANY_BODY_HEAD = "body";
/** A lede's description of a company with what it runs: "The operator of the island's ferry", "the firm behind …". */
const DESCRIBED_COMPANY =
  /^(?:the\s+)?(?<head>operator|company|firm|utility|airline|carrier)\s+(?:of|behind|that|which|running)\s/i;
/** Names of bodies that are no company, whatever a company head would allow ("Tourism Alliance", "Growers Association"). */
const NOT_A_COMPANY =
  /\b(?:alliance|association|union|society|foundation|trust|club|federation|institute|university|college|school|hospital|church|chamber|league|coalition|movement|party|campaign|charity|network|forum|council|board|committee|commission)\b/i;
/** Name words that show a company of the kind "the utility" speaks of. */
const UTILITY_NAME = /\b(?:utilit(?:y|ies)|power|electric(?:ity)?|energy|water|gas|hydro)\b/i;
/** Last words only a company's name ends with ("North Vale Power" read as a person's name is none). */
const COMPANY_END =
  /\s(?:Ltd|Limited|Inc|Plc|PLC|Corp|Corporation|LLC|Pty|Group|Holdings|Ferries|Airlines|Airways|Lines|Coaches|Buses|Power|Energy|Water|Utilities|Electric|Telecom|Mining|Motors)\.?$/;

/** A named body, or a name the name reader took for a person's that ends as only a company's does. */
const namedBody = (p: Entity | null | undefined): p is Entity =>
  !!p &&
  !!p.name &&
  !!p.nameWords.length &&
  !p.generic &&
  /^\p{Lu}/u.test(p.name) &&
  (p.kind === "organisation" || (!p.gender && !p.titles.length && COMPANY_END.test(p.name)));

/** A capitalised name of two words or more with no title and no gender: a person or a body. */
const bareName = (e: Entity | null | undefined): e is Entity =>
  !!e &&
  e.kind === "person" &&
  !!e.name &&
  /^\p{Lu}/u.test(e.name) &&
  e.nameWords.length >= 2 &&
  !e.titles.length &&
  !e.gender;

/** The head a body met only by its description (its mention `mention`) goes by ("company", "council"), or null. */
function describedHead(e: Entity, mention: string): string | null {
  if (e.nameWords.length || !e.name) return null;
  if (ANY_BODY.test(mention.trim())) return ANY_BODY_HEAD;
  if (e.kind === "organisation" && e.generic) return /\p{Lu}/u.test(e.name) ? null : e.generic;
  return DESCRIBED_COMPANY.exec(e.name)?.groups?.head?.toLowerCase() ?? null;
}

/** The named body `p` is one of the kind `head` says: a company name for "the operator", a "… Council" for "the council". */
function fitsHead(p: Entity, head: string): boolean {
  if (!namedBody(p)) return false;
  if (head === ANY_BODY_HEAD) return true;
  if (!fitsGeneric(p.name as string, head)) return false;
  if (!COMPANY_HEADS.has(head)) return true;
  if (NOT_A_COMPANY.test(p.name as string)) return false;
  if (head === "utility") return UTILITY_NAME.test(p.name as string);
  return showsKind(p.name as string, head) || !/^(?:airline|carrier|bank|lender|insurer|miner)$/.test(head);
}

/** The first voice of the opening paragraphs known only by a description, named by the next paragraphs' body of its kind. */
function nameLedeBody(
  entities: Entity[],
  speakers: (Entity | null)[],
  paras: number[],
  mentions: string[],
): void {
  const opening = [...new Set(paras.filter((p) => p >= 0))].sort((a, b) => a - b).slice(0, 2);
  const first = speakers.findIndex(
    (e, i) => !!e && opening.includes(paras[i] ?? -1) && describedHead(e, mentions[i] ?? "") !== null,
  );
  const e = speakers[first];
  const head = e ? describedHead(e, mentions[first] ?? "") : null;
  if (!e || !head) return;
  // (every claim of the description in the opening: "the company" quoted further down is read where it stands)
  if (speakers.some((x, i) => x === e && !opening.includes(paras[i] ?? -1))) return;
  const lede = Math.max(...opening);
  let named: Entity | null = null;
  for (let j = first + 1; j < speakers.length && (paras[j] ?? 99) <= lede + 3; j++) {
    const p = speakers[j];
    if (p && p !== e && fitsHead(p, head)) {
      named = p;
      break;
    }
  }
  if (!named) return;
  const at = entities.indexOf(e);
  const namedAt = entities.indexOf(named);
  const rival = entities.some(
    (x, k) => x !== named && fitsHead(x, head) && (!!x.claims || (k > at && k < namedAt)),
  );
  if (rival) return;
  named.kind = "organisation";
  replaceSpeaker(speakers, e, named);
}

/** Gives each voice known only as a body of any kind (mentions[i]) the named body it stands for. */
function joinBodiesOfAnyKind(speakers: (Entity | null)[], paras: number[], mentions: string[]): void {
  for (let i = 0; i < speakers.length; i++) {
    const e = speakers[i];
    if (!e || namedBody(e) || !ANY_BODY.test((mentions[i] ?? "").trim())) continue;
    let body: Entity | null = null;
    if (paras[i] === 0) {
      // (a body's bare name may have been read as a person's: the headline's description shows it is a body)
      const lede = paras.find((p) => p > 0);
      const ledeBodies = new Set(
        speakers.filter((x, k) => paras[k] === lede && (namedBody(x) || bareName(x))),
      );
      if (ledeBodies.size === 1) {
        body = [...ledeBodies][0] as Entity;
        body.kind = "organisation";
      }
    } else {
      for (let k = i - 1; k >= 0 && !body; k--) if (namedBody(speakers[k])) body = speakers[k] as Entity;
    }
    if (body) replaceSpeaker(speakers, e, body);
  }
}

/** Names every voice known only by a description of a body (mentions[i]: its words in claim i). */
export function nameDescribedBodies(
  entities: Entity[],
  speakers: (Entity | null)[],
  paras: number[],
  mentions: string[],
): void {
  nameLedeBody(entities, speakers, paras, mentions);
  joinBodiesOfAnyKind(speakers, paras, mentions);
}
