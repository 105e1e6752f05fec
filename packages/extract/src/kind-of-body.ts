import { isStateName, TITLE_HEADS } from "./en/person-words.ts";
import { COMPANY_HEADS, fitsGeneric, previousOfKind } from "./generic-bodies.ts";
import type { Entity } from "./speakers.ts";
import { isEnglishStateName } from "./states.ts";

/**
 * "The Civil Aviation Authority fined … The agency said", "The Financial Conduct Authority … The regulator said",
 * "The Reserve Bank of India … The central bank said", "the AFL Tribunal … the three-member panel found": a
 * description of a body's kind (`title`, its head `head`) and the name words that show a body is of it.
 */
function kindOf(head: string, title: string | null): RegExp | null {
  // ("the three-member panel", "the appeals panel": how many sit on it or what it hears, no name of its own)
  if (
    head === "panel" &&
    /^(?:the\s+)?(?:[a-z]+-(?:member|man|person)\s+|appeals?\s+|disciplinary\s+)?panel$/i.test(title ?? "")
  )
    return /\b(?:tribunal|panel|board|commission|committee)\b/;
  // ("Harlow Valley Medical Center … according to the hospital": a hospital named as a medical or health centre)
  if (head === "hospital" && /^(?:the\s+)?hospital$/i.test(title ?? ""))
    return /\b(?:hospital|medical cent(?:er|re)|health cent(?:er|re)|infirmary)\b/;
  // (a plain "the agency": not "the dpa news agency", whose words name a body of their own)
  if (head !== "bank" && !/^(?:the\s+)?(?:agency|regulator)$/i.test(title ?? "")) return null;
  if (head === "agency")
    return /\b(?:agency|authority|commission|administration|inspectorate|directorate|bureau)\b/;
  if (head === "regulator") return /\b(?:regulator|regulatory|authority|commission|inspectorate)\b/;
  if (head === "bank" && /^(?:the\s+)?central bank$/i.test(title ?? ""))
    return /\b(?:reserve bank|central bank|federal reserve|bank of (?!america)\w+)\b/;
  return null;
}

/**
 * The one body of the article, named so far, of the kind the description says; null when none or several are
 * (no guess between two authorities).
 */
export function onlyBodyOfKind(entities: Entity[], head: string, title: string | null): Entity | null {
  const kind = kindOf(head, title);
  if (!kind) return null;
  const fitting = entities.filter(
    // ("the AFL Tribunal": a generic head with a name of its own before it is named)
    (e) =>
      e.kind === "organisation" &&
      !!e.name &&
      (!e.generic || /\p{Lu}/u.test(e.name)) &&
      kind.test(e.name.toLowerCase()),
  );
  const only = fitting.length === 1 ? (fitting[0] as Entity) : null;
  if (only) only.kind = "organisation";
  return only;
}

/** A plain company noun: "the carrier", "the company", "the bank" (not "the Danish carrier"). */
const PLAIN_COMPANY = /^(?:the\s+)?[a-z-]+$/;
/**
 * "Qantas said … The carrier said": a one-word name that has spoken and shows nothing of a person (no title,
 * gender or full name; no state) is the company a plain "the carrier" refers to, when the article quoted only
 * one such name; null otherwise.
 */
function onlyOneWordCompany(entities: Entity[], head: string, title: string | null): Entity | null {
  // ("Arsenal said … The club said", "Manchester United confirmed … The club said": a club's name may show no
  // kind, or end in a club word the name reader took for a person's)
  const club = head === "club";
  if (!(COMPANY_HEADS.has(head) || club) || !PLAIN_COMPANY.test(title ?? "")) return null;
  const fitting = entities.filter(
    (e) =>
      !e.generic &&
      !e.gender &&
      !e.document &&
      !!e.claims &&
      e.titles.length === 0 &&
      !!e.name &&
      (/^\p{Lu}[\p{L}-]+$/u.test(e.name) || (club && fitsGeneric(e.name, head))) &&
      !isEnglishStateName(e.name) &&
      !isStateName(e.name) &&
      // ("Rosli:" in a headline over "Datuk Seri Rosli Kamaruddin": a word of a person's name)
      !entities.some(
        (p) =>
          p !== e &&
          p.kind === "person" &&
          p.nameWords.length > 1 &&
          p.nameWords.includes(e.nameWords[0] ?? ""),
      ),
  );
  const only = fitting.length === 1 ? (fitting[0] as Entity) : null;
  if (only) only.kind = "organisation";
  return only;
}

/**
 * What a body's kind ("the agency", "the carrier") found nowhere else refers to: the body just quoted ("the
 * National Institute for Occupational Health said … The agency added"), else the one one-word company.
 */
export function bodyQuotedBefore(
  entities: Entity[],
  previous: Entity | null,
  head: string,
  title: string | null,
): Entity | null {
  if (previous && previousOfKind(previous, head, title)) return previous;
  if (previous && initialismJustQuoted(previous, head, title)) {
    previous.kind = "organisation";
    return previous;
  }
  const owner = previous ? initialismInTitle(entities, previous, head, title) : null;
  if (owner) return owner;
  return onlyOneWordCompany(entities, head, title);
}

/** Heads of a body that an initialism alone may stand for ("the GSD said … the party said"). */
const INITIALISM_HEADS = new Set(
  "party union council company firm group association organisation organization movement federation coalition alliance commission authority board agency fund institute centre center network forum trust society".split(
    " ",
  ),
);
/**
 * "In a statement, the GSD said …. “…,” the party said": a body known only by its initialism, quoted just before,
 * shows no kind of its own, so a plain "the party" (no word of its own before the head) is that body.
 */
function initialismJustQuoted(previous: Entity, head: string, title: string | null): boolean {
  // ("KUPPET said …": a capitalised initialism opening a sentence may have been read as a person's name)
  const bare =
    previous.kind !== "person" ||
    (!previous.gender && !previous.titles.length && /^\p{Lu}{3,6}$/u.test(previous.name ?? ""));
  return (
    bare &&
    !TITLE_HEADS.has(previous.name ?? "") &&
    !previous.generic &&
    !!previous.claims &&
    /^\p{Lu}{2,6}$/u.test(previous.name ?? "") &&
    INITIALISM_HEADS.has(head) &&
    /^(?:the\s+)?[a-z]+$/.test(title ?? "")
  );
}

/** A title opened by its body's initialism: "KNUT secretary general", "the NUT's general secretary". */
const INITIALISM_TITLE = /^(?:the\s+)?(\p{Lu}{2,6})(?:[’']s)?\s+[a-z]/u;
/**
 * "KNUT secretary general Collins Oyuu said …. The union said …": the body whose initialism opens the title of
 * the person just quoted, when a plain "the union" names nothing else (the one met by that name, or a new one).
 */
function initialismInTitle(
  entities: Entity[],
  previous: Entity,
  head: string,
  title: string | null,
): Entity | null {
  if (previous.kind !== "person" || !INITIALISM_HEADS.has(head) || !/^(?:the\s+)?[a-z]+$/.test(title ?? ""))
    return null;
  const initialism = previous.titles.map((t) => INITIALISM_TITLE.exec(t)?.[1]).find(Boolean);
  if (!initialism) return null;
  const met = entities.find((e) => e.name === initialism && e.kind !== "person");
  if (met) return met;
  const e: Entity = {
    name: initialism,
    kind: "organisation",
    titles: [],
    nameWords: [initialism],
    titleWords: [],
  };
  entities.push(e);
  return e;
}
