import type { Draft } from "../draft.ts";
import { commaRightBefore } from "../text/chars.ts";
import { lowerOf, type Token } from "../text/tokens.ts";
import { WEAK_VERBS } from "./lexicon.ts";
import type { SourceSpan } from "./source.ts";
import { CLAUSE_OPENERS, type VerbHit } from "./verbs.ts";

/**
 * "told the Associated Press Boeing had said …": a subject walked back across the start of an earlier claim's
 * words starts with those words (the outlet before them is that claim's hearer).
 */
export function subjectWithinContent(out: Draft[], subject: SourceSpan, cueStart: number): SourceSpan {
  const host = out.find(
    (o) => o.cueEnd <= subject.start && o.contentStart > subject.start && o.contentStart < cueStart,
  );
  return host ? { ...subject, start: host.contentStart } : subject;
}

/** "She called the deal “a disaster” and called for …": a past-tense verb coordinated with a claim of this sentence. */
export const coordinatedAfterClaim = (out: Draft[], form: string): boolean =>
  out.length > 0 && form.endsWith("ed");

/**
 * "Ilunga, who joined the show in 2019 and wrote four episodes, …": a verb after "and" inside a relative clause
 * describing someone (no claim's cue before it in the sentence) continues the description.
 */
function coordinatedInRelative(out: Draft[], text: string, from: number, verbStart: number): boolean {
  // (still open at the verb: not "The mayor, who was re-elected in May, visited the plant and said …")
  const open = /,[\s\u00A0]+(?:who|which)[\s\u00A0][^,;:—–()“”"]*$/.test(text.slice(from, verbStart));
  // (nor a verb with a clause of its own: "who joined in 2019 and warned that the script was weak")
  const reports = /^\S+[\s\u00A0]+(?:\S+[\s\u00A0]+){0,3}?that[\s\u00A0]/i.test(
    text.slice(verbStart, verbStart + 60),
  );
  return open && !reports && !out.some((o) => o.cueStart >= from && o.cueStart < verbStart);
}

/**
 * "told reporters that the hospital had set aside a wing and was asking visitors to call ahead": a verb with
 * its own auxiliary (the reported clause's backshifted tense), coordinated inside the content of a claim whose cue had
 * none, continues that content.
 */
function insideReportedClause(out: Draft[], text: string, cueStart: number, verbStart: number): boolean {
  const last = out[out.length - 1];
  if (!last || cueStart === verbStart || last.contentStart >= cueStart || last.contentEnd <= cueStart)
    return false;
  const lastCue = text.slice(last.cueStart, last.cueEnd);
  return /^[a-z]+$/i.test(lastCue) && /^(?:was|were|had)\b/.test(text.slice(cueStart, verbStart));
}

/**
 * "Democrats, who mostly opposed the bill, warned that …": an attitude verb with only an object inside a
 * relative clause between commas describes the subject when the main clause then reports with a cue
 * that opens a clause of its own.
 */
export function describesBetweenCommas(
  text: string,
  s: { end: number },
  subject: SourceSpan | null,
  from: number,
): boolean {
  if (!subject || !/^(?:who|which)$/i.test(text.slice(subject.start, subject.end))) return false;
  if (!commaRightBefore(text, subject.start)) return false;
  const close = text.indexOf(",", from);
  return close >= 0 && close < s.end && MAIN_CLAUSE_REPORTS.test(text.slice(close + 1, s.end));
}
/** After the relative clause, the main clause's cue and a clause: "warned that", "said the …". */
const MAIN_CLAUSE_REPORTS =
  /^[\s\u00A0]+(?:[a-z]+ly[\s\u00A0]+)?(?:said|says|warned|argued|told|added|insisted|contended|claimed|noted|stressed|predicted)[\s\u00A0]+(?:that\b|[a-z])/;

/**
 * "told reporters that he supported “the idea” but wanted to see a cap", "said the agency did not dispute the
 * findings but wanted more evidence": a weak verb after a bare "but" inside a reported clause goes on with the
 * clause's own subject, so it does not end the content. The clause is a that-clause with a pronoun subject, or
 * a clause with a finite verb of its own right after a reporting verb that is not weak itself.
 */
export function sharesThatClauseSubject(toks: Token[], hits: VerbHit[], h: VerbHit): boolean {
  if (toks[h.index - 1]?.text.toLowerCase() !== "but" || toks[h.index - 2]?.text === ",") return false;
  const cue = hits.find((o) => o.index < h.index && !o.participle);
  if (!cue) return false;
  for (let k = cue.index + 1; k < h.index - 1; k++) {
    const t = toks[k] as Token;
    if (t.word && t.text === "that") return PRONOUN_SUBJECT.test(toks[k + 1]?.text ?? "");
  }
  if (WEAK_VERBS.has(cue.base) || cue.form === cue.base) return false;
  // (one clause: no comma, semicolon or other "and"/"but" between)
  for (let k = cue.index + 2; k < h.index - 1; k++) {
    const t = toks[k] as Token;
    if (t.text === "," || t.text === ";" || t.text === "and" || t.text === "but") return false;
    if (!t.word) continue;
    if (FINITE.test(t.text) || /^[a-z]+ed$/.test(t.text)) return true;
  }
  return false;
}
/** A finite verb or auxiliary of a reported clause (its backshifted tense). */
const FINITE = /^(?:was|were|had|did|would|could|might|should|is|are|has|have|does|do)$/;
const PRONOUN_SUBJECT = /^(?:he|she|they|it|we)$/;

/** The content after a weak verb opens with a quote, not with "that" or a colon («supported “the idea”»). */
export function quotedObjectOnly(
  text: string,
  start: { pos: number; that: boolean },
  weakVerb: boolean,
): boolean {
  return weakVerb && !start.that && text[start.pos - 1] !== ":" && CLAUSE_OPENERS.test(text[start.pos] ?? "");
}

const BACKSHIFTED = new Set(["had", "would", "could", "was", "were"]);

/**
 * "said the wait was “not acceptable” and she had asked officials to contact the family": a pronoun after
 * "and" with a backshifted auxiliary goes on with the clause reported by a plain past cue before it (no
 * "and"/"but" between), so the verb after it neither ends that content nor opens a claim of its own.
 */
export function pronounGoesOnReport(toks: Token[], hits: VerbHit[], h: VerbHit): boolean {
  const aux = h.index > 0 ? toks[h.index - 1] : undefined;
  const pronoun = h.index > 1 ? toks[h.index - 2] : undefined;
  if (!aux || !pronoun || !BACKSHIFTED.has(lowerOf(aux)) || !/^(?:he|she|they|it|we)$/i.test(pronoun.text))
    return false;
  if (toks[h.index - 3]?.text.toLowerCase() !== "and") return false;
  let cue: VerbHit | undefined;
  for (const o of hits) if (o.index < h.index - 3 && !o.participle) cue = o;
  if (!cue || cue.form === cue.base || WEAK_VERBS.has(cue.base) || !/ed$|^said$|^told$/.test(cue.form))
    return false;
  if (toks[cue.index - 1]?.word && BACKSHIFTED.has(lowerOf(toks[cue.index - 1] as Token))) return false;
  for (let k = cue.index + 1; k < h.index - 3; k++)
    if (/^(?:and|but|;)$/i.test((toks[k] as Token).text)) return false;
  return true;
}

/** The claim such a verb would open lies inside the content of the claim made last. */
export const insideLastContent = (out: Draft[], cueStart: number): boolean => {
  const last = out[out.length - 1];
  return !!last && last.contentStart < cueStart && cueStart < last.contentEnd;
};

const NOT_PARTICIPLES = new Set(
  "during including according regarding concerning nothing something anything everything morning evening".split(
    " ",
  ),
);
const DETERMINER_BEFORE = /^(?:a|an|the|its|his|her|their|our|this|that|these|those|of|for|no)$/i;
/**
 * "had sent messages describing the fire as “payback” and asking whether …": a participle after a bare "and"
 * pairs with an earlier participle inside the same reported clause (not one opening after a comma, as
 * ", saying …"); it goes on with that clause, not with the speaker of the sentence.
 */
export function pairsWithParticiple(toks: Token[], hits: VerbHit[], h: VerbHit): boolean {
  if (!h.participle || !/ing$/.test(h.form) || toks[h.index - 1]?.text.toLowerCase() !== "and") return false;
  let floor = -1;
  for (const o of hits) if (o.index < h.index && !o.participle) floor = Math.max(floor, o.index);
  if (floor < 0) return false;
  for (let k = h.index - 2; k > floor + 1; k--) {
    const t = toks[k] as Token;
    if (t.text === "," || t.text === ";") return false;
    if (
      t.word &&
      /^[a-z]{3,}ing$/.test(t.text) &&
      !NOT_PARTICIPLES.has(t.text) &&
      !DETERMINER_BEFORE.test(toks[k - 1]?.text ?? "") &&
      toks[k - 1]?.text !== ","
    )
      return true;
  }
  return false;
}

/** A verb after "and"/"but" that continues a reported clause or a relative clause rather than its subject's words. */
export const continuesAnotherClause = (
  out: Draft[],
  text: string,
  sentenceStart: number,
  cueStart: number,
  verbStart: number,
): boolean =>
  insideReportedClause(out, text, cueStart, verbStart) ||
  coordinatedInRelative(out, text, sentenceStart, verbStart);

/** Participles whose active verb always names its hearer: "told", "instructed", "ordered", "advised", "urged". */
const HEARER_PARTICIPLES = /^(?:told|instructed|ordered|advised|urged|warned|encouraged|invited)$/;
/**
 * "said she had been given her insulin but told to buy her tablets elsewhere": after "and"/"but", a participle of
 * a verb that always names its hearer, right before "to" and a verb, is passive (no hearer: the reported clause's
 * own subject was told), so it goes on with the reported clause.
 */
export function passiveBeforeInfinitive(toks: Token[], h: VerbHit): boolean {
  const to = toks[h.index + 1];
  return (
    HEARER_PARTICIPLES.test(h.form) &&
    to?.text === "to" &&
    !!toks[h.index + 2]?.word &&
    /^\p{Ll}+$/u.test((toks[h.index + 2] as Token).text)
  );
}
