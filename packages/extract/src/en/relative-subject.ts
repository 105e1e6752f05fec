/**
 * Speakers met through a relative clause: "The company that ran Llyn Carreg has told …", "the department, which …",
 * "businesses who say …", "the traders I spoke to said …".
 */
import type { Token } from "../text/tokens.ts";
import { ROLE_HEAD } from "./person-words.ts";
import { isPluralPeople } from "./phrase-words.ts";
import type { SourceSpan } from "./source.ts";
import { OFFICE } from "./titles.ts";

/** The speaker walk back from the nearest of `toks` (subjectBefore over the text). */
type Walk = (toks: Token[]) => SourceSpan | null;

const RELATIVE_WORDS = new Set(["who", "that", "which", "whose"]);
const NOT_A_VERB =
  /^(?:the|a|an|of|in|on|for|to|at|by|with|from|and|or|its|his|her|their|had|has|have|was|were|is|are|would|will)$/;
/**
 * Nearest first: "Llyn Carreg", then a lowercase verb ("ran"), then "that"/"who"/"which" after a lowercase
 * head ("company"): the index of the relative pronoun, or -1. A lowercase object ("the railways") only after
 * "which", which never opens a speaker's clause as "that" can ("said that the minister …"), and in a "whose"
 * clause ("The woman whose son was killed in the crash said": "son" stands where the verb would).
 */
export function relativeAfterObject(toks: Token[], isCap: (t: Token) => boolean): number {
  for (let r = 2; r < Math.min(toks.length - 1, 8); r++) {
    const t = toks[r] as Token;
    if (!t.word || !RELATIVE_WORDS.has(t.text)) continue;
    const verb = toks[r - 1] as Token;
    const head = toks[r + 1] as Token;
    const object = toks.slice(0, r - 1);
    return verb.word &&
      /^[a-z]+$/.test(verb.text) &&
      !NOT_A_VERB.test(verb.text) &&
      head.word &&
      /^[a-z]+$/.test(head.text) &&
      object.every((u) => u.word) &&
      // (not "a ruling that opposition leader Amir Khan said": a titled name is the clause's subject)
      !object.some((u) => /^[a-z]+$/.test(u.text) && (ROLE_HEAD.test(u.text) || OFFICE.test(u.text))) &&
      (object.some(isCap) || t.text === "which" || t.text === "whose")
      ? r
      : -1;
  }
  return -1;
}

const DASH = /^[—–-]$/;
/**
 * "the health department, which reported …": the body before the relative pronoun speaks; the mention runs
 * from it to "which" (the name is read from its head, as for "X, who …").
 */
export function antecedentOfWhich(text: string, toks: Token[], subjectBefore: Walk): SourceSpan | null {
  const which = toks[0] as Token;
  // ("the study -- which notes that …": a dash stands for the comma)
  const dashes = DASH.test(toks[1]?.text ?? "") ? (DASH.test(toks[2]?.text ?? "") ? 2 : 1) : 0;
  const comma = toks[1]?.text === "," || dashes > 0;
  const head = subjectBefore(toks.slice(comma ? 1 + Math.max(dashes, 1) : 1));
  if (!head || head.pronoun) return null;
  // a body or a document, named or with a determiner: "the Herald, which", "the study, which"
  if (!/^(?:the\s|\p{Lu})/u.test(text.slice(head.start, head.end))) return null;
  return { start: head.start, end: comma ? which.end : head.end, pronoun: false };
}

/** "businesses who say", "residents who said": a plural noun of people right before "who" (no comma). */
export function antecedentOfWho(toks: Token[], subjectBefore: Walk): SourceSpan | null {
  const noun = toks[1];
  if (!noun?.word || !/^[a-z]{3,}s$/.test(noun.text) || /(?:ss|us|is)$/.test(noun.text)) return null;
  // (after a preposition, "opposition from businesses who …", the noun alone)
  // (the mention runs on to "who", as PolNeAR marks the source of such a clause)
  const head = subjectBefore(toks.slice(1));
  return {
    start: head && !head.pronoun ? head.start : noun.start,
    end: (toks[0] as Token).end,
    pronoun: false,
  };
}

/**
 * "Protesters, who called for …", "the local farmers, who say …": plural people before the comma of a "who"
 * clause speak (a name there is the pronoun's to resolve); the mention runs on to "who".
 */
export function peopleBeforeWho(toks: Token[], subjectBefore: Walk): SourceSpan | null {
  const noun = toks[2];
  if (toks[1]?.text !== "," || !noun?.word || !isPluralPeople(noun.text.toLowerCase())) return null;
  const head = subjectBefore(toks.slice(2));
  if (!head || head.pronoun || head.end !== noun.end) return null;
  return { start: head.start, end: (toks[0] as Token).end, pronoun: false };
}

const MET = /^(?:[a-z]+ed|met|spoke|saw|knew|heard)$/;
/**
 * Nearest first: "to"/"with" (optional), a past-tense verb, then "I"/"we" after a lowercase head ("The traders I
 * spoke to said", "the tenants we interviewed said"): the index of the pronoun of a relative clause that has no
 * relative word, or -1.
 */
export function contactRelative(toks: Token[]): number {
  const k = toks[0]?.word && (toks[0].text === "to" || toks[0].text === "with") ? 1 : 0;
  const verb = toks[k];
  const pronoun = toks[k + 1];
  const head = toks[k + 2];
  return verb?.word &&
    MET.test(verb.text) &&
    pronoun?.word &&
    (pronoun.text === "I" || pronoun.text === "we") &&
    head?.word &&
    /^[a-z]+$/.test(head.text) &&
    !NOT_A_VERB.test(head.text)
    ? k + 1
    : -1;
}
