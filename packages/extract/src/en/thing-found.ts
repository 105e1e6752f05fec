// "officers found 87 queen conch in a cooler", "Police found the body of a man": what a search turned up, not a
// finding reported.

import { EVIDENCE_NOUN } from "./evidence.ts";

/** Those whose findings are results: researchers, inspectors, auditors (and polls, studies, reports). */
const FINDERS = new RegExp(
  `${EVIDENCE_NOUN.source}|\\b(?:researchers?|scientists?|investigators?|inspectors?|auditors?|analysts?|experts?|economists?|panel|inquiry|tribunal|court|judge|coroner)\\b`,
  "i",
);

/** A finite verb (an auxiliary, or a past form in «-ed») that makes the words after "found" a clause. */
const FINITE_IN_CLAUSE =
  /\b(?:is|are|was|were|has|have|had|will|would|could|can|may|might|must|should|did|does|do|remains?|lacked|[a-z]{3,}ed)\b/;

/**
 * "find" without "that" reports a finding only with a clause: "the audit found 12 contracts had been signed …",
 * "researchers found the risk rose …". With a plain object up to its clause's end — "Customs officers found 40
 * kilograms of cannabis in a lorry", "Police found the body of a man in a ditch" — it tells a discovery, no words.
 */
export function thingFound(
  text: string,
  from: number,
  sentenceEnd: number,
  subject: { start: number; end: number } | null,
): boolean {
  // (a study's or a researcher's plain object is a finding: "The study found higher rates of asthma …" — not in a
  // clause of time, which tells the discovery as an event: "after inspectors found rot in its spokes")
  if (
    subject &&
    FINDERS.test(text.slice(subject.start, subject.end)) &&
    !TIME_CLAUSE_BEFORE.test(text.slice(Math.max(0, subject.start - 12), subject.start))
  )
    return false;
  let end = from;
  while (end < sentenceEnd && !CLAUSE_END.has(text.charCodeAt(end))) end++;
  return !FINITE_IN_CLAUSE.test(text.slice(from, end));
}

const TIME_CLAUSE_BEFORE = /\b(?:after|before|when|once|until|since)[\s\u00A0]+$/i;

/** «,», «;», «:», «.», «“», «"»: where the object's clause ends (or a quotation opens). */
const CLAUSE_END = new Set([44, 59, 58, 46, 0x201c, 34]);
