import { lowerOf, type Token } from "../text/tokens.ts";
import { speakerThroughClause } from "./clause-speaker.ts";
import { SUBJECT_STOPS, WH_RELATIVE } from "./lexicon.ts";
import { linkingAdverbEnd } from "./linking-adverbs.ts";
import { peopleBeforePlace, prepositionList } from "./listed-places.ts";
import { closesMixedDateline } from "./mixed-dateline.ts";
import { APPOSITIVE_REACH, listInsideRelative, roleOfAnyBodyStart } from "./name-context.ts";
import { subjectWithNameGiven } from "./name-given-subject.ts";
import { npWord } from "./np-words.ts";
import { TIME_NAMES } from "./person-words.ts";
import { speakerOfPhrase } from "./phrase-speaker.ts";
import { PP_LINKS } from "./phrase-words.ts";
import { commaBeforeListedOffice } from "./portfolio-commas.ts";
import { nameBeforeHometown, placeOfRole } from "./second-appositive.ts";
import {
  describedName,
  FINITE_SPEECH,
  isCapWord,
  parentheticalStart,
  placeAfterPreposition,
  restOfCapitalisedRun,
} from "./speaker-start.ts";
import { walkSpeakerPhrase } from "./subject-walk.ts";
import { timeBeforeVerb } from "./time-before-verb.ts";
import { subjectBeforeWhoClause } from "./who-clause-subject.ts";

export interface SourceSpan {
  start: number;
  end: number;
  pronoun: boolean;
}

const lower = lowerOf;

/**
 * The speaker phrase ending right before `end` (the verb or its auxiliaries): a pronoun, or a run of
 * capitalised words and speaker nouns («White House spokesman Josh Earnest»), with an appositive
 * between commas («Josh Earnest, a spokesman,»).
 */
export function subjectBefore(text: string, nearestFirst: Token[]): SourceSpan | null {
  const skip = timeBeforeVerb(nearestFirst);
  // ("The opposition leader, Daniel Morse, on Sunday said": the appositive's comma before the time words)
  const after = nearestFirst[skip];
  // ("The National Assembly (NA) on Tuesday said": the body's initials in brackets before the time words)
  const toks =
    skip > 0 && (after?.word || after?.text === "," || after?.text === ")")
      ? nearestFirst.slice(skip)
      : nearestFirst;
  const first = toks[0];
  if (!first) return null;
  const throughClause = speakerThroughClause(text, nearestFirst, toks, (t) => subjectBefore(text, t));
  if (throughClause !== undefined) return throughClause;
  const dash = isDash(first);
  if (first.text === ",") {
    const aside = subjectBeforeAside(text, toks) ?? subjectWithNameGiven(toks, (t) => subjectBefore(text, t));
    if (aside) return aside;
  }
  let i = 0;
  let stop = first.end;
  if (first.text === "," || dash) {
    const nameEnd = appositiveNameEnd(text, toks, dash);
    if (typeof nameEnd !== "number") return nameEnd;
    stop = dash && isDash(toks[1]) ? (toks[1] as Token).start : first.start;
    i = nameEnd;
  }
  const walk = walkSpeakerPhrase(text, toks, i);
  // ("The first prosecution witness, Jane Roe, a fish vendor, told": the role before the name and its
  // appositive, which a later "the witness" finds)
  if (i > 0 && first.text === "," && toks[walk.i]?.text === "," && toks[i - 1]?.text === ",") {
    const described = describedName(toks.slice(i - 1), walk.i - i + 1, first.start);
    // (the role opens the sentence: not "… before the election, Jane Roe, a senior adviser, said")
    const opening = described && toks.findIndex((t) => t.start === described.start);
    if (described && opening && opening > 0 && !toks[opening + 1]?.word) return described;
  }
  i = walk.i;
  let start = walk.start;
  if (walk.taken >= 9) start = restOfCapitalisedRun(toks, i, start);
  // "wins in Richmond, Northcote and Albert Park showed": no subject; "the Department for Culture, Media and
  // Sport said": the body's whole name
  const listed = start >= 0 ? prepositionList(toks, i) : null;
  if (listed === "object") return null;
  const body = listed === null ? null : subjectBefore(text, toks.slice(listed));
  if (body && !body.pronoun) return { start: body.start, end: stop, pronoun: false };
  if (start < 0)
    return (
      subjectOfPhraseAfterHead(text, toks, i, stop) ??
      (i === 0 ? subjectBeforeWhoClause(toks, stop, (t) => subjectBefore(text, t)) : null)
    );
  return speakerOfPhrase(text, toks, start, stop, (t) => subjectBefore(text, t));
}

