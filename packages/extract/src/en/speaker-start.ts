import { startsUppercase } from "../text/chars.ts";
import { lowerOf as lower, type Token } from "../text/tokens.ts";
import { NP_WORDS, PRONOUNS, SUBJECT_STOPS, VERB_FORMS } from "./lexicon.ts";
import { particleName } from "./name-shape.ts";
import { NAME_PARTICLES, ORG_WORDS } from "./person-words.ts";
import type { SourceSpan } from "./source.ts";

export const DETERMINERS = new Set([
  "the",
  "a",
  "an",
  "his",
  "her",
  "their",
  "its",
  "our",
  "my",
  "this",
  "that",
  "one",
  "another",
  "each",
]);
export const isCapWord = (t: Token | undefined): boolean =>
  !!t && t.word && (startsUppercase(t.text) || particleName(t.text));
/**
 * Whether toks[k] (nearest first) is a particle inside a name: a capitalised word follows it and a
 * capitalised word or another particle precedes it ("Jan de Wet", "Piet van der Merwe").
 */
export const particle = (u: Token | undefined): boolean => !!u?.word && NAME_PARTICLES.has(u.text);
export function nameParticleAt(toks: Token[], k: number): boolean {
  const t = toks[k];
  if (!t?.word || !NAME_PARTICLES.has(t.text)) return false;
  const next = toks[k - 1];
  const prev = toks[k + 1];
  return (
    (isCapWord(next) || (particle(next) && isCapWord(toks[k - 2]))) &&
    (isCapWord(prev) || (particle(prev) && isCapWord(toks[k + 2])) || styleStopBefore(toks, k + 1))
  );
}

/** "Dr. wa Kapembwa", "Mr. de Souza": toks[k] (nearest first) is the full stop of a style before a particle. */
const styleStopBefore = (toks: Token[], k: number): boolean =>
  toks[k]?.text === "." &&
  toks[k + 1]?.end === toks[k]?.start &&
  STYLE_ABBREVIATIONS.has(toks[k + 1]?.text ?? "");
const STYLE_ABBREVIATIONS = new Set([
  "Dr",
  "Mr",
  "Mrs",
  "Ms",
  "Prof",
  "Hon",
  "Rev",
  "Sen",
  "Rep",
  "Gov",
  "Gen",
  "Col",
  "Capt",
]);

