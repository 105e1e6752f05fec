/** An English mention with a comma: a name and its description, a role and the name it describes. */
import type { MentionParse } from "../speakers.ts";
import { CIRCUMSTANCE_PARTICIPLE } from "./lexicon.ts";
import { DISCOURSE_ADVERB } from "./mention-shapes.ts";
import { officeOfBody } from "./office-of-body.ts";
import { officeRun, styledNameAfter } from "./office-then-name.ts";
import { capitalisedOffice } from "./offices.ts";
import { DESCRIBES_HEAD, describedBody } from "./owned-bodies.ts";
import { EMPLOYER_HEAD, genderOf, officeInBody, TITLED_ROLE_OF_BODY } from "./person-words.ts";
import { roleOfPhrase } from "./role-of-phrase.ts";

// (two different sets: a legislator's seat is a place they sit for, an office is a post inside a body)
/** The titles of a legislator who sits for a place. */
const SEAT_TITLES =
  "Member\\s+of\\s+(?:Parliament|the\\s+House\\s+of\\s+Assembly)|MP|MLA|MHA|MNA|Member|Representative|Senator|Councillor|Assemblyman|Assemblywoman";
/** A legislator by the seat they hold ("Member of Parliament for Gaborone Central", "MP for Bath North"). */
const SEAT_HOLDER = new RegExp(`^(?:the\\s+)?(?:${SEAT_TITLES})\\s+for\\s+(?:the\\s+)?\\p{Lu}`, "u");

/** The offices a body's name goes before ("… chief executive officer", "… Police PRO"), as the papers case them. */
const BODY_OFFICES =
  "officer|executive|chairperson|chairman|chairwoman|chair|president|director|manager|secretary|spokes(?:man|woman|person)|head|commissioner|coordinator|treasurer|chief|Officer|Executive|Chairperson|Chairman|Chairwoman|Director|Manager|Secretary|Spokes(?:man|woman|person)|Commissioner|Coordinator|Commander|PRO|MCE|DCE|(?:Secretary|Director)[\\s\\u00A0-]General|(?:secretary|director)[\\s\\u00A0-]general";
/**
 * "Samoa Airport Authority chief executive officer", "The Finance Committee chairperson", "The Kumasi Police PRO":
 * a body, then its office.
 */
const BODY_THEN_OFFICE = new RegExp(
  `^(?:the[\\s\\u00A0]+)?(?:\\p{Lu}[\\p{L}’'&.-]*[\\s\\u00A0]+){1,5}(?:[a-z][\\w-]*[\\s\\u00A0]+){0,2}(?:${BODY_OFFICES})$`,
  "u",
);

/**
 * "The Institute for Fiscal Studies, an independent think tank", "A spokesman for Tate, Kyle Brandt", "Its director,
 * Paul Johnson": the parse of a mention whose first comma is at `comma`, or null to read it without its comma.
 */
export function appositiveParse(
  mention: string,
  comma: number,
  parseEnglishMention: (raw: string) => MentionParse,
): MentionParse | null {
  const head = parseEnglishMention(mention.slice(0, comma));
  const description = mention
    .slice(comma + 1)
    .replace(/,\s*$/, "")
    .trim();
  // "A spokesman for Tate, Kyle Brandt": the name in the head is the employer, the person follows
  const role = mention.slice(0, comma);
  // ("One, Sarah Hill from Leeds,": a quantifier standing for the person named after it)
  const named = /^(?:one|another)$/i.test(role.trim()) ? parseEnglishMention(description) : null;
  if (named?.name && named.kind === "person") return named;
  // ("The Convener of the Civic Forum, Mr Ade Bello": a capitalised role of a body, then a full name)
  // ("The Minority Chief Whip, Hon. Ama Mensah", "its General Secretary, Mr Kofi Bello": an office, then the name)
  // ("Member of Parliament for Gaborone Central, Dumelang Saleshando": a seat, then the one who holds it)
  const titledRole =
    (!EMPLOYER_HEAD.test(role) && TITLED_ROLE_OF_BODY.test(role)) ||
    SEAT_HOLDER.test(role) ||
    capitalisedOffice(head.name) ||
    officeInBody(role) ||
    BODY_THEN_OFFICE.test(role) ||
    officeRun(head) ||
    officeOfBody(role) ||
    roleOfPhrase(role) ||
    wordThenFullName(head, role, description, parseEnglishMention);
  // ("Samtse Dzongdag, Dasho Ugyen Penjor": a style before the full name marks the person)
  const styled =
    !!head.name && !head.pronoun && styledNameAfter(description, parseEnglishMention(description));
  if (head.name && (titledRole || styled || EMPLOYER_HEAD.test(role))) {
    const tail = parseEnglishMention(description);
    if (tail.name && !tail.pronoun && tail.kind === "person" && (!titledRole || tail.name.includes(" "))) {
      const title = [tail.title, mention.slice(0, comma).replace(/^(?:the|a|an)\s+/i, "")]
        .filter(Boolean)
        .join(", ");
      // ("A spokeswoman for the club, Ana Ruiz": the role shows the gender)
      const gender = tail.gender ?? genderOf(role);
      return gender ? { ...tail, title, gender } : { ...tail, title };
    }
  }
  // "The mayor, speaking at a news conference on Monday,": the circumstances of the statement, no title
  // (also "The minister, however,": a link to what came before)
  if (CIRCUMSTANCE_PARTICIPLE.test(description) || DISCOURSE_ADVERB.test(description)) return head;
  // "Tom Hebden, whose …", "the health ministry, which …", "The Harbour Commission, the state agency that …"
  const described = /^(?:who|whose|which|where)\b/i.test(description) || describedBody(head, description);
  if (!head.pronoun && described) return head; // a description, no title
  if (head.name && !head.pronoun) {
    const title =
      [head.title, description.replace(/^(?:the|a|an)\s+/i, "")].filter(Boolean).join(", ") || null;
    return { ...head, title };
  }
  // "The researchers, from the universities of Leeds and Durham,": the unnamed head speaks, not its affiliation
  // (and "A draft joint letter, circulated by France and seen by POLITICO,": a participle describing it)
  if (!head.name && !head.pronoun && DESCRIBES_HEAD.test(description)) return head;
  // "Its director, Paul Johnson": the description first, then the name
  const tail = parseEnglishMention(description);
  if (tail.name && !tail.pronoun) {
    const gender = tail.gender ?? head.gender;
    // ("The first prosecution witness, Jane Roe, a fish vendor": both roles, either of which comes back later)
    const title = tail.title && head.title ? `${head.title}, ${tail.title}` : (tail.title ?? head.title);
    return { ...tail, title, ...(gender ? { gender } : {}) };
  }
  return null;
}

/**
 * "Kaupule, Lopati Vaisua" (the end of "the Pule o Kaupule, Lopati Vaisua"): one capitalised word, then only a
 * full name — the word ends an office, no one is named by one word before their own full name.
 */
function wordThenFullName(
  head: MentionParse,
  role: string,
  description: string,
  parseEnglishMention: (raw: string) => MentionParse,
): boolean {
  if (!head.name || head.title || head.pronoun || /\s/.test(role.trim())) return false;
  if (!/^\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+){1,2}$/u.test(description)) return false;
  const tail = parseEnglishMention(description);
  return tail.kind === "person" && !tail.title && tail.name === description;
}
