import type { Entity } from "./speakers.ts";

/** Bodies met only by a common noun ("the ministry", "the company", "the club") and the names that fit them. */

/** Heads that name a kind of company rather than a public body. */
export const COMPANY_HEADS = new Set(
  "company firm group carmaker automaker chipmaker drugmaker miner bank airline carrier retailer operator insurer lender manufacturer developer startup start-up utility network".split(
    " ",
  ),
);
export const PUBLIC_BODY =
  /\b(?:ministry|department|office|police|army|force|forces|agency|commission|council|government|court|senate|congress|committee|parliament|assembly|programme|nations|service|bureau|authority|administration|house|embassy|party|union)\b/;
/** Bodies of members, never "the company" (though "the group" may be one). */
const NO_COMPANY =
  /\b(?:chamber|association|federation|confederation|society|foundation|institute|coalition|alliance|league|church)\b/;
const FOOTBALL_CLUB =
  /\b(?:club|fc|afc|cf|rovers|wanderers|rangers|albion|athletic|hotspur|united|city|town|county|harriers|celtic)$/;
const MILITARY = /\b(?:army|military|defen[cs]e forces?|armed forces)\b/;
const GOVERNMENT_PART =
  /^(?:the\s+)?(?:ministry|department|office|agency|association|council|committee|institute)\b|\blocal government\b/;
/** Name words that show a company is of the kind a generic head says ("Halden Line" is a carrier). */
const KIND_IN_NAME: Record<string, RegExp> = {
  carrier: /\b(?:lines?|shipping|airlines?|airways|ferries|cargo|freight)\b/,
  airline: /\b(?:airlines?|airways|air)\b/,
  bank: /\b(?:bank|bancorp|banking)\b/,
  lender: /\b(?:bank|bancorp|finance|credit|lending)\b/,
  insurer: /\b(?:insurance|assurance|re)\b/,
  miner: /\b(?:mining|minerals|metals|resources)\b/,
  carmaker: /\b(?:motors?|automotive|cars)\b/,
  automaker: /\b(?:motors?|automotive|cars)\b/,
  drugmaker: /\b(?:pharma|pharmaceuticals?|therapeutics|biotech)\b/,
  chipmaker: /\b(?:semiconductors?|chips?|microelectronics)\b/,
  retailer: /\b(?:stores|retail|supermarkets?)\b/,
};
/** The company's name shows the kind "the carrier", "the bank" speaks of (not only that it is some company). */
export const showsKind = (name: string, head: string): boolean =>
  KIND_IN_NAME[head]?.test(name.toLowerCase()) ?? false;

/**
 * "Halden Line said …. A spokesperson for Hutchison Ports UK said …. The carrier said": the latest quoted company
 * whose name shows it is of the kind `head` says, over a company quoted since; null if none.
 */
export const quotedCompanyShowingKind = (
  recency: Entity[],
  head: string,
  title: string | null,
): Entity | null =>
  recency.findLast(
    (e) =>
      e.kind === "organisation" &&
      !!e.claims &&
      !!e.name &&
      !e.generic &&
      showsKind(e.name, head) &&
      !lacksNamedModifier(e, title),
  ) ?? null;

/** The folded name of an organisation fits a generic head ("the ministry" → "Ministry of Health"). */
export function fitsGeneric(name: string, head: string): boolean {
  const n = name.toLowerCase();
  if (head === "army" || head === "military") return MILITARY.test(n);
  // ("troopers say" after "the Oklahoma Highway Patrol said")
  if (head === "troopers") return /\b(?:patrol|state police)\b/.test(n);
  // ("gardaí say" after "An Garda Síochána said": Ireland's police officers, by the force's name)
  if (head === "gardaí" || head === "gardai") return /\bgarda\b/.test(n);
  // ("The club said" after "Ashbourne Rovers"): a sports club's name ends with a club word
  if (head === "club") return FOOTBALL_CLUB.test(n);
  // ("the paramedics' union" → "Ambulance Employees Association": a union's name may call it an association)
  if (head === "union") return /\b(?:union|association|federation|guild|brotherhood)\b/.test(n);
  if (head === "district") return /\b(?:district|public schools)\b/.test(n); // "the school district"
  // ("the port insists" → "Hutchison Ports UK", "Port of Tyne": its operator)
  if (head === "port") return /\bports?\b/.test(n);
  // ("the Ministry of Housing, Communities and Local Government", "the Local Government Association": a
  // ministry or a lobby with government in its field, not the government)
  if (head === "government") return /\bgovernment\b/.test(n) && !GOVERNMENT_PART.test(n);
  // ("the company" is no chamber of commerce or association quoted since)
  if (head === "company" || head === "firm") return !PUBLIC_BODY.test(n) && !NO_COMPANY.test(n);
  if (COMPANY_HEADS.has(head)) return !PUBLIC_BODY.test(n);
  return new RegExp(`\\b${head}\\b`).test(n);
}

