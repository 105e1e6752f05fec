/** English reporting verbs in a sentence: which words are verbs here (whether they fit their subject: agreement.ts). */

import type { ArticleView } from "../draft.ts";
import { startsUppercase } from "../text/chars.ts";
import type { Sentence } from "../text/segment.ts";
import { lowerOf, type Token } from "../text/tokens.ts";
import { AS_VERBS, asAfterObject } from "./as-verbs.ts";
import { contractedBe } from "./contracted.ts";
import { callReports } from "./day-before-particle.ts";
import { madeFollowing } from "./following-statement.ts";
import { AUX, CLAUSE_ONLY_VERBS, PASSIVE_ONLY, PASSIVE_REPORTS, VERB_FORMS } from "./lexicon.ts";
import {
  nationalNounBeforeVerb,
  nounBeforeAuxiliary,
  nounOfGovernedName,
  possessedNameBefore,
} from "./national-noun.ts";
import { raisedVerbStart, raisesReport, withOpening } from "./raised-verb.ts";
import { contactRelative } from "./relative-subject.ts";
import {
  compoundIng,
  convenesEvent,
  countedParticiple,
  formerAsSubject,
  gappedRelativeVerb,
  hearersTold,
  nounBeforeSaying,
  pluralAfterCompoundModifier,
  pluralBeforeModal,
  reportedFromPlace,
  thatSoon,
} from "./token-shapes.ts";
import { upToAmount } from "./up-to-amount.ts";

