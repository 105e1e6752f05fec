import type { MentionParse } from "../speakers.ts";
import { lowercase } from "../text/chars.ts";
import { affiliatedSpeaker } from "./affiliation.ts";
import { benchParse } from "./bench.ts";
import { bodyOfBranch } from "./branch-of-body.ts";
import { CHARGED_AFTER_HEAD } from "./charged.ts";
import { epithetParse } from "./epithets.ts";
import { issuedDocumentParse } from "./issued-document.ts";
import { JOINED_INITIAL, joinedInitialParse } from "./joined-initial.ts";
import { withListedBody } from "./listed-body.ts";
import { appositiveParse } from "./mention-appositive.ts";
import {
  DOCUMENT_HEADED,
  GENERIC,
  GENERIC_HEADS,
  headBeforeRelative,
  LOBBY,
  NAMED_MESSAGE,
  nameGivenOnly,
  OPENING_QUANTIFIER,
  PROXY,
  PROXY_HEAD,
  properlyNamedBody,
  RELATIVE_PASSIVE_OPENING,
  withHeadlineArticle,
  withoutTimeTail,
} from "./mention-shapes.ts";
import { nameRunStart } from "./name-run.ts";
import { capital, placesLink, withoutNickname } from "./name-shape.ts";
import { officeOfBodyNameParse } from "./office-of-body-name.ts";
import { bareOffice } from "./offices.ts";
import { BODYS_DOCUMENT, OWNER_OF_NOUN_CUE, ownedBody } from "./owned-bodies.ts";
import { bareWord, honorificGender, TIME_NAMES } from "./person-words.ts";
import {
  isCommonHead,
  lastWord,
  spaceSeparated,
  subjectCase,
  withoutLeadingDeterminer,
} from "./phrase-words.ts";
import { placeUnitTailParse } from "./place-unit-tail.ts";
import { plainNameRun } from "./plain-runs.ts";
import { portfolioListParse } from "./portfolio-and.ts";
import { listedPortfolioParse } from "./portfolio-list.ts";
import { ASKED_AFTER_HEAD, ED_BEFORE_SPACE } from "./reached-by.ts";
import { withSeatsNamed } from "./seats.ts";
import { teamMentionParse } from "./team-leader.ts";
import { nameWithoutStyles, titledParse, titleWordsBeforeName } from "./title-and-name.ts";
import { proxyParse, withoutName } from "./unnamed-mentions.ts";

/** A capitalised office standing alone as a mention: a title, never a family name. */
const SOLE_OFFICE =
  /^(?:Mayor|Premier|President|Governor|Chancellor|Commissioner|Senator|Lyonpo|Administrator)$/;

/** Prepositions linking a common head to the place or body that ends a description ("experts at the X"). */
const LINKS = new Set("in at of from for with on to near along across around outside".split(" "));

const SEEN_BY = /\s+(?:seen|obtained|reviewed|viewed|examined|acquired)\s+by\s/;
/** Splits an English mention into its title words and the name (the capitalised run that ends it). */
/** "the Hon. Alvin Corbin", "Minister of Works, the Honourable X": the article of a style before a name, no body's. */
const THE_HONOURABLE = /(^|,\s+)the\s+(?=(?:Rt\.?\s+)?Hon(?:\.|ourable\b|orable\b|\b))/i;