/** "Democrats, however, argue", "The ministry, in a statement on Monday, said": the subject before the commas. */
function subjectBeforeAside(text: string, toks: Token[]): SourceSpan | null {
  // "Democrats, however, argue": a linking adverb between commas, the subject before it
  const linked = linkingAdverbEnd(toks);
  if (linked > 0) {
    const head = subjectBefore(text, toks.slice(linked + 1));
    if (head) return head;
  }
  // "The ministry, in a statement on Monday, said": the circumstances between commas, the subject before them
  const opened = parentheticalStart(toks);
  const head = opened > 0 ? subjectBefore(text, toks.slice(opened + 1)) : null;
  if (head && !placeAfterPreposition(toks, head.start)) return head;
  return null;
}

/**
 * Before an appositive ("Name, a spokesman for X, said", "Kall -- co-editor of a book -- said"): the speaker
 * phrase when it is decided here, or the index of the name's last word to walk from.
 */
function appositiveNameEnd(text: string, toks: Token[], dash: boolean): SourceSpan | null | number {
  const first = toks[0] as Token;
  const close = appositiveClose(text, toks, dash);
  if (close < 0) return null;
  const quoted = toks[close - 1]?.text === "”" ? 1 : 0;
  // "Jane Doe, who watched the ceremony, said": the speaker stands before the relative clause
  const opener = toks[close - 1 - quoted] as Token;
  if (opener.word && WH_RELATIVE.test(opener.text)) {
    // "Rep. Tom Hale, R-Texas, who chairs …, said": the head may carry an appositive of its own
    if (quoted) {
      const named = subjectBefore(text, toks.slice(close + 1));
      return named && !named.pronoun ? { ...named, end: (toks[close - 1] as Token).end } : null;
    }
    const head = subjectBefore(text, toks.slice(close)) ?? subjectBefore(text, toks.slice(close + 1));
    return head && !head.pronoun ? head : null;
  }
  const place = dash ? undefined : peopleBeforePlace(text, toks, close, (t) => subjectBefore(text, t));
  if (place !== undefined) return place;
  const home = dash ? -1 : nameBeforeHometown(toks, close);
  const named = home > 0 ? subjectBefore(text, toks.slice(home)) : undefined;
  if (named !== undefined) return named && !named.pronoun ? named : null;
  let nameEnd = dash && isDash(toks[close + 1]) ? close + 2 : close + 1;
  // "Teresa Nguyen, 67, a retired nurse, told": the age between commas stands after the name
  if (isAge(toks[nameEnd]) && toks[nameEnd + 1]?.text === ",") nameEnd += 2;
  // "Eleri Vaughan, whose father Dafydd, 81, drowned …, said": a name inside a "whose" clause is not the speaker
  const whose = toks.slice(nameEnd, nameEnd + 5).findIndex((t) => t.word && /^whose$/i.test(t.text));
  if (whose >= 0 && toks[nameEnd + whose + 1]?.text === ",") {
    const head = subjectBefore(text, toks.slice(nameEnd + whose + 2));
    return head && !head.pronoun ? head : null;
  }
  const before = toks[nameEnd];
  // "In September, X left …, telling": an opening time adjunct, no name with its appositive
  if (
    TIME_NAMES.has(before?.text ?? "") &&
    /^(?:in|on|since|by|until|early|late|last)$/i.test(toks[nameEnd + 1]?.text ?? "")
  )
    return null;
  const role = before && !dash ? roleOfAnyBodyStart(toks, nameEnd) : -1;
  if (role >= 0 && describedName(toks, close, first.start))
    return { start: (toks[role] as Token).start, end: first.start, pronoun: false };
  if (before && !dash && (!(npWord(before) || before.text === ")") || placeOfRole(toks, nameEnd)))
    return describedName(toks, close, first.start);
  if (!before || !(npWord(before) || before.text === ")")) return null;
  // "BLANTYRE, Malawi — The United Nations appealed …, warning": a dateline, not a name and appositive
  if (/^[A-Z]{3,}$/.test(before.text) && toks.slice(1, close).some(isDash)) return null;
  if (closesMixedDateline(text, toks.slice(1, close).find(isDash))) return null;
  return nameEnd;
}

