/** Words between a reporting verb and its content that are no part of it: adverbs, places, occasions, a medium. */

import type { Token } from "../text/tokens.ts";
import { FINITE_AUX } from "./auxiliaries.ts";
import { TIME_WORDS } from "./lexicon.ts";
import { ADJUNCT_START, lower } from "./verbs.ts";

/** Adverbs that may stand between a verb and its content ("said separately on Friday it …", "saying then that …"). */
const SENTENCE_ADVERBS = new Set(
  "separately then also again previously repeatedly publicly privately subsequently further likewise similarly initially originally".split(
    " ",
  ),
);
/**
 * Past "here" right after a verb when a time, "that" or the colon follows ("said here on Friday that …", "told
 * reporters here today the …": the dateline's place, not the content's first word).
 */
export function afterHere(toks: Token[], i: number): number {
  const t = toks[i];
  const next = toks[i + 1];
  if (!t?.word || lower(t) !== "here" || !next) return i;
  const w = next.word ? lower(next) : next.text;
  const timeOrContent = w === "that" || w === ":" || w === "on" || w === "late" || w === "early";
  return timeOrContent || TIME_WORDS.has(w) ? i + 1 : i;
}

/**
 * The index after such an adverb at toks[i] when "that", a time or place phrase, a subject pronoun or a comma
 * follows; else i.
 */
export function afterSentenceAdverb(toks: Token[], i: number): number {
  const t = toks[i];
  const next = toks[i + 1];
  if (!t?.word || !next || !SENTENCE_ADVERBS.has(lower(t))) return i;
  // ("The truth, the senator said then, was that …": the adverb closes the interrupting speaker line)
  if (!next.word) return next.text === "," ? i + 1 : i;
  const w = lower(next);
  const opens =
    w === "that" || ADJUNCT_START.has(w) || TIME_WORDS.has(w) || /^(?:he|she|it|they|we|i|there)$/.test(w);
  return opens ? i + 1 : i;
}

/** "outside court", "outside the courthouse", "outside the Old Bailey": where a verdict's reactions are given. */
const COURT_PLACE = /^(?:court|courthouse|courtroom|Bailey|tribunal|hearing)$/i;
/** Past "outside (the) court" right after a verb ("said outside Kingsbridge Crown Court that …"), else i. */
export function afterCourtPlace(toks: Token[], i: number): number {
  if (!toks[i]?.word || lower(toks[i] as Token) !== "outside") return i;
  let k = i + 1;
  if (/^the$/i.test(toks[k]?.text ?? "")) k++;
  // (the place's whole name: capitalised words up to its court word)
  let place = -1;
  for (let n = 0; n < 5 && toks[k]?.word; n++, k++) {
    const w = (toks[k] as Token).text;
    if (COURT_PLACE.test(w)) place = k;
    else if (!/^\p{Lu}/u.test(w)) break;
  }
  return place < 0 ? i : place + 1;
}

/** Past "at/in" and one to four capitalised words when a day follows ("at City Hall on Monday"), else i. */
export function afterPlaceAndDay(toks: Token[], i: number): number {
  if (!/^(?:at|in)$/i.test(toks[i]?.text ?? "")) return i;
  let k = i + 1;
  if (lower(toks[k] ?? (toks[i] as Token)) === "the") k++;
  const first = k;
  while (k < first + 4 && toks[k]?.word && /^\p{Lu}/u.test((toks[k] as Token).text)) k++;
  if (k === first) return i;
  const day = lower(toks[k] ?? (toks[i] as Token)) === "on" ? k + 1 : k;
  return toks[day]?.word && TIME_WORDS.has(lower(toks[day] as Token)) ? k : i;
}

/** Nouns of a medium the words came in ("in a statement", "in a letter"). */
const MEDIUM = /^(?:statement|interview|release|post|tweet|letter|email|briefing|speech|video|message)$/;
const time = (w: string): boolean => TIME_WORDS.has(w.toLowerCase());
/** A day or a part of one that may close a medium's phrase ("in an interview Monday", "in a post last night"). */
const DAY_WORD =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|morning|afternoon|evening|night)$/i;
/** Words that go on the adjunct after a day rather than open the clause ("… Monday with the Star that …"). */
const NOT_CLAUSE_START =
  /^(?:on|at|in|with|to|from|for|by|after|before|during|of|that|which|who|and|or|but)$/i;