export function parseEnglishMention(raw: string): MentionParse {
  if (raw.includes("Hon") && THE_HONOURABLE.test(raw))
    return parseEnglishMention(raw.replace(THE_HONOURABLE, "$1"));
  // ("Minister of Mining G.Damdinnyam": a Mongolian name, the father's initial joined to the given name)
  if (raw.includes(".") && JOINED_INITIAL.test(raw)) return joinedInitialParse(raw, parseEnglishMention);
  // ("Hillary Clinton", "House Speaker Paul Ryan": most mentions are such runs, which no shape before the name's)
  // ("Mayor: fares stay frozen": a headline's label that is an office alone, no one's name)
  if (SOLE_OFFICE.test(raw)) return { name: null, title: raw, kind: "person", pronoun: false };
  const officeOfBody = / of the |\s(?:Awang|Dayang|Haji|Hajah|Pengiran|Dato|bin|binti)\s/.test(raw)
    ? officeOfBodyNameParse(raw)
    : null;
  if (officeOfBody) return officeOfBody;
  if (plainNameRun(raw)) return pronounParse(raw) ?? titledNameParse(raw);
  // "Kall -- co-editor of a book --": a dashed appositive reads like a comma one
  // (an en dash too: "Jim Dorsey – who’s called for a full audit –")
  const dashed =
    raw.includes("-") || raw.includes("—") || raw.includes("–")
      ? raw.replace(/\s+(?:--?|—|–)\s+/g, ", ")
      : raw;
  // ("A No 10 spokesperson": the prime minister's office by its house number)
  // ("Senator Ramon "Bong" Ilagan", "Philip 'Brave' Davis": the name without the nickname)
  const quoted = dashed.includes('"') || dashed.includes("“") || / ['‘]/.test(dashed);
  const mention = withSeatsNamed(quoted ? withoutNickname(dashed) : dashed);
  // ("the authority's argument that …": a noun cue's owner, a common noun's possessive, is the body itself)
  // (the possessive's "s" ends the mention: most mentions end otherwise and skip the regex)
  if (mention.endsWith("s") && OWNER_OF_NOUN_CUE.test(mention))
    return parseEnglishMention(mention.slice(0, -2));
  // ("The shire's draft plan says": the body whose document it is, when the owner is a body)
  const document = mention.includes("s ") ? BODYS_DOCUMENT.exec(mention) : null;
  const owner = document ? parseEnglishMention(document[1] as string) : null;
  if (owner && owner.kind === "organisation" && !owner.pronoun) return owner;
  // ("Both said", "Many say", "Others argue": a quantifier opening the sentence, as "All three" or "the two")
  if (OPENING_QUANTIFIER.test(mention)) return parseEnglishMention(mention.toLowerCase());
  // ("The union's Mbeya branch said": the body the branch belongs to)
  const branch =
    mention.endsWith("branch") || mention.endsWith("chapter")
      ? bodyOfBranch(mention, parseEnglishMention)
      : null;
  if (branch) return branch;
  // "a council report seen by Reuters", "documents obtained by The Post": the outlet that saw it is no source
  // ("Residents interviewed on Friday", "Economists surveyed": the people asked)
  // ("A man accused of killing his neighbour": the person, not the one the charge names)
  // ("Another fisherman, who gave his name only as Shawn": the name given is the speaker's)
  const given = nameGivenOnly(mention);
  if (given)
    return {
      ...parseEnglishMention(given.name),
      title: given.description.replace(/^(?:an?|another|one)\s+/i, ""),
    };
  const seenBy =
    SEEN_BY.exec(mention) ??
    (ED_BEFORE_SPACE.test(mention) ? ASKED_AFTER_HEAD.exec(mention) : null) ??
    CHARGED_AFTER_HEAD.exec(mention);
  // ("A banker who was briefed on the sale": the relative pronoun and its auxiliary go with the participle)
  if (seenBy && seenBy.index > 0)
    return parseEnglishMention(mention.slice(0, seenBy.index).replace(RELATIVE_PASSIVE_OPENING, ""));
  // ("MOL statistics", "X at … and his colleagues", "a team led by X", "the authors", "Lands, … and Rural
  // Development Minister Dr X": a title's portfolios)
  const team =
    (mention.includes(",") ? listedPortfolioParse(mention, parseEnglishMention) : null) ??
    (/[a-z]$/.test(mention) ? placeUnitTailParse(mention, parseEnglishMention) : null) ??
    teamMentionParse(mention, parseEnglishMention) ??
    portfolioListParse(mention, parseEnglishMention);
  if (team) return team;
  const head = headBeforeRelative(mention); // ("The man who ran Acme Foods": the man)
  if (head) return parseEnglishMention(head);
  // ("businesses who say …": the mention runs on to the relative pronoun, the name is the noun's)
  if (mention.endsWith(" who")) return parseEnglishMention(mention.slice(0, -4));
  const issued = issuedDocumentParse(mention, parseEnglishMention); // ("The letter, signed by 40 MPs,")
  if (issued) return issued;
  // "The Institute for Fiscal Studies, an independent think tank": the name, then its description
  const comma = mention.indexOf(",");
  const listed = comma > 0 ? withListedBody(mention, parseEnglishMention) : null;
  if (listed) return listed;
  const appositive = comma > 0 ? appositiveParse(mention, comma, parseEnglishMention) : null;
  if (appositive) return appositive;
  // (most mentions have neither parentheses nor commas: skip those passes)
  const unbracketed = mention.includes("(") ? mention.replace(/\s*\([^)]*\)/g, "") : mention;
  // (and the quote marks of a nickname: "the mother of “Jun-Jun,”")
  const clean = (
    unbracketed.includes(",") || unbracketed.includes("”")
      ? unbracketed.replace(/[,“”]+/g, " ").replace(/\s+/g, " ")
      : unbracketed
  ).trim();
  return cleanMentionParse(clean);
}

/**
 * A mention without brackets, commas or nickname quotes: a pronoun, an epithet, a bench, an owned body, a generic
 * body or lobby, a document or message, a proxy, or title words and a name.
 */
