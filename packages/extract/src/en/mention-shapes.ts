import { EN_WEEKDAY_ALTERNATION } from "../dates.ts";
import { NATIONALITY } from "../generic-bodies.ts";
// The shapes of English mentions that name no person: an unnamed voice of a body ("a spokesperson for the
// company"), a document ("a study by …"), a definite common noun for an institution ("the ministry").
/** A quantifier opening a sentence as its subject: a group, no one's name. */
export const OPENING_QUANTIFIER = /^(?:Both|Many|Some|Others|Several|Few|Most|All)$/;
/** "a spokesperson for the company", "a filing with the SEC": an unnamed voice of a body. */
export const PROXY =
  /^(?:(?:the|a|an|one|another)\s+)?(?:(?<owner>\S+[’']s)\s+)?(?:[a-z-]+\s+){0,2}?(?<head>spokes(?:man|woman|person|people|men|women)|(?:regulatory\s+|securities\s+|stock\s+exchange\s+)?filing|(?:press\s+)?statement|(?:press\s+|news\s+)?release)(?:\s+(?<link>for|of|from|by|at|in|with|to)\s+(?<body>.+?))?$/i;
/** "A Scottish government spokesperson", "a French foreign ministry spokesman": a capitalised word, then the body. */
export const OWN_BODY_ROLE =
  /^(?:(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother)\s+)?(?!(?:The|An?|One|Another)\s)\p{Lu}[\p{L}’'-]*\s+(?:[a-z-]+\s+){1,2}spokes/u;
/** "A company spokesperson", "a ministry spokesman": the kind of body the role names ("the company"), or null. */
export function genericModifier(clean: string): string | null {
  const m = /^(?:(?:the|a|an|one|another)\s+)?([a-z-]+)\s+spokes/i.exec(clean);
  const body = m ? `the ${(m[1] as string).toLowerCase()}` : null;
  return body && GENERIC.test(body) ? body : null;
}
/**
 * "a study by Melbourne researchers published today in the journal Lancet Healthy Ageing": a study or
 * report described by who made it or where it appeared is the speaker, not the journal named last.
 */
export const DOCUMENT_HEADED =
  /^(?:(?:the|a|an|this|that|one|another)\s+)?((?:[a-z-]+\s+){0,2}?(?:study|studies|report|analysis|paper|review|audit))\s+(?:by|from|published|released|conducted|carried|commissioned|issued|led|in|of)\s/i;
/**
 * "a Donald Trump tweet", "A Tom Hale campaign ad": a message a named person or body put out, which speaks (its
 * words are the claim) but is no one a later "he" or "she" stands for.
 */
export const NAMED_MESSAGE =
  /^(?:(?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hat|[Aa]nother)\s+)?((?!(?:The|A|An|This|That|Another)\s)(?:\p{Lu}[\p{L}.’'-]*\s+){1,4}(?:[a-z-]+\s+)?(?:tweets?|ads?|adverts?|advertisements?|videos?|posts?|memos?|letters?|statements?|commercials?|spots?))$/u;
/** The heads of GENERIC: a phrase matches only when its last word, lowercased, is one of them. */
export const GENERIC_HEADS = new Set(
  "company firm group shire carmaker automaker chipmaker drugmaker miner bank airline carrier retailer operator insurer lender manufacturer developer startup start-up utility ministry department agency army military police gardaí gardai troopers union council committee commission court tribunal panel regulator party campaign administration embassy delegation mission authority organisation organization charity network alliance coalition trust fund institute service navy government district club port museum gallery library hospital university society board foundation corporation bureau".split(
    " ",
  ),
);
/** A definite common noun for an institution: "the ministry", "the company", "police", "the farmers' union". */
export const GENERIC = new RegExp(
  `^(?:(?:the|this|that)\\s+(?:[a-z-]+(?:['’]s|s['’])?\\s+){0,3})?(?<head>${[...GENERIC_HEADS].join("|")})$`,
  "i",
);
/**
 * "Danish carrier says …": a headline drops the article before a nationality; the phrase with it, for GENERIC
 * (only before lowercase words: "Victorian Electoral Commission" is a name).
 */
export const withHeadlineArticle = (clean: string): string =>
  NATIONALITY.test(clean.split(" ", 1)[0] as string) && /^\S+(?:\s+[a-z-]+)+$/.test(clean)
    ? `the ${clean}`
    : clean;
/** PROXY matches only a phrase that holds one of these. */
export const PROXY_HEAD = /spokes|filing|statement|release/i;
/**
 * "the Kenya Private Sector Alliance", "the Labour Party": a capitalised head after capitalised words is a
 * body's own name, not "the alliance" or "the party" (which would fall back to the body quoted before).
 */
export const properlyNamedBody = (clean: string): boolean =>
  /^(?:[Tt]he\s+)?(?!The\s)(?:\p{Lu}[\p{L}’'-]*\s+){1,4}(?:Alliance|Coalition|Trust|Fund|Institute|Party|Union|Network|Charity|Society|Foundation|Organi[sz]ation)$/u.test(
    clean,
  );
/** "the lobby", "the trade association": an interest group; it resolves like "the group" (a body that spoke). */
// (lowercase modifiers only: "the Moorland Association" is a body's own name, not "the association")
export const LOBBY =
  /^(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:(?:[a-z-]+(?:['’]s|s['’])?\s+){0,2}(?:lobby|lobby group|association|federation)|Association|Federation|Lobby)$/;
/** "A Health Ministry official", "two State Department officials", "a Ministry for Primary Industries spokeswoman" (too
 * long a body for PROXY): a person of the body the capitals name. */
export const MEMBER_OF_NAMED_BODY =
  /\S\s+\p{Lu}[\p{L}-]*\s+(?:senior\s+|junior\s+)?(?:officials?|sources?|aides?|diplomats?|staffers?|employees?|officers?|negotiators?|insiders?|spokes(?:man|woman|person|men|women|people))$/u;
/** "A banker who was [briefed on …]": the relative pronoun and auxiliary before a describing participle. */
export const RELATIVE_PASSIVE_OPENING =
  /\s+(?:who|that)(?:\s+(?:was|were|is|are|had|has|have)(?:\s+been)?)?$/i;
/** "Sheriff's Office", "Attorney General's Office", "Children's Hospital": a possessive inside a body's name. */
export const OFFICE_POSSESSIVE =
  /^(?:Sheriff|General|Attorney|Governor|Mayor|Minister|Commissioner|Comptroller|Controller|Auditor|Treasurer|Coroner|Marshal|Prosecutor|Inspector|Chancellor|President|Children|People|Women|Men|Workers|Veterans|Teachers|Nurses|Farmers|Citizens|Consumers|Taxpayers|Employers)[’']s$|^(?:Workers|Veterans|Teachers|Nurses|Farmers|Citizens|Consumers|Taxpayers|Employers)[’']$/;
/** A body's possessive, then lowercase words to the end: a role in it ("the agency's chief executive"). */
export const OWNED_ROLE = /[’']s(?:\s+\p{Lu}[\p{L}-]*)?(?:\s+[a-z][\w-]*)+$/u;
export const DISCOURSE_ADVERB =
  /^(?:however|meanwhile|too|also|though|in turn|instead|nonetheless|nevertheless|still|for (?:his|her|its|their) part)$/i;
/**
 * "police on Monday", "a statement from the Commission released on Monday night": when the source was
 * heard or came out is not part of its name (the date rules read these words from the sentence).
 */
const TIME_TAIL = new RegExp(
  `(?:\\s+(?:released|published|issued|filed|posted|sent|dated|distributed|circulated|made\\s+public)(?:\\s+online)?)?(?:\\s+(?:(?:on|late|early)\\s+)?(?:${EN_WEEKDAY_ALTERNATION})(?:\\s+(?:morning|afternoon|evening|night))?|\\s+(?:earlier\\s+)?(?:last|this)\\s+(?:week|month)|\\s+(?:yesterday|today|overnight))$`,
);
const TIME_TAIL_ENDS = ["day", "morning", "afternoon", "evening", "night", "week", "month", "overnight"];
/** The mention without a trailing time phrase (and the participle it dates), if words remain before it. */
export function withoutTimeTail(clean: string): string {
  // (every time phrase ends in a weekday, "morning", "afternoon", "evening", "night", "week", "month", "yesterday",
  // "today" or "overnight": most mentions end otherwise and skip the regex)
  if (!TIME_TAIL_ENDS.some((end) => clean.endsWith(end))) return clean;
  const m = TIME_TAIL.exec(clean);
  return m && m.index > 0 && /\S\s+\S|\p{L}{3}/u.test(clean.slice(0, m.index))
    ? clean.slice(0, m.index)
    : clean;
}

/**
 * "who ran …", "that owns …", "which oversees …", "whose son …": a relative clause with its own lowercase verb
 * (not "who was briefed") or a "whose" clause.
 */
const RELATIVE_OBJECT =
  /\s+(?:(?:who|that|which)\s+(?!(?:was|were|is|are|had|has|have|asked|spoke|declined|requested)\b)|whose\s+)[a-z]+\s/;
/**
 * "The man who ran Acme Foods", "the former head of the firm that built the bridge": the unnamed head of a
 * restrictive clause (a name inside the clause is the verb's object, not the speaker); null otherwise.
 */
export function headBeforeRelative(mention: string): string | null {
  if (!/ (?:who|that|which|whose) /.test(mention)) return null;
  const relative = RELATIVE_OBJECT.exec(mention);
  if (!relative || relative.index === 0) return null;
  // ("a survey by the Department of Hydrology whose findings …": a "whose" clause describes the name before it)
  const whose = /^\s+whose\s/.test(relative[0]);
  if (!whose && /\p{Lu}/u.test(mention.slice(1, relative.index))) return null;
  // ("the device that caused the blast, O'Neill": a name after the comma is the speaker)
  if (mention.includes(",", relative.index)) return null;
  return mention.slice(0, relative.index);
}

/**
 * "Another fisherman, who gave his name only as Shawn", "a nurse who gave only her first name, Grace", "a
 * driver identified only as Musa": a source known by the one name the writer was given — the description
 * before it and that name, or null.
 */
const NAME_GIVEN_ONLY =
  /^(.+?),?\s+(?:who\s+(?:gave|would\s+give|asked\s+to\s+be\s+identified\s+by)\s+(?:only\s+)?(?:his|her|their)\s+(?:first\s+|given\s+|last\s+)?name(?:\s+only)?(?:\s+as\s+|\s*,\s*)|(?:identified|known)\s+only\s+(?:as|by\s+(?:his|her)\s+(?:first\s+|given\s+)?name,?)\s+)(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?),?$/u;
export function nameGivenOnly(mention: string): { description: string; name: string } | null {
  const m = mention.includes(" only ") || mention.includes(" name") ? NAME_GIVEN_ONLY.exec(mention) : null;
  return m ? { description: m[1] as string, name: m[2] as string } : null;
}
