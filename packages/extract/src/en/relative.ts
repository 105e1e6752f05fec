/** "what she called a “rant,”", "which Mr. Clarke says he is doing …": claims inside a relative clause. */
import { type ArticleView, type Draft, trimSpan } from "../draft.ts";
import { commaRightBefore } from "../text/chars.ts";
import { quoteAt } from "../text/quotes.ts";
import type { Sentence } from "../text/segment.ts";
import { WEAK_VERBS } from "./lexicon.ts";

/** A finite verb that can open a main clause's predicate. */
const FINITE_VERB =
  "is|was|are|were|has|have|had|will|would|can|could|should|must|may|might|did|does|says|said|told|tells|insists|argues|warns|believes|thinks|adds|won|lost|went|took|made|gave|came|left|ran|met|became|began|got|held|kept|saw|spoke|wrote|stood|led|fell|rose|sent|spent|built|brought|fought|found|heard|[a-z]+ed";

const RELATIVE_BEFORE = /(?:^|[\s\u00A0(—–-])(what|which|how)[\s\u00A0]*$/i;
const PREPOSITION_BEFORE = /\b(?:in|at|during|on|with|after|for|of|by|from|to)[\s\u00A0]+which[\s\u00A0]*$/i;

/** Where the relative pronoun right before the subject starts, or -1 ("in which he said" is not one). */
export function relativePronounBefore(text: string, s: Sentence, subjectStart: number): number {
  const before = text.slice(Math.max(s.start, subjectStart - 24), subjectStart);
  if (PREPOSITION_BEFORE.test(before)) return -1;
  const m = RELATIVE_BEFORE.exec(before);
  if (!m) return -1;
  return subjectStart - before.length + m.index + m[0].indexOf(m[1] as string);
}

const OCCASION_AFTER_CUE =
  /^[\s\u00A0]*(?:when|while|after|before|because|since|until|in|at|on|during|last|earlier|yesterday|today)\b/i;

/**
 * The relative clause from its pronoun to where it closes: a comma or dash outside quotes, a quotation
 * that closes on its own comma («what she called a “rant,”»), a semicolon, or the sentence end.
 */
export function relativeClause(
  view: ArticleView,
  s: Sentence,
  from: number,
  after: number,
): [number, number] | null {
  const { text, quotes } = view;
  // ("That was what Liz Wahl said when she resigned": nothing said follows the cue, only its occasion)
  if (OCCASION_AFTER_CUE.test(text.slice(after, after + 12))) return null;
  for (let i = after; i < s.end; i++) {
    const ch = text[i] as string;
    if (ch !== "," && ch !== ";" && ch !== "—" && ch !== "–" && !(ch === "-" && text[i + 1] === "-"))
      continue;
    const q = quoteAt(quotes, i);
    if (!q) return trimSpan(text, from, i);
    // (the closing mark may be two apostrophes: «a ''rant,''»)
    if (ch === "," && q.closed && (q.end <= i + 2 || text.slice(i + 1, q.end) === "''"))
      return trimSpan(text, from, q.end);
  }
  return trimSpan(text, from, s.end);
}

/** A finite verb right after the cue: the relative clause's subject is missing («… that critics said would …»). */
const GAP_VERB = /^(?:would|will|could|can|may|might|should|must|was|were|is|are|had|has|have)[\s\u00A0]/;
/** Or a verb's own -s or -ed form («a battery that the company claims lasts two days», «… said saved $2m»). */
const GAP_OWN_VERB = /^[a-z]{2,}(?:[^\Wsu]s|ed)[\s\u00A0,.]/;
/** "… and that landlords warned …": a second relative clause on the same noun. */
const NEXT_RELATIVE = /[\s\u00A0]+(?:and|but|or)[\s\u00A0]+(?:that|which)[\s\u00A0]/;

/** Verbs that take an infinitive, never a clause with a gap: "… that contingency plans were in place" has no verb. */
const NO_GAP_VERBS = /^(?:plan|want|intend|seek|refuse|decline|offer|decide)$/;

/**
 * "a measure that supporters said would keep residents in the city": in a relative clause whose subject
 * is the noun before "that", the content is what follows the cue, to the clause's end (a comma, a dash,
 * "and that …" or the sentence end). Null when no finite verb follows the cue.
 */
function gappedRelativeContent(
  view: ArticleView,
  s: Sentence,
  contentStart: number,
  verb: string,
  ownVerbGap: boolean,
): [number, number] | null {
  const { text } = view;
  const after = text.slice(contentStart, contentStart + 20);
  // (a weak verb's -s word is its object: "that Estonia would support sanctions if …")
  const gap = GAP_VERB.test(after) || (ownVerbGap && !WEAK_VERBS.has(verb) && GAP_OWN_VERB.test(after));
  if (NO_GAP_VERBS.test(verb) || !gap) return null;
  const clause = relativeClause(view, s, contentStart, contentStart);
  if (!clause) return null;
  const next = NEXT_RELATIVE.exec(text.slice(clause[0], clause[1]));
  const end = next ? clause[0] + next.index : clause[1];
  // ("A compound that its makers said could carry … does not appear to be …": the sentence's own predicate)
  const predicate = matrixPredicate(text.slice(clause[0], end));
  return trimSpan(text, clause[0], predicate >= 0 ? clause[0] + predicate : end);
}

/** The subject of a relative clause nested in the content: "patients whose heart", "families the flood". */
const NESTED_SUBJECT =
  /[\s\u00A0](?:(?<pronoun>whose|where)|\p{Ll}+[\s\u00A0]+(?:the|a|an|its|his|her|their|this|these|those))(?:[\s\u00A0]+\S+){1,2}$/u;
/** The nested clause's auxiliary and a word or two, then the main clause's finite verb: "is failing went", "has left homeless was". */
const NESTED_THEN_MAIN = new RegExp(
  `^[\\s\\u00A0]+\\S+[\\s\\u00A0]+(?:not[\\s\\u00A0]+)?(?:been[\\s\\u00A0]+|being[\\s\\u00A0]+)?(?:\\p{Ll}+[\\s\\u00A0]+){1,2}?(?=(?:${FINITE_VERB})\\b)`,
  "u",
);

/**
 * Where the sentence's own predicate starts in the content, or -1. An auxiliary right after the subject of a
 * nested relative clause is that clause's own when another finite verb follows it ("… patients whose heart is
 * failing went on sale"); after "whose"/"where" it is never the main clause's ("… workers whose jobs are at risk.").
 */
function matrixPredicate(content: string): number {
  const first = MATRIX_PREDICATE.exec(content);
  if (!first) return -1;
  const nested = NESTED_SUBJECT.exec(content.slice(0, first.index));
  if (!nested) return first.index;
  const main = NESTED_THEN_MAIN.exec(content.slice(first.index));
  if (main) return first.index + main[0].trimEnd().length;
  return nested.groups?.pronoun ? -1 : first.index;
}

/**
 * Gives the draft the gapped relative clause's content (false when there is none). The main clause's
 * predicate after it ("… went on sale on Monday") tells of the thing, not of the statement: no part of its frame.
 * `ownVerbGap`: a gap before a verb's own -s or -ed form counts (after "that"; after "which" the whole clause
 * is the content: "which state media claimed proves the rocket works").
 */
export function gappedRelativeDraft(
  view: ArticleView,
  s: Sentence,
  d: Draft,
  contentStart: number,
  verb: string,
  ownVerbGap = true,
): boolean {
  const content = gappedRelativeContent(view, s, contentStart, verb, ownVerbGap);
  if (!content) return false;
  [d.contentStart, d.contentEnd] = content;
  d.frameEnd = Math.min(d.frameEnd, content[1]);
  d.rules.push("en.content:gapped-relative");
  return true;
}

/**
 * "what the senators said was economic gerrymandering": the relative clause, speaker included; but "… but which
 * local business owners say will drive customers away": after "which", a finite verb right after the cue
 * has the noun before "which" for its subject, and the content is what follows the cue.
 */
export function relativeDraft(
  view: ArticleView,
  s: Sentence,
  d: Draft,
  relative: number,
  contentStart: number,
  verb: string,
): boolean {
  const { text } = view;
  if (text.startsWith("which", relative) && gappedRelativeDraft(view, s, d, contentStart, verb, false))
    return true;
  const clause = relativeClause(view, s, relative, contentStart);
  if (!clause || !/[A-Za-z]/.test(text.slice(contentStart, clause[1]))) return false;
  [d.contentStart, d.contentEnd] = clause;
  d.rules.push("en.content:relative-clause");
  return true;
}

/**
 * "a move the city government says will free up spaces but which local business owners say …": a content with
 * no subject of its own (a finite verb first) ends where a second relative clause on the same noun begins.
 */
export function beforeNextRelative(text: string, content: [number, number] | null): [number, number] | null {
  if (!content || !GAP_VERB.test(text.slice(content[0], content[0] + 8))) return content;
  const next = NEXT_RELATIVE.exec(text.slice(content[0], content[1]));
  const end = next ? content[0] + next.index : content[1];
  // ("A move the city says will save money was approved": the sentence's own predicate after the clause)
  const predicate = matrixPredicate(text.slice(content[0], end));
  return trimSpan(text, content[0], predicate >= 0 ? content[0] + predicate : end) ?? content;
}

/**
 * A finite auxiliary after a noun (not after a pronoun or a conjunction that opens a clause of its own).
 * (speed: the leading lookahead, implied by the pattern after the lookbehinds, spares their backward scans at
 * every position that opens no auxiliary)
 */
export const MATRIX_PREDICATE =
  /(?=[\s\u00A0]+(?:does|do|did|is|are|was|were|has|have)[\s\u00A0])(?<=[\s\u00A0]\S*[\p{L}\d°%])(?<!\b(?:it|he|she|they|we|I|you|there|that|which|who|and|or|but|than|if|because|when|as|what|this|these|those))[\s\u00A0]+(?:does|do|did|is|are|was|were|has|have)[\s\u00A0]+(?:not[\s\u00A0]+)?\p{Ll}/u;

/** After a comma, the main clause's predicate: "…, voted against it", "…, will present it", "…, said". */
const MAIN_PREDICATE = new RegExp(
  `^(?:,|[—–]|--)[\\s\\u00A0]+(?:[a-z]+ly[\\s\\u00A0]+)?(?:${FINITE_VERB})\\b`,
);
const DASH_THEN_PREDICATE = /^(?:[—–]|--)[\s\u00A0]+[a-z]+(?:ly[\s\u00A0]+[a-z]+)?(?:s|ed)\b/;
/** The dash that opens an aside right before `at` ("Rosa Bell — who …"): the dash, or "" when none. */
const dashBefore = (text: string, at: number): string =>
  /(—|–|--)[\s\u00A0]*$/.exec(text.slice(Math.max(0, at - 4), at))?.[1] ?? "";
/**
 * "John Smith, who has said the plan will fail, voted against it": in a relative clause between commas (or
 * dashes) after its antecedent, the content ends at the comma where the main clause's predicate takes over.
 */
export function whoClauseContent(
  view: ArticleView,
  subject: { start: number; end: number } | null,
  content: [number, number],
): [number, number] {
  const { text } = view;
  if (!subject) return content;
  const words = text.slice(subject.start, subject.end);
  // ("the audit, which notes that … , was released": the mention runs from the body to "which" or "who")
  const tail = /[\s\u00A0](which|who)$/.exec(words);
  const at =
    words.toLowerCase() === "who" ? subject.start : tail ? subject.end - (tail[1] as string).length : -1;
  if (at < 0) return content;
  // (or between dashes: "Rosa Bell — who has warned that … — said it would fail")
  const close = commaRightBefore(text, at) ? "," : dashBefore(text, at);
  if (!close) return content;
  for (let i = text.indexOf(close, content[0]); i >= 0 && i < content[1]; i = text.indexOf(close, i + 1)) {
    if (quoteAt(view.quotes, i)) continue;
    // (a closing dash pairs with the opening one: "the audit -- which notes that … -- recommends")
    const next = text.slice(i, i + 30);
    if (MAIN_PREDICATE.test(next) || (close !== "," && DASH_THEN_PREDICATE.test(next)))
      return trimSpan(text, content[0], i) ?? content;
  }
  return content;
}
