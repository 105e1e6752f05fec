import type { Entity, MentionParse, SpeakerBook } from "../speakers.ts";
import { OFFICE } from "./titles.ts";

/**
 * "its leader", "Its chief executive", "its chairman": an office of the body the passage is about ("The RMT
 * union will strike …, its leader said"). The holder is that body's, never someone else's with the same title
 * ("Acme's chief executive, Jane Doe, … The FA … Its chief executive said" is the FA's): the speaker is the
 * holder named since the body was, else the body itself. Other parses pass through.
 */
export function withItsOffice(mention: string, parse: MentionParse): MentionParse {
  const owned = PERSONS_OWN.exec(mention.trim());
  if (owned) return personsOwn(owned[1] as string, (owned[2] as string).toLowerCase());
  if (parse.name || parse.pronoun || parse.speaksFor || parse.kind !== "person" || !parse.title) return parse;
  if (!/^its\s/i.test(mention.trimStart()) || !OFFICE.test(parse.title)) return parse;
  return { ...parse, speaksFor: "focus", definite: true };
}

/** "his office", "her spokeswoman": what a person has speak for them, after the pronoun. */
const PERSONS_OWN = /^(his|her)\s+(office|spokes(?:man|woman|person)|press\s+secretary)$/i;

/**
 * "…, his spokesman said": the person the pronoun stands for speaks through them; "…, her office said": the
 * person's office, a body of its own ("Anna Berg's office").
 */
function personsOwn(pronoun: string, own: string): MentionParse {
  const gender = pronoun.toLowerCase() === "his" ? "m" : "f";
  const body = own === "office" ? own : undefined;
  return { name: null, title: null, kind: "person", pronoun: true, gender, personsBody: body };
}

/** A capitalised subject opening the content, maybe with a body noun after it: "The RMT union", "Unite". */
const CONTENT_SUBJECT =
  /^(?:[Tt]he\s+)?(?:\p{Lu}[\p{L}\p{N}'’&.-]*\s+(?:(?:of|for|and)\s+(?:the\s+)?)?)*\p{Lu}[\p{L}\p{N}'’&.-]*(?:\s+(?:union|party|company|group|council|association|federation|board|committee|club|firm|bank|agency|league|society|trust))?(?=\s+\p{Ll})/u;

/**
 * "The RMT union will strike next month, its leader said": the content before the speaker opens with the body
 * whose office "its" names — the body the office is of, when no body has been met yet. Null when the content
 * opens with no body (or the mention is no owned office).
 */
export function bodyOpeningContent(
  parse: MentionParse,
  content: string,
  parseMention: (s: string) => MentionParse,
): MentionParse | null {
  if (parse.speaksFor !== "focus" || parse.kind !== "person") return null;
  const m = CONTENT_SUBJECT.exec(content);
  if (!m) return null;
  const body = parseMention(m[0]);
  // ("The RMT union": a body named by its capitals and kind, not a placeholder a later body would rename)
  if (body.kind === "organisation")
    return body.generic && body.title
      ? { name: body.title, title: null, kind: "organisation", pronoun: false }
      : body;
  // ("Unite will ballot members, its general secretary said": one bare name is the body "its" points to)
  return body.name && !body.title && !body.pronoun && !/\s/.test(body.name)
    ? { ...body, kind: "organisation" }
    : null;
}

/** A finite verb or auxiliary right after a subject. */
const SUBJECT_VERB =
  /^\s+(?:will|would|has|have|had|is|are|was|were|can|could|should|may|might|must|does|did|plans|intends|expects|[a-z]+ed)\b/;

/**
 * "The Ferry Authority will open its Holm office on Saturdays, it said on Thursday": an "it" after the words is
 * the body they open with, when they open with a body's capitalised name. Null otherwise.
 */
export function bodyOpeningItsWords(
  parse: MentionParse,
  content: string,
  parseMention: (s: string) => MentionParse,
): MentionParse | null {
  if (!parse.pronoun || !parse.neuter) return null;
  const m = CONTENT_SUBJECT.exec(content);
  // (the whole subject, its verb next: not "The Holm ferry will …")
  if (!m || !SUBJECT_VERB.test(content.slice(m[0].length))) return null;
  const body = parseMention(m[0]);
  if (body.kind !== "organisation") return null;
  // ("The Ferry Authority": a body named by its capitals and kind, like "The RMT union" above)
  if (body.generic)
    return body.title ? { name: body.title, title: null, kind: "organisation", pronoun: false } : null;
  return body.name ? body : null;
}

/** Whether a mention's parse is an owned office ("its leader"), whose speaker may be its body. */
export const isOwnedOffice = (parse: MentionParse): boolean =>
  !!parse.speaksFor && parse.kind === "person" && !!parse.title && !parse.name;

/**
 * "… a day after the retailer cut its outlook and its CEO warned …" in the lede, then "CEO Dana Whitcomb said":
 * a lede's owned office given to its body is the one person the article names to that office, when it does.
 * `offices[i]` is the office of claim i's mention when its speaker is the body and no one held it then.
 */
export function nameLedeOffices(
  book: SpeakerBook,
  speakers: (Entity | null)[],
  offices: (string | null)[],
  paras: number[],
): void {
  offices.forEach((office, i) => {
    if (!office || (paras[i] ?? 99) > 1) return;
    const holder = officeHolderIn(book, office);
    if (holder) speakers[i] = holder;
  });
}

/** The one person the book knows to hold an office, or null. */
export const officeHolderIn = (book: SpeakerBook, office: string): Entity | null =>
  book.holderOf({ name: null, kind: "unknown", titles: [office], nameWords: [], titleWords: [] });