const BE = new Set(["is", "are", "was", "were", "be", "been", "being", "am"]);
const NOT_BEFORE_VERB = new Set(
  "to a an the this that these those his her their its our my your some many most any no every each all several few other new former same for of by about without after before with from in on at having".split(
    " ",
  ),
);
export const BASE_FORM_SUBJECTS = new Set(["i", "we", "you", "they"]);
export const COLLECTIVES = new Set([
  "police",
  "people",
  "staff",
  "media",
  "clergy",
  "military",
  "public",
  "majority",
  "minority",
]);
const CALL_OBJECTS = new Set("it him her them the a an this that his their for on upon".split(" "));
export const ADJUNCT_START = new Set(
  "on in at during after before via from to last this earlier late early while when over through with by".split(
    " ",
  ),
);
export const OBJECT_PRONOUNS = new Set(
  "him her them us me you reporters lawmakers supporters voters listeners viewers journalists attendees students analysts investors shareholders delegates colleagues senators mps donors".split(
    " ",
  ),
);
export const PARTICLE_VERBS = new Set(["call", "point", "serve"]);
export const CLAUSE_OPENERS = /^[“"«‘']/;
export const lower = lowerOf;

export interface VerbHit {
  index: number;
  form: string;
  base: string;
  participle: boolean;
  passive?: boolean;
  /** The cue's first word when words before the verb belong to it ("appeared to suggest", "made it clear"). */
  start?: number;
}

// ("warn" is no noun: "union warns paramedics are …" is always the verb)
export const NOUN_LIKE = new Set(
  "attack claim state report note charge call demand question answer comment counter fear hope worry support welcome estimate promise pledge vow concern suspect".split(
    " ",
  ),
);
const OBJECT_OPENERS = new Set(
  "that the a an he she it they his her their its this these those we i you him them".split(" "),
);
const opensObject = (t: Token | undefined): boolean =>
  !!t && (t.word ? OBJECT_OPENERS.has(lower(t)) || startsUppercase(t.text) : /[“"«:‘']/.test(t.text));

const isLowerAsciiStart = (s: string): boolean => {
  const c = s.charCodeAt(0);
  return c >= 97 && c <= 122;
};
/** "has", "also", "sharply" between the speaker and the verb (lowercase: "Theresa May said" is a name). */
export const isAuxiliary = (t: Token): boolean =>
  isLowerAsciiStart(t.text) &&
  (AUX.has(t.text) || (t.text.length > 4 && t.text.endsWith("ly") && !NOT_ADVERBS.has(t.text)));
const NOT_ADVERBS = new Set([
  "family",
  "ally",
  "rally",
  "italy",
  "only",
  "early",
  "july",
  "daily",
  "weekly",
  "reply",
]);

/** A form of "be" right before the verb, adverbs aside: a passive, not a report. */
const PASSIVE_ADVERBS = new Set([
  "first",
  "originally",
  "initially",
  "widely",
  "previously",
  "formally",
  "officially",
]);

/** Negation and frequency words a passive may hold: "was never told", "were not warned", "was also asked". */
const PASSIVE_NEGATION = new Set(["never", "not", "also", "still", "even", "ever", "once", "often"]);

function passive(toks: Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    const t = toks[k] as Token;
    if (!t.word) return false;
    if (BE.has(lower(t)) || contractedBe(t)) return true;
    // "were first announced", "was originally reported": an adverb inside the passive
    if (PASSIVE_ADVERBS.has(lower(t)) || PASSIVE_NEGATION.has(lower(t))) continue;
    if (!isAuxiliary(t) || AUX.has(lower(t))) return false;
  }
  return false;
}

const quoteSoon = (toks: Token[], i: number): boolean =>
  toks.slice(i + 1, i + 10).some((t) => /^[“"«‘]$/.test(t.text));

/** A title-case headline ("Lindsey Graham Says …"): capitalised verbs are verbs there. */
export function isHeadline(view: ArticleView, si: number, toks: Token[]): boolean {
  if (si !== 0 || (view.sentences[0] as Sentence).para !== 0) return false;
  const words = toks.filter((t) => t.word && /^[A-Za-z]/.test(t.text));
  const capitalised = words.filter((t) => /^[A-Z]/.test(t.text)).length;
  return words.length >= 3 && capitalised / words.length >= 0.6;
}

/** Speech participles that report after a preposition: "criticised for saying", "began by arguing". */
const SPEECH_PARTICIPLES = new Set([
  "say",
  "claim",
  "argue",
  "insist",
  "suggest",
  "tell",
  "warn",
  "declare",
  "assert",
  "announce",
  "chant",
  "shout",
  "yell",
]);
const PARTICIPLE_PREPOSITIONS = new Set(["by", "for", "after", "before"]);
/** "marched while chanting, “…”": a voice verb (which reports only a quotation or a that-clause) after "while". */
const VOICE_PARTICIPLES = new Set(["chant", "shout", "yell"]);
export const sayingAfterPreposition = (info: { base: string; participle: boolean }, prev: Token): boolean =>
  info.participle &&
  SPEECH_PARTICIPLES.has(info.base) &&
  (PARTICIPLE_PREPOSITIONS.has(lower(prev)) || (VOICE_PARTICIPLES.has(info.base) && lower(prev) === "while"));

const DETERMINER_LIKE = new Set("a an the this that these those his her their its our my your".split(" "));
const DOCUMENT_NOUNS =
  /^(?:statements?|letters?|notes?|messages?|posts?|notices?|memos?|releases?|emails?|tweets?|signs?|captions?|placards?|banners?|texts?|post|articles?|reports?|headlines?|ads?|advertisements?|petitions?|submissions?|inscriptions?|plaques?|editorials?|columns?|complaints?|filings?|lawsuits?|indictments?|affidavits?|motions?|resolutions?|verdicts?|rulings?|judg(?:e)?ments?|orders?|citations?|transcripts?|cards?|flyers?|leaflets?|posters?|billboards?|slogans?|labels?|warnings?|announcements?|communiqu[ée]s?|invitations?|summons|subpoenas?|warrants?|documents?|drafts?|pages?|websites?)$/i;
const PRESS_NOUNS =
  /^(?:secretar(?:y|ies)|officers?|office|aides?|conferences?|releases?|briefings?|corps|freedom|pool|gallery|team|statements?|availability|event)$/i;
const RESULTS_OBJECT =
  /^(?:(?:its|their|quarterly|annual|interim|full-year|(?:first|second|third|fourth)-quarter)\s+)?(?:results|earnings)\b/i;

/** Modifiers of a post or tweet as a noun ("a blog post", "his latest tweet"). */
const POST_MODIFIER =
  /^(?:\p{Lu}.*|blog|social|online|media|recent|latest|new|separate|earlier|later|original|lengthy|long|short)$/u;
const postNoun = (toks: Token[], i: number, w: string): boolean =>
  /^(?:post|posts|tweet|tweets)$/.test(w) &&
  !!toks[i - 1]?.word &&
  POST_MODIFIER.test((toks[i - 1] as Token).text) &&
  !!toks[i - 2]?.word &&
  DETERMINER_LIKE.has(lower(toks[i - 2] as Token));

export function verbHits(toks: Token[], candidates: number[], headline: boolean): VerbHit[] {
  const hits: VerbHit[] = [];
  // tokens and candidates are both in text order: walk them together
  let ci = 0;
  for (let i = 0; i < toks.length && ci < candidates.length; i++) {
    const t = toks[i] as Token;
    while (ci < candidates.length && (candidates[ci] as number) < t.start) ci++;
    if (!t.word || candidates[ci] !== t.start) continue;
    if (!headline && startsUppercase(t.text) && i > 0) continue; // "the United States", "State of the Union"
    const w = lower(t);
    const info =
      madeFollowing(toks, i, w) ??
      VERB_FORMS.get(w) ??
      // "“…,” the statement read.", "the letter reads: …": a document's words
      ((w === "read" || w === "reads") &&
      DOCUMENT_NOUNS.test(toks[i - 1]?.text ?? "") &&
      /^[.,:;]$/.test(toks[i + 1]?.text ?? ".")
        ? { base: "read", participle: false }
        : undefined) ??
      (/^point(?:s|ed|ing)?$/.test(w) && (toks[i + 1]?.text === "out" || toks[i + 1]?.text === "to")
        ? { base: "point", participle: w.endsWith("ing") }
        : undefined);
    if (!info) continue;
    if (AS_VERBS.has(info.base) && !asAfterObject(toks, i)) continue;
    // ("continues to deny that …": the report's cue opens with "continues")
    if (info.base === "continue" && raisesReport(toks, i, (v) => VERB_FORMS.get(v)?.base)) continue;
    // "peacekeepers have been accused of …": the makers of the report go unnamed
    if (
      PASSIVE_REPORTS.get(info.base)?.test(lower(toks[i + 1] ?? t)) &&
      w.endsWith("ed") &&
      passive(toks, i)
    ) {
      hits.push({ index: i, form: w, base: info.base, participle: false, passive: true });
      continue;
    }
    if (PASSIVE_ONLY.has(info.base)) continue;
    // "Minister charged with fraud", "accused of lying": a passive participle without its auxiliary
    if (
      (info.base === "charge" || info.base === "accuse") &&
      w.endsWith("ed") &&
      /^(?:with|of)$/i.test(toks[i + 1]?.text ?? "")
    )
      continue;
    // "had been considered but ruled out", "ruling out new taxes": the phrasal verb excludes, it reports nothing
    if (info.base === "rule" && lower(toks[i + 1] ?? t) === "out") continue;
    // "state Sen. Mary Cole", "the state Attorney General": the adjective before a state office, not the verb
    if (w === "state" && STATE_OFFICES.test(toks[i + 1]?.text ?? "")) continue;
    // "White House press secretary", "a press conference": the noun, not the verb
    if (info.base === "press" && PRESS_NOUNS.test(toks[i + 1]?.text ?? "")) continue;
    // "will report third-quarter results", "reported earnings": a company's accounts, not a statement
    if (
      info.base === "report" &&
      RESULTS_OBJECT.test(`${toks[i + 1]?.text ?? ""} ${toks[i + 2]?.text ?? ""}`)
    )
      continue;
    if (countedParticiple(toks, i, w)) continue;
    const prev = toks[i - 1];
    // "in a Facebook post on Sunday", "her latest blog post": the noun after a determiner and its modifier
    if (postNoun(toks, i, w)) continue;
    const raised = raisedVerbStart(toks, i, info.base);
    // "to say", "the report", "a claim" — but "for saying that", "began by saying" report
    if (
      raised < 0 &&
      prev?.word &&
      NOT_BEFORE_VERB.has(lower(prev)) &&
      !sayingAfterPreposition(info, prev) &&
      !formerAsSubject(toks, i) &&
      !quantifierSubject(toks, i, w, info.base) &&
      // ("The traders I spoke to said": the preposition closes a relative clause before the verb)
      contactRelative(toks.slice(Math.max(0, i - 4), i).reverse()) < 0
    )
      continue;
    // "its quarterly report", "the weekly update": an adjective in -ly after a determiner, then the noun
    if (
      prev?.word &&
      prev.text.endsWith("ly") &&
      isAuxiliary(prev) &&
      toks[i - 2]?.word &&
      DETERMINER_LIKE.has(lower(toks[i - 2] as Token))
    )
      continue;
    if (compoundIng(toks, i)) continue;
    // "was told", "were mistakenly charged" (but "were frustrated that" reports an attitude)
    if (!info.participle && passive(toks, i) && !CLAUSE_ONLY_VERBS.has(w)) continue;
    const next = toks[i + 1];
    const nextWord = next ? lower(next) : "";
    // "commonly held equipment", "the ruling party", "related to": "held", "ruling" and "related" report only a
    // that-clause
    if ((info.base === "hold" || info.base === "relate" || w === "ruling") && !thatSoon(toks, i)) continue;
    if (w !== info.base && pluralAfterCompoundModifier(toks, i, info.base) && !opensObject(next)) continue;
    // "a group called X" names; "called Trump a “liar”", "called it a …" reports; "called a meeting" convenes
    if (info.base === "call" && !CALL_OBJECTS.has(nextWord) && !quoteSoon(toks, i) && !callReports(toks, i))
      continue;
    if (info.base === "call" && convenesEvent(toks, i)) continue;
    // "showed up", "Reporting by Jane Doe", "echoed by", "reported from Kyiv" (but "said by telephone" reports)
    if (
      (nextWord === "up" && !upToAmount(toks, i, info.base)) ||
      nextWord === "off" ||
      // ("pressed ahead with the plan", "pushes on": going on with something, no words)
      (info.base === "press" && (nextWord === "ahead" || nextWord === "forward")) ||
      (info.base === "report" && reportedFromPlace(toks, i)) ||
      (nextWord === "by" &&
        !/^(?:telephone|phone|email|e-mail|text|video|videolink|satellite)$/i.test(toks[i + 2]?.text ?? ""))
    )
      continue;
    // a plural noun that looks like a verb ("the 9/11 attacks", "Amendment claims"): a verb opens its object
    // ("calls for", "calls on" are verbs: the particle shows it)
    const particle = PARTICLE_VERBS.has(info.base) && (nextWord === "for" || nextWord === "on");
    // ("Sanders vows to …", "Lane hopes to …": a promise or hope takes its infinitive)
    const infinitive = nextWord === "to" && TO_INFINITIVE_NOUNS.has(info.base) && !!toks[i + 2]?.word;
    // "…, The Wall Street Journal reports.": a name's verb closing the sentence after a comma
    const closingName =
      (next === undefined || next.text === "." || next.text === ";") &&
      startsUppercase(toks[i - 1]?.text ?? "") &&
      commaBefore(toks, i, 8);
    if (
      NOUN_LIKE.has(info.base) &&
      /s$/.test(w) &&
      w !== info.base &&
      !opensObject(next) &&
      !particle &&
      !infinitive &&
      !closingName &&
      !existentialAfterName(toks, i) &&
      !gappedRelativeVerb(toks, i)
    )
      continue;
    if (
      NOUN_LIKE.has(info.base) &&
      w === info.base &&
      (nationalNounBeforeVerb(toks, i) || nounBeforeAuxiliary(toks, i) || nounOfGovernedName(toks, i))
    )
      continue;
    if (w === info.base && possessedNameBefore(toks, i)) continue;
    const modal = pluralBeforeModal(w, info.base, nextWord) && !gappedRelativeVerb(toks, i);
    if (modal || nounBeforeSaying(w, info.base, nextWord)) continue;
    if (hearersTold(toks, i)) continue;
    hits.push(withOpening(toks, { index: i, form: w, base: info.base, participle: info.participle }, raised));
  }
  return hits;
}

/** "the U.S. Geological Survey estimates there are …": a name's -s verb before an existential "there is/are". */
function existentialAfterName(toks: Token[], i: number): boolean {
  const before = toks[i - 1]?.text ?? "";
  return (
    lower(toks[i + 1] as Token) === "there" &&
    /^(?:is|are|was|were|will|would|could|may|might|has|have|had)$/.test(toks[i + 2]?.text ?? "") &&
    startsUppercase(before) &&
    !/^(?:The|These|Those|Its|Their|His|Her|Our|Such|Official|Early|Latest|Initial)$/.test(before)
  );
}

/** A comma among the `reach` tokens before index i. */
function commaBefore(toks: Token[], i: number, reach: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - reach; k--) if ((toks[k] as Token).text === ",") return true;
  return false;
}
/** Offices and bodies of a US state after the adjective "state" ("state Sen.", "state Rep.", "state Senate"). */
const STATE_OFFICES =
  /^(?:Sens?|Reps?|Senators?|Representatives?|Assembly(?:man|woman|member)|Del|Delegate|Treasurer|Auditor|Attorney|Comptroller|Superintendent|Senate|House|Assembly|Legislature|Police|Troopers?|Supreme)$/;
/** Noun-like verbs whose -s form before "to" and a verb is the verb ("vows to", "hopes to", "threatens to"). */
const TO_INFINITIVE_NOUNS = new Set(["vow", "pledge", "promise", "hope", "claim"]);
/** Quantifiers that stand alone as a plural subject ("Many say …", "but some note that …"). */
export const QUANTIFIER_SUBJECTS = new Set(["some", "many", "most", "all", "several", "few", "both"]);
/**
 * "Some argued that …", "but many say …": a quantifier opening its clause is the subject, not a determiner,
 * when the verb cannot be a noun ("some say") or a clause follows it ("some note that").
 */
function quantifierSubject(toks: Token[], i: number, w: string, base: string): boolean {
  const q = toks[i - 1] as Token;
  if (!QUANTIFIER_SUBJECTS.has(lower(q))) return false;
  const before = toks[i - 2];
  if (before?.word && !/^(?:but|and|yet|while|though|although|because|as)$/i.test(before.text)) return false;
  if (w.endsWith("s") && !w.endsWith("ss")) return false; // "some reports", "all claims"
  return !NOUN_LIKE.has(base) || w !== base || lower(toks[i + 1] ?? q) === "that";
}