/**
 * Whether "the agency", "the company" (`head`, the mention's words `title`) is the body quoted just before,
 * `previous`: one of that kind (a public body for "the agency", a company for "the company").
 * (not "The European Commission": a capitalised name is a body of its own; not a ministry for "the government";
 * not "the dpa news agency" after the shipping administration: a word before the head that the body's
 * name lacks makes it another body)
 */
/** The words before a generic phrase's head ("the chemical industry's lobby group" → chemical, industry, lobby). */
const modifiersOf = (title: string | null): string[] =>
  (title ?? "")
    .toLowerCase()
    .replace(/^(?:the|this|that)\s+/, "")
    .replace(/(?:[’']s|(?<=s)[’'])(?=\s)/g, "")
    .split(/\s+/)
    .slice(0, -1);

/**
 * Whether the body `name` names the placeholder `e` met only as a generic phrase: a kind its name shows
 * ("the ministry", "police", "the army" — not "the company"), or one whose words before the head all stand in
 * the name ("The chemical industry's lobby group" → "German Chemical Industry Association").
 */
export function namesPlaceholder(e: Entity, name: string): boolean {
  if (!e.generic || !fitsGeneric(name, e.generic)) return false;
  if (lacksNamedModifier({ ...e, name }, e.name)) return false;
  if (!COMPANY_HEADS.has(e.generic)) return true;
  const n = name.toLowerCase();
  const modifiers = modifiersOf(e.name).filter((m) => m !== "lobby");
  return modifiers.length > 0 && modifiers.every((m) => n.includes(m));
}

const DESCRIBING_COMPOUND = /-(?:based|owned|listed|run|born|headquartered|registered|led|backed|funded)$/i;
/** "the Danish carrier", "the Japanese carmaker", "the US lender": a nationality describes the body, names none. */
export const NATIONALITY =
  /^(?:\p{Lu}\p{Ll}+(?:ish|ese|ian|ean)|US|UK|EU|German|Greek|Thai|Swiss|Dutch|French|Israeli|Saudi|Emirati|Qatari|Iraqi|Pakistani|Kuwaiti|Omani|Yemeni|Bangladeshi|Nepali|Azerbaijani|Afghan|Czech|Slovak|Maltese|Portuguese)$/u;
/**
 * "the state-run Kavo news agency": a capitalised word before the head names the body itself, so a body whose
 * name lacks it ("City Health Agency") is another one.
 */
export function lacksNamedModifier(e: Entity, title: string | null): boolean {
  // (the words between a determiner, if any, and the head: "the Stuttgart group", "Stuttgart group")
  const words = (title ?? "").split(/\s+/);
  // ("the Perth-based miner": where it is based describes the body, does not name it)
  const named = words
    .slice(/^(?:the|a|an|this|that|its|their)$/i.test(words[0] ?? "") ? 1 : 0, -1)
    .filter((w) => !DESCRIBING_COMPOUND.test(w) && !NATIONALITY.test(w));
  if (!named.some((w) => /^\p{Lu}/u.test(w))) return false;
  const n = (e.name ?? "").toLowerCase();
  return named.some((w) => /^\p{Lu}/u.test(w) && !n.includes(w.toLowerCase()));
}

/** Heads no other kind of body goes by: "the council" is never the prosecution service quoted before it. */
const OWN_KIND_HEADS = new Set([
  "council",
  "court",
  "party",
  "embassy",
  "parliament",
  "senate",
  "police",
  "gardaí",
  "gardai",
  "army",
]);

export function previousOfKind(previous: Entity, head: string, title: string | null): boolean {
  if (
    previous.kind !== "organisation" ||
    !previous.name ||
    previous.generic ||
    head === "government" ||
    OWN_KIND_HEADS.has(head)
  )
    return false;
  if (/\p{Lu}/u.test(title ?? "")) return false;
  const n = previous.name.toLowerCase();
  const modifiers = modifiersOf(title);
  if (modifiers.some((m) => !n.includes(m))) return false;
  return COMPANY_HEADS.has(head) ? !PUBLIC_BODY.test(n) : PUBLIC_BODY.test(n) || /\binstitutes?\b/.test(n);
}
