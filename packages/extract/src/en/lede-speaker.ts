import { replaceSpeaker } from "../speaker-types.ts";
import type { Entity } from "../speakers.ts";
import { isStateName } from "./person-words.ts";

/** Roles a lede may give before the name ("Finland's foreign minister has said …", "a key Republican said …"). */
const LEDE_ROLE =
  /\b(?:minister|secretary|senator|republican|democrat|conservative|governor|president|mayor|chancellor|premier|leader|lawmaker|congressman|congresswoman|judge|prosecutor|executive|chief|director|chairman|chairwoman|ambassador|envoy|commissioner|nominee|candidate|mp|manager|head)$/i;

/** A role that serves the office its title ends with. */
const SERVES = /\b(?:for|to)\s/i;

/**
 * Delayed identification: a lede that describes its speaker ("Finland's foreign minister has said …")
 * and names the person in the next paragraph ("“…,” Aino Lehtinen told reporters"). The lede's
 * unnamed role becomes the first person quoted by name right after it, if not quoted before.
 * `paras` holds each claim's paragraph; `namedInClaimSentence` says whether a person's name stands in the sentence
 * of a claim (not the lede's speaker then: "The minister told Holt …" — Holt is the one told).
 */
export function identifyLedeSpeaker(
  speakers: (Entity | null)[],
  paras: number[],
  paragraphOpensWith: (para: number, name: string) => boolean = () => false,
  adoptTitle: (p: Entity, title: string) => void = (p, t) => {
    if (!p.titles.includes(t)) p.titles.push(t);
  },
  namedInClaimSentence: (claim: number, p: Entity) => boolean = () => false,
): void {
  const first = speakers.findIndex(
    (e, i) =>
      (paras[i] ?? 99) <= 2 &&
      !!e &&
      !e.nameWords.length &&
      e.kind !== "organisation" &&
      // (not a role serving the office: "A spokesman for the mayor", "an aide to the governor"; "The former
      // chief executive of the company that ran …": the role before its body)
      e.titles.some((t) => LEDE_ROLE.test(t.trim().replace(/\s+of\s.*$/, "")) && !SERVES.test(t)),
  );
  const e = speakers[first];
  if (!e) return;
  // (a headline's role joined to the lede's voice: the lede's paragraph is the one the name follows)
  const lede = Math.max(...speakers.map((x, i) => (x === e && (paras[i] ?? 99) <= 2 ? (paras[i] ?? 0) : 0)));
  for (let j = first + 1; j < speakers.length && (paras[j] ?? 99) <= lede + 2; j++) {
    const p = speakers[j];
    if (!p || p === e) continue;
    // (quoted before in the body: a headline's "Tweed chief warns …" named by the same person is no other voice)
    if (
      p.kind !== "person" ||
      !p.nameWords.length ||
      speakers.some((x, k) => k < j && x === p && (paras[k] ?? 0) > 0)
    )
      return;
    // ("The minister said …. Tanzania said it would": a state quoted by its name is no person to name her)
    if (isStateName(p.name)) return;
    if (namedInClaimSentence(first, p)) return;
    // ("“…,” the mayor said." then "Civil Defence controller Hamish Grant said …": another office, another person)
    if (holdsOtherOffice(e, p)) return;
    // ("Gareth Hale, who led the firm until 2025, was giving evidence …" opens the next paragraph with no
    // claim of its own: the person quoted after it, under that name, is the one)
    if ((paras[j] ?? 99) > lede + 1 && !(p.name && paragraphOpensWith(lede + 1, p.name))) return;
    replaceSpeaker(speakers, e, p);
    for (const t of e.titles) adoptTitle(p, t);
    return;
  }
}

/** Lede roles that are offices (not a party or a standing: "a key Republican", "the candidate"). */
const OFFICE_HEAD =
  /^(?:minister|secretary|senator|governor|president|mayor|chancellor|premier|judge|prosecutor|executive|chief|director|chairman|chairwoman|ambassador|envoy|commissioner|mp)$/;
/** The head word of a role, before its body or portfolio ("chairman of the cooperative" → "chairman"). */
const roleHead = (title: string): string =>
  (
    title
      .trim()
      .replace(/\s+of\s.*$/i, "")
      .split(/\s+/)
      .at(-1) ?? ""
  ).toLowerCase();

/** Heads that name one office ("education minister" = "Education Secretary", "chief executive" = "CEO"). */
const SAME_HEAD: Record<string, string> = {
  minister: "minister|secretary",
  secretary: "secretary|minister",
  executive: "executive|ceo|chief",
  chief: "chief|ceo|executive|head",
  chairman: "chairman|chairwoman|chair|chairperson",
  chairwoman: "chairman|chairwoman|chair|chairperson",
};
/** `p` is known by titles of its own, none of them the office the lede's unnamed speaker `e` holds. */
function holdsOtherOffice(e: Entity, p: Entity): boolean {
  if (!p.titles.length) return false;
  const heads = e.titles.map(roleHead).filter((h) => OFFICE_HEAD.test(h));
  if (!heads.length) return false;
  const held = p.titles.join(" ").toLowerCase();
  return !heads.some((h) => new RegExp(`\\b(?:${SAME_HEAD[h] ?? h})\\b`).test(held));
}