function cleanMentionParse(clean: string): MentionParse {
  const pronoun = pronounParse(clean);
  if (pronoun) return pronoun;
  // "the Scot", "the former Celtic midfielder": someone already named
  const epithet =
    clean.startsWith("the ") || clean.startsWith("The ") ? epithetParse(spaceSeparated(clean)) : null;
  if (epithet) return epithet;
  const bench = clean.includes("ench") ? benchParse(clean) : null;
  if (bench) return bench;
  const owned = clean.includes("s ") ? ownedBody(clean) : null;
  if (owned) return owned;
  // (GENERIC needs a head word of its own: most mentions have none and skip it)
  const generic =
    GENERIC_HEADS.has(lowercase(lastWord(clean))) && !properlyNamedBody(clean)
      ? GENERIC.exec(withHeadlineArticle(clean))
      : null;
  const lobby = !generic && LOBBY.test(clean);
  if (generic || lobby) {
    const head = lobby ? "group" : (generic?.groups?.head ?? "").toLowerCase();
    return {
      name: null,
      title: clean.replace(/^(?:the|this|that)\s+/i, ""),
      kind: "organisation",
      pronoun: false,
      generic: head,
      definite: true,
    };
  }
  const document = DOCUMENT_HEADED.exec(clean);
  if (document) return { name: null, title: (document[1] as string).trim(), kind: "unknown", pronoun: false };
  const message = NAMED_MESSAGE.exec(clean);
  if (message)
    return { name: null, title: message[1] as string, kind: "unknown", pronoun: false, document: true };
  const proxy = PROXY_HEAD.test(clean) ? PROXY.exec(clean) : null;
  if (proxy) return proxyParse(clean, proxy, parseEnglishMention);
  return titledNameParse(clean);
}

/** The parse of a personal pronoun ("he", "They"), else null. */
function pronounParse(clean: string): MentionParse | null {
  // (a pronoun has at most four letters, and lowercasing never shortens a string)
  const pronoun = clean.length <= 4 ? subjectCase(clean.toLowerCase()) : null;
  if (!pronoun) return null;
  const parse: MentionParse = { name: null, title: null, kind: "person", pronoun: true };
  if (pronoun === "he") parse.gender = "m";
  else if (pronoun === "she") parse.gender = "f";
  else if (pronoun === "they") parse.plural = true;
  else if (pronoun === "it") parse.neuter = true;
  return parse;
}

/** The mention (`clean`: no comma, bracket or quote mark) read as title words and the name that ends it. */
function titledNameParse(clean: string): MentionParse {
  const words = spaceSeparated(withoutTimeTail(clean));
  // "a poll released Monday" (not "Theresa May": a month after a given name is a family name)
  const untimed = words.length;
  while (
    words.length > 1 &&
    TIME_NAMES.has(words[words.length - 1] as string) &&
    !(capital(words[words.length - 2]) && !TIME_NAMES.has(words[words.length - 2] as string))
  )
    words.pop();
  // ("figures published by the ministry on Thursday": the preposition of the time phrase too)
  if (
    words.length < untimed &&
    words.length > 2 &&
    /^(?:on|last|this|early|late)$/.test(words.at(-1) as string)
  )
    words.pop();
  // the name: the last run of capitalised words ("of" may link them), without honorifics and titles
  const i = nameRunStart(words);
  if (i === words.length && words.length > 0) return withoutName(words, clean);
  const affiliated = affiliatedSpeaker(words, i, parseEnglishMention);
  if (affiliated) return affiliated;
  // "observers in Virginia", "experts at the Brookings Institution", "the mayor of Chicago": a description
  // whose last words name a place or body (or places: "doctors in Gaza and Cairo")
  const link = placesLink(words, i);
  // (not "Minister responsible for Ports Claudette Weekes": an office and its portfolio, then the name)
  if (
    link >= 1 &&
    LINKS.has(words[link] as string) &&
    isCommonHead(words, link - 1) &&
    words[link - 1] !== "responsible"
  )
    return { name: null, title: withoutLeadingDeterminer(words).join(" "), kind: "person", pronoun: false };
  // "The Minority in Parliament", "Labour in Scotland": one capitalised group, then where it sits
  if (
    link >= 0 &&
    words[link] === "in" &&
    withoutLeadingDeterminer(words.slice(0, link)).length === 1 &&
    capital(words[link - 1])
  )
    return parseEnglishMention(words.slice(0, link).join(" "));
  let nameWords = words.slice(i);
  // "The CEO", "its CEO", "MP" in a headline: an office the article names someone to, not a name
  if (bareOffice(words, nameWords)) {
    const office = withoutLeadingDeterminer(words).join(" ");
    const parse: MentionParse = { name: null, title: office, kind: "person", pronoun: false };
    if (office.length < clean.length) parse.definite = true;
    return parse;
  }
  const honorific = honorificGender(bareWord(nameWords[0] ?? ""));
  const titleWords = words.slice(0, i);
  nameWords = titleWordsBeforeName(titleWords, nameWords);
  const styled = nameWithoutStyles(words, titleWords, nameWords);
  if (!Array.isArray(styled)) return styled;
  return titledParse(clean, words, titleWords, styled, honorific);
}
