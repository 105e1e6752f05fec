import type { Draft } from "../draft.ts";
import { lowerOf as lower, type Token } from "../text/tokens.ts";
import { FINITE, FINITE_AFTER } from "./auxiliaries.ts";

/** Common irregular past forms that follow a subject ("the plan fell through and …"). */
const IRREGULAR_PAST =
  /^(?:hit|went|came|left|stood|held|took|made|gave|ran|sat|rose|fell|met|struck|broke|wrote|began|sent|kept|brought|fought|sought|won|lost|threw|drew|led|spent|put|set|cut|shut|saw|knew|thought|felt|got|found|paid|became|grew|chose|spoke)$/;
/** Words that open no noun phrase: clause links, relative pronouns, prepositions of an adjunct. */
const NOT_IN_NOUN_PHRASE =
  /^(?:that|which|who|whom|whose|because|if|when|while|whereas|although|though|since|unless|until|so|yes|no|nothing|not|;|:|“|”|"|‘|’|\(|\)|—|–)$/;
/** Determiners after which an "-ed" word is an adjective ("the armed forces", "its elected members"). */
const DETERMINER = /^(?:the|a|an|its|his|her|their|our|my|your|some|all|both|many|two|three|several|other)$/;
/** Subjects that never join a coordinated subject as its second member ("and he warned …"). */
const PRONOUN = /^(?:he|she|they|we|i|you|it|there|this)$/;
/** A verb form that agrees with one singular subject, never with "X and Y". */
const SINGULAR = /^(?:is|was|has|does|says)$/;

/**
 * "said Kenya and Uganda had agreed …", "said the union and the employers have warned …": the "and"/"but" at
 * toks[link] joins the subject of the verb group opening at toks[verbAt] to the noun phrase before it — the
 * words from toks[from] (where the reported words start) to the link have no finite verb of their own, so they
 * cannot be a complete clause, and together they are one coordinated subject, not a new speaker's clause.
 */
export function joinsSubject(toks: Token[], from: number, link: number, verbAt: number): boolean {
  if (!/^(?:and|but)$/.test(lower(toks[link] as Token))) return false;
  const next = toks[link + 1];
  if (!next?.word || PRONOUN.test(lower(next))) return false;
  // ("…, and the mayor says it …": one singular subject)
  const verb = toks[verbAt];
  if (!verb || SINGULAR.test(lower(verb)) || (/s$/.test(lower(verb)) && !/ss$/.test(lower(verb))))
    return false;
  let i = from;
  if (toks[i]?.word && lower(toks[i] as Token) === "that") i++;
  if (link - i < 1 || link - i > 12) return false;
  // ("said the road runs to the coast, and Paul Kerr said …": a comma before the "and" of two items is no list's,
  // a serial comma needs three; the "and" joins two clauses)
  if (toks[link - 1]?.text === "," && !toks.slice(i, link - 1).some((t) => t.text === ",")) return false;
  for (let k = i; k < link; k++) {
    const t = toks[k] as Token;
    const w = lower(t);
    if (NOT_IN_NOUN_PHRASE.test(w) || (!t.word && w !== "," && w !== ".")) return false;
    if (!t.word || /^\p{Lu}/u.test(t.text)) continue;
    if (FINITE.test(w) || IRREGULAR_PAST.test(w)) return false;
    // ("the armed forces", "newly elected members": an adjective after a determiner or an adverb)
    const before = lower(toks[k - 1] ?? t);
    if (k > i && /^[a-z]{2,}ed$/.test(w) && !DETERMINER.test(before) && !/ly$/.test(before)) return false;
  }
  return true;
}

/**
 * A subject starting at `from` (text offset) right after an "and"/"but" that joinsSubject reads as coordinated,
 * inside the content of a claim already read in the sentence: no speaker of its own.
 */
export function joinedInContent(out: Draft[], toks: Token[], from: number, verbAt: number): boolean {
  const link = toks.findIndex((t) => t.start === from) - 1;
  if (link < 1) return false;
  const linkStart = (toks[link] as Token).start;
  const claim = out.findLast(
    (o) => o.cueEnd <= o.contentStart && o.contentStart < linkStart && from < o.contentEnd,
  );
  if (!claim) return false;
  const start = toks.findIndex((t) => t.start >= claim.contentStart);
  return start >= 0 && joinsSubject(toks, start, link, verbAt);
}

/** A word that opens with a capital letter. */
export const capital = (t: Token | undefined): boolean => !!t?.word && /^\p{Lu}/u.test(t.text);

/**
 * Capitalised names from toks[i] (maybe joined by "and" or commas), then a finite verb: the index of that verb, or -1.
 */
export function namesThenVerb(toks: Token[], i: number): number {
  if (!capital(toks[i])) return -1;
  for (let k = i; k < i + 8 && k < toks.length; k++) {
    const t = toks[k] as Token;
    if (capital(t)) continue;
    if (k > i && (t.text === "," || lower(t) === "and") && capital(toks[k + 1])) continue;
    return k > i && t.word && FINITE_AFTER.test(t.text) ? k : -1;
  }
  return -1;
}

/**
 * "told reporters Kenya and Uganda had agreed …", "told journalists John Smith had resigned": capitalised names
 * (maybe joined by "and" or commas) after a lowercase hearer at toks[i - 1], then a finite verb, are the reported
 * clause's subject, not more of the hearer.
 */
export function namesBeforeVerb(toks: Token[], i: number): boolean {
  const before = toks[i - 1];
  if (!before?.word || !/^\p{Ll}/u.test(before.text) || /^(?:the|of|and)$/.test(lower(before))) return false;
  return namesThenVerb(toks, i) >= 0;
}