/** "Two diplomats", "a senior official": up to four words back to a determiner or number, nearest first. */
export function plainNounPhrase(toks: Token[], from: number): SourceSpan | null {
  let start = -1;
  for (let j = from; j < Math.min(toks.length, from + 4); j++) {
    const t = toks[j] as Token;
    const w = lower(t);
    if (!t.word || SUBJECT_STOPS.has(w) || PRONOUNS.has(w) || VERB_FORMS.has(w) || BE_FORMS.has(w)) break;
    start = t.start;
    if (DETERMINERS.has(w) || NUMBER_WORDS.has(w) || /^\d/.test(w) || /[’']s$/.test(t.text)) break;
  }
  const end = toks[from]?.end;
  return start >= 0 && end !== undefined ? { start, end, pronoun: false } : null;
}
const NUMBER_WORDS = new Set(
  "two three four five six seven eight nine ten several some many few both all".split(" "),
);

/**
 * "the farmers' union", "The chemical industry's lobby group" (nearest first, toks[from] just before the
 * head read): a common noun's possessive owns the head; the index of the determiner that opens its phrase
 * (after at most two lowercase modifiers each side of the possessive), or -1.
 */
export function possessiveOwnerStart(toks: Token[], from: number): number {
  let owned = false;
  for (let j = from, words = 0; j < from + 6 && words < 5; j++, words++) {
    const t = toks[j];
    if (!t) return -1;
    if (!owned && !t.word && /^[’']$/.test(t.text) && /^[a-z]+s$/.test(toks[j + 1]?.text ?? "")) {
      owned = true;
      j++;
      continue;
    }
    if (!t.word) return -1;
    if (!owned && /^[a-z][a-z-]*[’']s$/.test(t.text)) {
      owned = true;
      continue;
    }
    if (DETERMINERS.has(lower(t))) return owned ? j : -1;
    if (!/^[a-z][a-z-]*$/.test(t.text) || SUBJECT_STOPS.has(t.text) || PRONOUNS.has(t.text)) return -1;
    if (VERB_FORMS.has(t.text) || BE_FORMS.has(t.text)) return -1;
  }
  return -1;
}

/**
 * The index of a determiner after one or two lowercase noun modifiers from toks[from] on, or -1; a place or
 * nation may come first ("the Brazilian foreign ministry", "the Lisbon city council", "the Hamas-run health
 * ministry"), and then the phrase may also open the clause without a determiner ("…, Lisbon city council
 * said": the index of the place's first word).
 */
export function determinerAfterModifiers(toks: Token[], from: number): number {
  let places = 0;
  for (let j = from; j < from + 3 + places; j++) {
    const t = toks[j];
    if (!t?.word) return places > 0 && (!t || /^[,;:“”"—–-]$/.test(t.text)) ? j - 1 : -1;
    // "the health ministry", "Russia's defence ministry"
    if (DETERMINERS.has(lower(t)) || /^\p{Lu}\S*[’']s$/u.test(t.text)) return j > from ? j : -1;
    // (also "the Hamas-run health ministry", "the Britain-based war monitor", "the KNBS statistics bureau")
    if (
      places < 2 &&
      /^\p{Lu}(?:\p{Ll}+|\p{Lu}{1,5})(?:-[a-z]+)?$/u.test(t.text) &&
      !SUBJECT_STOPS.has(lower(t))
    ) {
      places++;
      continue;
    }
    if (places > 0 || !/^[a-z][a-z-]*$/.test(t.text)) return -1;
    if (SUBJECT_STOPS.has(t.text) || PRONOUNS.has(t.text) || BE_FORMS.has(t.text)) return -1;
    // ("the ruling coalition": an -ing form right after the determiner is the head's adjective, not a verb)
    const before = toks[j + 1];
    if (VERB_FORMS.has(t.text) && !(t.text.endsWith("ing") && before?.word && DETERMINERS.has(lower(before))))
      return -1;
  }
  return -1;
}
/** The index of a capitalised word after one or two lowercase modifiers from toks[from] on ("Rights regional"), or -1. */
export function nameBeforeModifiers(toks: Token[], from: number): number {
  for (let j = from; j < from + 3; j++) {
    const t = toks[j];
    if (!t?.word) return -1;
    if (j > from && isCapWord(t) && !SUBJECT_STOPS.has(lower(t))) return j;
    if (!/^[a-z][a-z-]*$/.test(t.text) || DETERMINERS.has(t.text) || SUBJECT_STOPS.has(t.text)) return -1;
    if (PRONOUNS.has(t.text) || VERB_FORMS.has(t.text) || BE_FORMS.has(t.text) || NP_WORDS.has(t.text))
      return -1;
  }
  return -1;
}
const BE_FORMS = new Set([
  "is",
  "are",
  "was",
  "were",
  "be",
  "been",
  "has",
  "have",
  "had",
  "will",
  "would",
  "to",
  "not",
]);

export const FINITE_SPEECH = new Set(
  "said says told tells added adds wrote writes announced reported".split(" "),
);
/** Lowercase words before a capitalised title and its name ("state Sen. X", "former Gov. X", "acting Chief X"). */
const NICKNAME_MARKS = new Set(["“", "”", "‘", "’", '"']);
const NAME_TITLE_MODIFIERS = /^(?:state|federal|county|city|former|acting|interim|retired)$/;
/**
 * "Chattr's head of trust and safety, Megan Albright, wrote": a capitalised name between the commas after a
 * description whose last word is no speaker noun. The phrase runs from the description's determiner or
 * possessive (else from the name) to `stop`. toks are nearest first; toks[close] is the comma before the name.
 */
export function describedName(toks: Token[], close: number, stop: number): SourceSpan | null {
  // "Chief Ada Eze (SAN),": a post-nominal in brackets after the name
  const bracket = toks[1]?.text === ")" && toks[3]?.text === "(" && isCapWord(toks[2]) ? 3 : 0;
  // ("One patient, 67-year-old John Barnes,": the age before the name)
  const aged = /^\d{1,3}-year-old$/.test(toks[close - 1]?.text ?? "");
  const name = toks.slice(1 + bracket, aged ? close - 1 : close);
  // ("Mariama “Yaya” Bojang": a quoted nickname's marks inside the name)
  const marks = name.filter((t) => NICKNAME_MARKS.has(t.text)).length;
  if (
    (name.length < 2 && !(name.length === 1 && givenNameAfterRelative(toks, close))) ||
    name.length - marks > 5 ||
    !name.every(
      (t, m) =>
        isCapWord(t) ||
        t.text === "." ||
        (marks === 2 && NICKNAME_MARKS.has(t.text)) ||
        nameParticleAt(toks, m + 1 + bracket) ||
        // ("The contractor, China Road and Bridge Corporation,": "and" inside a body's name)
        (t.text === "and" && m > 0 && m < name.length - 1 && ORG_WORDS.test((name[0] as Token).text)) ||
        // ("The bill's sponsor, state Sen. Mary Cole,": a lowercase word before the title opens it)
        (m === name.length - 1 && m > 1 && NAME_TITLE_MODIFIERS.test(t.text)),
    )
  )
    return null;
  let start = (toks[close - 1] as Token).start;
  for (let j = close + 1; j < Math.min(toks.length, close + 9); j++) {
    const t = toks[j] as Token;
    if (!t.word || (SUBJECT_STOPS.has(lower(t)) && !/^(?:of|and|for)$/.test(lower(t)))) break;
    if (DETERMINERS.has(lower(t)) || /^\p{Lu}.*[’']s$/u.test(t.text)) {
      // ("The executive director in the health ministry, Jane Roe,": the role the body's phrase belongs to)
      const role = roleBeforeLink(toks, j + 1);
      start = (toks[role > 0 ? role : j] as Token).start;
      break;
    }
  }
  return { start, end: stop, pronoun: false };
}

/** Role nouns besides person nouns by their ending (PERSON_ENDING): "head of …", "chief of …". */
const ROLE_NOUNS =
  /^(?:head|chief|secretary|representative|envoy|deputy|boss|executive|president|chair|chairperson|spokesperson|attach[eé])$/;
/**
 * "Napwu's regional coordinator in Kavango East, X,", "The executive director in the health ministry, X,":
 * toks[p] (nearest first) is the preposition tying a role to its place or body; the index of the role
 * phrase's determiner or possessive owner (lowercase modifiers between), or -1.
 */
function roleBeforeLink(toks: Token[], p: number): number {
  const link = toks[p];
  const role = toks[p + 1];
  if (!link?.word || !/^(?:in|at|of|for|with)$/.test(link.text) || !role?.word) return -1;
  if (!ROLE_NOUNS.test(role.text) && (!PERSON_ENDING.test(role.text) || NOT_PERSON.test(role.text)))
    return -1;
  for (let j = p + 2; j <= p + 4; j++) {
    const t = toks[j];
    if (!t?.word) return -1;
    if (DETERMINERS.has(lower(t)) || /^\p{Lu}.*[’']s$/u.test(t.text)) return j;
    // ("The union's regional organiser in …": a common noun's possessive, then its determiner)
    if (/^[a-z]+['’]s$/.test(t.text)) continue;
    if (!PLAIN_WORD.test(t.text) || SUBJECT_STOPS.has(lower(t)) || VERB_FORMS.has(lower(t))) return -1;
  }
  return -1;
}

/**
 * "Economist Wanjiru Kamau of the Nairobi-based Institute for Public Finance Policy said": a walk that ran
 * out of words inside a capitalised run ends where the run does, not at "Kamau".
 */
export function restOfCapitalisedRun(toks: Token[], i: number, start: number): number {
  let j = i;
  while (j < i + 4 && isCapWord(toks[j]) && !SUBJECT_STOPS.has(lower(toks[j] as Token))) j++;
  return j > i ? (toks[j - 1] as Token).start : start;
}

/**
 * "The chairperson of the Finance and Planning Committee, Hon. Kimani Mwangi, told": a role of a named body
 * before a name between commas. toks are nearest first, toks[nameEnd] the body's last word; the index of the
 * role's determiner, or -1.
 */
export function roleOfBodyStart(toks: Token[], nameEnd: number): number {
  for (let j = nameEnd; j < Math.min(toks.length - 2, nameEnd + 10); j++) {
    const t = toks[j] as Token;
    if (t.word && (isCapWord(t) || /^(?:and|for|the)$/.test(t.text))) continue;
    if (!t.word) return -1;
    // ("Napwu's regional coordinator in Kavango East, X,": a role placed by "in", "at", "for", "with")
    if (t.text !== "of") return /^(?:in|at|for|with)$/.test(t.text) ? roleBeforeLink(toks, j) : -1;
    const role = toks[j + 1] as Token;
    const det = toks[j + 2] as Token;
    return role.word && /^[a-z]+$/.test(role.text) && det.word && DETERMINERS.has(lower(det)) ? j + 2 : -1;
  }
  return -1;
}

const MADE_PARTICIPLES = /^(?:carried|conducted|released|published|commissioned|issued|compiled)$/;
const PARENTHETICAL_OPENERS =
  /^(?:in|at|on|during|after|before|speaking|writing|responding|replying|addressing|through|via)$/;
/**
 * The comma (index in nearest-first toks) that opens a parenthetical of circumstances ending at toks[0]
 * («, in a statement signed by its president, Joe Ajaero,»), or -1.
 */
export function parentheticalStart(toks: Token[]): number {
  for (let j = 2; j < Math.min(toks.length, 30); j++) {
    const t = toks[j] as Token;
    if (t.word && FINITE_SPEECH.has(t.text)) return -1;
    if (!t.word && /^[.;:!?“”"]$/.test(t.text)) return -1;
    const opener = toks[j - 1]?.text ?? "";
    // (also "The survey of 1,700 adults, carried out on Sunday, found": a participle of how it was made)
    if (t.text === "," && (PARENTHETICAL_OPENERS.test(opener) || MADE_PARTICIPLES.test(opener))) return j;
  }
  return -1;
}

/** Prepositions of place ("in Yaba, Lagos"). */
const PLACE_PREPOSITIONS = /^(?:in|at|from|near|outside|inside)$/;
/** What opens a sentence with a phrase of circumstances ("Speaking at …", "At a briefing in …"). */
const OPENING_ADJUNCT = /^(?:Speaking|Addressing|Writing|Responding|In|At|During|After|Before|On)$/;
/**
 * "Speaking in Yaba, Lagos, on Monday, the head …, X, said": the name at `start` (in nearest-first toks, which
 * run back to the sentence's start) ends the opening phrase's place ("in Yaba, Lagos") — no subject.
 */
export function placeAfterPreposition(toks: Token[], start: number): boolean {
  if (!OPENING_ADJUNCT.test(toks[toks.length - 1]?.text ?? "")) return false;
  let k = toks.findIndex((t) => t.start === start) + 1;
  if (k <= 0) return false;
  // ("Yaba, Lagos": a town, then its city or state)
  while (toks[k]?.text === "," && isCapWord(toks[k + 1])) k += 2;
  const t = toks[k];
  return !!t?.word && PLACE_PREPOSITIONS.test(t.text);
}

/** Person nouns by their ending ("driver", "caretaker", "florist", "technician", "attendant", "fireman"). */
const PERSON_ENDING = /^[a-z]{2,}(?:er|or|ist|ian|ant|ent|man|woman|eur)$/;
/** Words with those endings that name no person ("the water", "a number", "the summer"). */
const NOT_PERSON =
  /^(?:water|number|matter|quarter|summer|winter|order|power|center|centre|paper|letter|border|corner|chapter|member|meter|filter|poster|banner|cover|layer|tower|error|sector|factor|floor|door|mirror|interior|exterior|event|moment|comment|statement|document|agreement|government|department|parliament|plan|man|woman)$/;
const PLAIN_WORD = /^[a-z][a-z-]*$/;
/**
 * "The bus driver said", "a hospital porter told", "the school caretaker said": a determiner, one or two
 * lowercase noun modifiers and a person noun the lexicon does not list (toks nearest first, toks[i] the
 * head, nothing read yet); the index of the determiner, or -1.
 */
export function modifiedPersonStart(toks: Token[], i: number): number {
  const head = toks[i];
  if (!head?.word || !PERSON_ENDING.test(head.text) || NOT_PERSON.test(head.text)) return -1;
  for (let j = i + 1; j <= i + 3; j++) {
    const t = toks[j];
    if (!t?.word) return -1;
    const w = lower(t);
    if (DETERMINERS.has(w)) return j > i + 1 ? j : -1;
    if (!PLAIN_WORD.test(t.text) || j === i + 3) return -1;
    if (SUBJECT_STOPS.has(w) || PRONOUNS.has(w) || VERB_FORMS.has(w) || BE_FORMS.has(w)) return -1;
  }
  return -1;
}

/**
 * «“…,” Umno supreme council member Datuk Azlan Musa said» (nearest first, toks[from] the first word before the
 * name's role): up to four modifiers back to the closing quote mark; the index of the farthest one, or -1.
 */
export function modifiersAfterQuote(toks: Token[], from: number): number {
  for (let j = from; j < from + 4; j++) {
    const t = toks[j];
    if (!t?.word) return -1;
    const w = lower(t);
    if (!/^[a-z][a-z-]*$/.test(t.text) && !isCapWord(t)) return -1;
    if (SUBJECT_STOPS.has(w) || PRONOUNS.has(w) || VERB_FORMS.has(w) || BE_FORMS.has(w) || DETERMINERS.has(w))
      return -1;
    const mark = toks[j + 1];
    if (mark && !mark.word && /[”"’]/.test(mark.text)) return j;
  }
  return -1;
}

/** Relatives and close associates news names by a given name alone ("His wife, Anita, said"). */
const RELATIVE_NOUN =
  /^(?:father|mother|wife|husband|son|daughter|brother|sister|uncle|aunt|cousin|grandmother|grandfather|nephew|niece|partner|fiancée?|friend|neighbou?r|colleague|classmate|landlord|landlady)$/;
/**
 * "The boy's father, Ramesh,", "His wife, Anita,": one capitalised word between the commas after a relative
 * noun with its possessive (toks nearest first, toks[close] the comma before the name).
 */
function givenNameAfterRelative(toks: Token[], close: number): boolean {
  const noun = toks[close + 1];
  const owner = toks[close + 2];
  return (
    isCapWord(toks[1]) &&
    !!noun?.word &&
    RELATIVE_NOUN.test(noun.text) &&
    !!owner?.word &&
    (/^(?:his|her|their|the|a)$/i.test(owner.text) ||
      /^\p{L}+[’']s$/u.test(owner.text) ||
      owner.text === "'s")
  );
}
