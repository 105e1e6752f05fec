/**
 * Where a hearer ends before reported words with no "that": a capitalised outlet or body followed by the capitalised
 * subject ("told the BBC Kenya had agreed …", "told Sky News London was ready …") and a hearer with an "of"-phrase
 * ("told members of Congress the plan was dead", "told residents of the town the water was safe").
 */

import type { Token } from "../text/tokens.ts";
import { FINITE_AFTER } from "./auxiliaries.ts";
import { capital, namesThenVerb } from "./coordinated-subject.ts";
import { isStateName } from "./person-words.ts";
import { ADJUNCT_START, lower } from "./verbs.ts";

/** The last word of an outlet's or a body's name ("the BBC", "Sky News", "The Irish Times", "the Senate"). */
const NAME_END =
  /^(?:[A-Z]{2,5}|News|Times|Post|Journal|Guardian|Telegraph|Herald|Tribune|Chronicle|Gazette|Mail|Mirror|Express|Independent|Observer|Standard|Insider|Press|Today|Agency|Network|Reuters|Bloomberg|Politico|Axios|Jazeera|Xinhua|Interfax|Yonhap|Kyodo|Council|Committee|Commission|Senate|Congress|Parliament|Assembly|Board|Court|Tribunal|Inquiry)$/;
/**
 * Inside a capitalised run at toks[i], the index after the last outlet or body name end that capitalised names and
 * a finite verb follow ("the BBC News | Kenya and Uganda had"), or -1.
 */
export function capitalHearerEnd(toks: Token[], i: number): number {
  let end = -1;
  for (let k = i; k < i + 6 && capital(toks[k]); k++)
    if (NAME_END.test((toks[k] as Token).text) && namesThenVerb(toks, k + 1) >= 0) end = k + 1;
  return end;
}

/**
 * "told Smith Kenya had agreed …", "told Jane Achieng Boeing had recalled …": a verb that always has its hearer,
 * then one capitalised run and a finite verb — the hearer is a person named first, the reported clause's subject
 * is a state named in the run or else its last word. The index where the words start, or -1.
 */
export function personHearerEnd(toks: Token[], i: number): number {
  let end = i;
  while (end < i + 5 && capital(toks[end])) end++;
  if (end - i < 2 || namesThenVerb(toks, i) < 0) return -1;
  for (let k = i + 1; k < end; k++) if (isStateName((toks[k] as Token).text)) return k;
  return end - 1;
}

const DETERMINER = /^(?:the|a|an|his|her|their|its|our|both|all)$/i;
/** Words that open a clause: a subject pronoun or a determiner. */
const OPENER =
  /^(?:he|she|they|it|we|i|there|the|a|an|this|these|those|his|her|their|its|our|no|some|all|every)$/;
/** A hearer's head noun: a plural or a group of people ("members", "people", "a meeting"). */
const HEAD =
  /^(?:[a-z]{3,}s|people|staff|police|meeting|gathering|conference|session|audience|crowd|congregation|delegation)$/;
/** Words that are no hearer's head noun. */
const NOT_HEAD =
  /^(?:that|who|whom|which|to|if|whether|and|or|but|how|why|what|about|of|on|in|at|him|them|me|us|you)$/i;

/** A finite verb within a few words after toks[c], before any punctuation. */
function finiteSoon(toks: Token[], c: number): boolean {
  for (let k = c + 1; k < Math.min(toks.length, c + 7); k++) {
    const t = toks[k] as Token;
    if (!t.word) return false;
    if (FINITE_AFTER.test(t.text)) return true;
  }
  return false;
}

/**
 * "told members of Congress the plan …", "told leaders of the union the …", "told a meeting of the council the …":
 * a hearer noun and its "of"-phrase at toks[i]; the index where the reported words start, or -1.
 */
