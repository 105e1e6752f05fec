import { COMPANY_HEADS, fitsGeneric, showsKind } from "../generic-bodies.ts";
import { replaceSpeaker } from "../speaker-types.ts";
import type { Entity } from "../speakers.ts";

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
const namedBody = (p: Entity): boolean =>
  !!p.name &&
  !!p.nameWords.length &&
  !p.generic &&
  (p.kind === "organisation" || (!p.gender && !p.titles.length && COMPANY_END.test(p.name)));

/** The head a body met only by its description goes by ("company", "council"), or null. */
function describedHead(e: Entity): string | null {
  if (e.nameWords.length || !e.name) return null;
  if (e.kind === "organisation" && e.generic) return /\p{Lu}/u.test(e.name) ? null : e.generic;
  return DESCRIBED_COMPANY.exec(e.name)?.groups?.head?.toLowerCase() ?? null;
}

/** The named body `p` is one of the kind `head` says: a company name for "the operator", a "… Council" for "the council". */
function fitsHead(p: Entity, head: string): boolean {
  if (!namedBody(p) || !fitsGeneric(p.name as string, head)) return false;
  if (!COMPANY_HEADS.has(head)) return true;
  if (NOT_A_COMPANY.test(p.name as string)) return false;
  if (head === "utility") return UTILITY_NAME.test(p.name as string);
  return showsKind(p.name as string, head) || !/^(?:airline|carrier|bank|lender|insurer|miner)$/.test(head);
}

/**
 * "Fares will rise from January, the operator has confirmed. In a statement, Island Link Ferries said …": a body the
 * opening paragraphs give only by a description of its kind is the body of that kind the next paragraphs name as a
 * speaker — when no other body of that kind is named before it and no other one speaks in the story (two companies:
 * no guess).
 */
export function nameLedeBodies(entities: Entity[], speakers: (Entity | null)[], paras: number[]): void {
  const opening = [...new Set(paras.filter((p) => p >= 0))].sort((a, b) => a - b).slice(0, 2);
  const first = speakers.findIndex(
    (e, i) => !!e && opening.includes(paras[i] ?? -1) && describedHead(e) !== null,
  );
  const e = speakers[first];
  const head = e ? describedHead(e) : null;
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