/** The comma or dash closing the appositive after toks[0] (-1: no appositive, or a clause of its own). */
function appositiveClose(text: string, toks: Token[], dash: boolean): number {
  // (the comma of "200,000" is no appositive's)
  let close = toks.findIndex(
    (t, k) =>
      k > (dash && isDash(toks[1]) ? 1 : 0) && (dash ? isDash(t) : t.text === "," && !digitComma(text, t)),
  );
  if (close < 2 || close > APPOSITIVE_REACH) return -1;
  if (!dash) close = commaBeforeListedOffice(toks, listInsideRelative(toks, close));
  // a long appositive must read as one: "Name, who …," or "Name, a/the …,"
  if (close > 20 && !APPOSITIVE_OPENERS.test((toks[close - 1] as Token).text)) return -1;
  // "KYIV, March 3 (Reuters) - the air force said it …, adding": a clause with its own verb is no appositive
  // ("the mother of “Jun-Jun,” who asked …,": the closing quote mark after the comma opens nothing)
  const quoted = toks[close - 1]?.text === "”" ? 1 : 0;
  const relative = WH_RELATIVE.test((toks[close - 1 - quoted] as Token).text);
  if (!relative && toks.slice(1, close).some((t) => t.word && FINITE_SPEECH.has(t.text))) return -1;
  // "Police said the man, 34, was arrested on Sunday, adding": a predicate after the commas is no appositive
  if (!relative && /^(?:was|were|is|are|has|have|had|will|would)$/.test((toks[close - 1] as Token).text))
    return -1;
  // "Chastened by the polls, Whitcomb changed course, promising …": a name and its past-tense verb is a clause
  if (!relative && toks.slice(1, close).some((t, m) => /^[a-z]+ed$/.test(t.text) && isCapWord(toks[m + 2])))
    return -1;
  return close;
}

/** No phrase before the verb: the head noun of a prepositional phrase further back, if any. */
function subjectOfPhraseAfterHead(text: string, toks: Token[], i: number, stop: number): SourceSpan | null {
  const first = toks[0] as Token;
  // ("… a review of the defenses and warned": a verb after "and" shares the clause's subject; no phrase before)
  if (i === 0 && first.word && /^(?:and|or)$/i.test(first.text)) return null;
  // "Experts on North Korea and nuclear nonproliferation said": a head noun, then its prepositional phrase
  for (let j = i; j < Math.min(toks.length - 1, i + 9); j++) {
    const t = toks[j] as Token;
    if (!t.word || (SUBJECT_STOPS.has(lower(t)) && !/^(?:and|or)$/.test(lower(t)))) break;
    if (!PP_LINKS.has(lower(t)) || !npWord(toks[j + 1] as Token)) continue;
    const head = subjectBefore(text, toks.slice(j + 1));
    if (head && !head.pronoun) return { start: head.start, end: stop, pronoun: false };
    break;
  }
  return null;
}

const APPOSITIVE_OPENERS =
  /^(?:who|which|a|an|the|its|his|her|their|one|co-\S+|former|chief|senior|executive|president|director|founder|head|professor|spokesman|spokeswoman|spokesperson)$/i;
/** The comma inside a number ("200,000"). */
const digitComma = (text: string, t: Token): boolean =>
  /\d/.test(text[t.start - 1] ?? "") && /\d/.test(text[t.end] ?? "");
const isAge = (t: Token | undefined): boolean => !!t && /^\d{1,3}$/.test(t.text);
/** "—", "–" or one of the two hyphens of "--". */
const isDash = (t: Token | undefined): boolean => !!t && (t.text === "—" || t.text === "–" || t.text === "-");