export function ofHearerEnd(toks: Token[], i: number): number {
  let j = i;
  if (toks[j]?.word && DETERMINER.test((toks[j] as Token).text)) j++;
  const head = j;
  // (one or two lowercase words: "senior members", "members")
  while (
    j < head + 2 &&
    toks[j]?.word &&
    /^\p{Ll}+$/u.test((toks[j] as Token).text) &&
    !NOT_HEAD.test(lower(toks[j] as Token))
  )
    j++;
  // (people, not a thing: "told the story of the war the army had hidden" tells no hearer)
  if (j === head || !HEAD.test((toks[j - 1] as Token).text) || lower(toks[j] ?? (toks[i] as Token)) !== "of")
    return -1;
  j++;
  if (toks[j]?.word && DETERMINER.test((toks[j] as Token).text)) j++;
  // "of Congress", "of the Senate", "of the House of Representatives": a capitalised name
  if (capital(toks[j])) {
    const split = capitalHearerEnd(toks, j);
    if (split >= 0) return split;
    let k = j;
    while (capital(toks[k]) || (lower(toks[k] ?? (toks[j] as Token)) === "of" && capital(toks[k + 1]))) k++;
    return toks[k]?.word && finiteSoon(toks, k - 1) && !FINITE_AFTER.test((toks[k] as Token).text) ? k : -1;
  }
  // "of the town the water …", "of the victims the inquiry …": a lowercase noun or two, then a clause opener
  for (let k = j + 1; k < j + 4 && toks[k]?.word; k++) {
    const t = toks[k] as Token;
    if ((OPENER.test(t.text) || capital(t)) && finiteSoon(toks, k)) return k;
    if (!/^\p{Ll}+$/u.test(t.text)) return -1;
  }
  return -1;
}

/**
 * "told KTVB 7 on Thursday", "told WXYZ 7.": a channel number after a station's capitalised name; not the number
 * that opens the words ("told reporters 40 nurses had left", "told Reuters 12% of staff …").
 */
export function stationNumber(toks: Token[], i: number): boolean {
  if (!/^\d{1,2}$/.test((toks[i] as Token).text) || !/^\p{Lu}/u.test(toks[i - 1]?.text ?? "")) return false;
  const next = toks[i + 1];
  if (!next) return true;
  if (!next.word) return next.text !== "%";
  return /^\p{Lu}/u.test(next.text) || ADJUNCT_START.has(lower(next));
}

/**
 * "told the Public Accounts Committee (PAC) on Monday that …": the short form in brackets after a capitalised
 * name is part of the hearer; the index of its closing bracket, or -1.
 */
export function bracketedShortFormEnd(toks: Token[], i: number): number {
  const short = toks[i + 1]?.text ?? "";
  return toks[i]?.text === "(" &&
    /^\p{Lu}/u.test(toks[i - 1]?.text ?? "") &&
    // ("(LegCo)", "(MoH)", "(CCI-TL)": two capitals at least)
    /^(?:\p{Lu}[\p{Lu}&]{1,6}|\p{Lu}[\p{L}&]{1,6}\p{Lu}|\p{Lu}\p{Ll}{1,3}\p{Lu}\p{Ll}{1,2}|\p{Lu}{2,5}-\p{Lu}{2,3})$/u.test(
      short,
    ) &&
    toks[i + 2]?.text === ")"
    ? i + 2
    : -1;
}

/** A programme or the coverage of an outlet ("evening bulletin", "breakfast show", "election coverage"). */
const PROGRAMME =
  /^(?:coverage|bulletin|show|programme|program|broadcast|podcast|interview|edition|segment|news)$/;
/** An outlet's possessive: a name ("ABC’s") or a word for an outlet ("the broadcaster’s"). */
const OUTLET_OWNER =
  /^(?:\p{Lu}[\p{L}\p{N}.&-]*|broadcaster|station|network|channel|newspaper|paper|radio|website|outlet)['’]s$/u;
/**
 * "told the broadcaster’s evening bulletin the channel was safe", "told ABC’s election coverage the result …": an
 * outlet's possessive at toks[i], then its programme (a lowercase word or two before the programme's noun) — the
 * index after the programme, or -1.
 */
export function programmeHearerEnd(toks: Token[], i: number): number {
  if (!OUTLET_OWNER.test(toks[i]?.text ?? "")) return -1;
  for (let k = i + 1; k < i + 4; k++) {
    const t = toks[k];
    if (!t?.word || !/^\p{Ll}/u.test(t.text)) return -1;
    if (PROGRAMME.test(t.text)) return k + 1;
  }
  return -1;
}