/** The index of a subject pronoun (or a number) that follows a short prepositional phrase at toks[i], or -1. */
export function pronounAfterAdjunct(toks: Token[], i: number): number {
  const t = toks[i];
  if (!t?.word || !/^(?:in|on|at|during|after|before|following)$/i.test(t.text)) return -1;
  // ("said after the vote he would …", "said during the debate the plan was …": an occasion with its determiner)
  const occasion =
    /^(?:at|during|after|before|following)$/i.test(t.text) &&
    /^(?:the|a|an|his|her|their|its)$/i.test(toks[i + 1]?.text ?? "");
  // ("said in an interview yesterday the company had …": the medium's day between it and the clause)
  let afterMedium = false;
  for (let k = i + 1; k < Math.min(toks.length, i + 8); k++) {
    const u = toks[k] as Token;
    if (!u.word) return -1;
    if (k > i + 1 && /^(?:he|she|it|they|we|i|there)$/.test(u.text)) return k;
    const previous = (toks[k - 1] as Token).text;
    afterMedium =
      MEDIUM.test(previous) || (afterMedium && (time(previous) || (previous === "on" && time(u.text))));
    // ("said in a statement 40 jobs would go": a number right after the medium opens the clause)
    if (k > i + 2 && /^\d/.test(u.text) && afterMedium) return k;
    // ("said in a statement the nurses had not been paid": a determiner and a noun, then an auxiliary)
    if (k > i + 2 && (afterMedium || occasion) && subjectThenAux(toks, k)) return k;
    // ("said in an interview Monday the system rewards …": past the medium's day, the next word opens the clause)
    if (
      k > i + 2 &&
      afterMedium &&
      DAY_WORD.test(previous) &&
      !time(u.text) &&
      !NOT_CLAUSE_START.test(u.text)
    )
      return k;
    if (/^(?:that|which|who|and|or|but)$/i.test(u.text)) return -1;
  }
  return -1;
}

/** Determiners that open a noun phrase as a clause's subject. */
const SUBJECT_DETERMINER = /^(?:the|its|their|his|her|our|all|some|many|most|no)$/i;
/**
 * A determiner at toks[k], one to three lowercase words, then a finite auxiliary: a clause's subject and its verb
 * ("the nurses had", "its new plant would"), not a relative's ("the statement the company issued").
 */
function subjectThenAux(toks: Token[], k: number): boolean {
  if (!SUBJECT_DETERMINER.test(toks[k]?.text ?? "")) return false;
  for (let j = k + 1; j < Math.min(toks.length, k + 5); j++) {
    const w = (toks[j] as Token).text;
    if (j > k + 1 && FINITE_AUX.test(w)) return true;
    if (!(toks[j] as Token).word || !/^\p{Ll}[\p{L}-]*$/u.test(w)) return false;
  }
  return false;
}

/** The index of a colon that closes a short occasion phrase at toks[i] ("in a statement:"), or -1. */
export function colonAfterAdjunct(toks: Token[], i: number): number {
  // ("refuse to define: …" is an infinitive, not "said to reporters: …")
  if (
    lower(toks[i] as Token) === "to" &&
    !/^(?:the|an?|\p{Lu}.*|reporters|journalists)$/u.test(toks[i + 1]?.text ?? "")
  )
    return -1;
  for (let k = i + 1; k < Math.min(toks.length, i + 12); k++) {
    const u = toks[k] as Token;
    // (a clock time "at 3:30 p.m." has no space after its colon)
    if (u.text === ":") return toks[k + 1] && toks[k + 1]?.start === u.end ? -1 : k;
    if (!u.word && !/^[’'‘-]$/.test(u.text)) return -1;
    if (u.word && /^(?:that|who|which|and|or|but|he|she|they|it|we|i)$/i.test(u.text)) return -1;
  }
  return -1;
}

/** "by phone", "by telephone", "by email": how the words reached the reporter. */
const BY_MEDIUM = /^(?:phone|telephone|e-?mail|text|videolink)$/i;
/**
 * Past "by phone" right after a verb when a time, "that" or a subject pronoun follows ("said by phone Sunday she
 * had …", "told the paper by email that …"), else i.
 */
export function afterByMedium(toks: Token[], i: number): number {
  const [by, medium, next] = [toks[i], toks[i + 1], toks[i + 2]];
  if (!by?.word || lower(by) !== "by" || !medium?.word || !BY_MEDIUM.test(medium.text) || !next?.word)
    return i;
  const w = lower(next);
  return w === "that" || w === "on" || TIME_WORDS.has(w) || /^(?:he|she|it|they|we|i)$/.test(w) ? i + 2 : i;
}
