/** The body a generic mention names ("the company", "the agency", "police"): one the article met, or a new one. */

import { companyOfLastExecutive } from "./company-of-executive.ts";
import { modifiesNoun, ownsTitle } from "./entity-traits.ts";
import {
  COMPANY_HEADS,
  fitsGeneric,
  lacksNamedModifier,
  quotedCompanyShowingKind,
} from "./generic-bodies.ts";
import { bodyQuotedBefore, onlyBodyOfKind } from "./kind-of-body.ts";
import { ministryOfLastMinister } from "./new-body-of-minister.ts";
import type { Entity, MentionParse } from "./speaker-types.ts";

/** The plural or singular possessive before a generic head ("the dockers' union" → "dockers"), or "". */
const ownerOf = (title: string | null): string =>
  /(?:^|\s)([\p{L}-]+)(?:['’]s|(?<=s)['’])\s/u.exec(title ?? "")?.[1]?.toLowerCase() ?? "";

/** "the organisation", "the organization": a head that fits a body of any kind. */
const ANY_BODY = /^organi[sz]ation$/;

/**
 * The organisation a generic mention with head `head` names, most recent first; not named yet ("The army
 * said …" before "the Malawi Defence Force"), a new one added to `entities`.
 */
export function genericBody(
  entities: Entity[],
  recency: Entity[],
  head: string,
  parse: MentionParse,
  previous: Entity | null,
): Entity {
  const only = onlyBodyOfKind(entities, head, parse.title); // ("the agency" after "the … Authority")
  if (only) return only;
  // ("The organisation warned …" after "the Kenya Legal Aid Network said …": any body, the latest quoted)
  if (ANY_BODY.test(head)) {
    const quoted = recency.findLast((e) => e.kind === "organisation" && e.claims && e.name && !e.generic);
    if (quoted) return quoted;
  }
  // "Norvane … said … said Owen Markey, a portfolio manager at Tallis Capital … the company said": a
  // company that has spoken outweighs one only mentioned since
  if (COMPANY_HEADS.has(head)) {
    const kindShown = quotedCompanyShowingKind(recency, head, parse.title);
    if (kindShown) return kindShown;
    for (let i = recency.length - 1; i >= 0; i--) {
      const e = recency[i] as Entity;
      if (e.kind === "organisation" && e.claims && e.name && !e.generic && fitsGeneric(e.name, head))
        if (!lacksNamedModifier(e, parse.title)) return e;
    }
  }
  for (let i = recency.length - 1; i >= 0; i--) {
    const e = recency[i] as Entity;
    // "Kestrel Maritime, the Limassol-based company that operates the ship" … "the company"
    // (not "The agency’s chief executive, Sir Alan Crewe": there the body only owns the title)
    if (e.name && e.titleWords.some((t) => t.has(head)) && !ownsTitle(e, head) && !modifiesNoun(e, head)) {
      e.kind = "organisation";
      return e;
    }
    if (e.kind !== "organisation") continue;
    // ("The nurses' union said …. The dockers' union said": another owner, another body of that kind)
    const [owner, ownerMet] = [ownerOf(parse.title), ownerOf(e.name)];
    if (e.generic === head && owner && ownerMet && owner !== ownerMet) continue;
    if (e.generic === head || (e.name && !e.generic && fitsGeneric(e.name, head))) {
      if (!lacksNamedModifier(e, parse.title)) return e;
    }
  }
  const before = bodyQuotedBefore(entities, previous, head, parse.title);
  if (before) return before;
  // ("Health Minister Jane Doe said …. The ministry said …": the minister's portfolio names it; "X, chief executive
  // of Kestrel Marine, said …. The company said …": the executive's title does)
  const namedByTitle =
    head === "ministry" && /^(?:the\s+)?ministry$/i.test(parse.title ?? "")
      ? ministryOfLastMinister(recency)
      : (head === "company" || head === "firm") && /^(?:the\s+)?(?:company|firm)$/i.test(parse.title ?? "")
        ? companyOfLastExecutive(recency)
        : null;
  // not named yet ("The army said …" before "the Malawi Defence Force"): named when it is
  const e: Entity = {
    name: namedByTitle ?? parse.title,
    kind: "organisation",
    titles: [],
    nameWords: [],
    titleWords: [],
    generic: head,
  };
  entities.push(e);
  return e;
}
