import { lowerOf as lower, type Token } from "../text/tokens.ts";
import { bracketedDayBefore } from "./content-start-times.ts";
import { TIME_WORDS } from "./lexicon.ts";

/**
 * How many tokens (nearest first from the verb) tell a time between a speaker and the verb: "The White House on
 * Tuesday defended", "An arbitration panel in 2001 found".
 */
export function timeBeforeVerb(nearestFirst: Token[]): number {
  if (/^(?:1[89]|20)\d\d$/.test(nearestFirst[0]?.text ?? "") && /^in$/i.test(nearestFirst[1]?.text ?? ""))
    return 2;
  const month = monthBeforeVerb(nearestFirst);
  if (month > 0) return month;
  // ("Ncube yesterday (Tuesday) said": the day's name in brackets after the time word)
  const bracket = bracketedDayBefore(nearestFirst);
  let skip = bracket;
  while (skip < bracket + 3 && nearestFirst[skip]?.word && TIME_WORDS.has(lower(nearestFirst[skip] as Token)))
    skip++;
  if (
    skip > bracket &&
    nearestFirst[skip]?.word &&
    /^(?:on|late|early|last|this)$/i.test((nearestFirst[skip] as Token).text)
  )
    skip++;
  // ("Northwind Bank just this month announced")
  if (skip > bracket && /^just$/i.test(nearestFirst[skip]?.text ?? "")) skip++;
  return skip + occasionBeforeVerb(nearestFirst, skip);
}

const MONTH =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)$/;
/** "Federal prosecutors in April charged", "The senator in late March 2016 said": tokens of the month phrase, or 0. */
function monthBeforeVerb(nearestFirst: Token[]): number {
  let k = /^(?:1[89]|20)\d\d$/.test(nearestFirst[0]?.text ?? "") ? 1 : 0;
  if (!MONTH.test(nearestFirst[k]?.text ?? "")) return 0;
  k++;
  if (/^(?:late|early|mid)$/.test(nearestFirst[k]?.text ?? "")) k++;
  return /^in$/i.test(nearestFirst[k]?.text ?? "") ? k + 1 : 0;
}

const OCCASIONS = new Set(
  "statement interview letter email e-mail speech post tweet video op-ed memo filing release conference briefing address broadcast".split(
    " ",
  ),
);
/**
 * How many tokens from `from` (nearest first) tell the occasion between a speaker and the verb: "Ruth Ames in a
 * statement said", "Stumpf in a televised interview blamed", "The ministry in its weekly briefing said".
 */
function occasionBeforeVerb(nearestFirst: Token[], from: number): number {
  const occasion = nearestFirst[from];
  if (!occasion?.word || !OCCASIONS.has(lower(occasion))) return 0;
  for (let k = from + 1; k <= from + 3; k++) {
    const t = nearestFirst[k];
    if (!t?.word) return 0;
    const w = lower(t);
    if (/^(?:a|an|the|his|her|its|their)$/.test(w))
      return lower(nearestFirst[k + 1] ?? t) === "in" ? k + 2 - from : 0;
    if (!/^[a-z-]+$/.test(t.text)) return 0;
  }
  return 0;
}

/** A day between a coordinator and its verb: "…, and on Tuesday added that …", "but yesterday said". */
const DAY_ADJUNCT = new Set(
  "monday tuesday wednesday thursday friday saturday sunday yesterday today".split(" "),
);

/**
 * Where "and"/"but" stands before the verb whose nearest token is toks[k], past a day between them ("and on
 * Tuesday added"); k when no day comes between.
 */
export function coordinatorAt(toks: Token[], k: number): number {
  const left = toks[k];
  // ("… and repeatedly said, “…”": an adverb in -ly between the coordinator and the verb)
  if (left?.word && /^[a-z]{2,}ly$/.test(left.text) && /^(?:and|but)$/i.test(toks[k - 1]?.text ?? ""))
    return k - 1;
  if (!left?.word || !DAY_ADJUNCT.has(lower(left))) return k;
  let i = k - 1;
  if (toks[i]?.word && /^(?:on|late|early|later|then)$/i.test((toks[i] as Token).text)) i--;
  return toks[i]?.word && /^(?:and|but)$/i.test((toks[i] as Token).text) ? i : k;
}

/** The lowercased word before the verb (see coordinatorAt: "and" for "and on Tuesday added"); "" for a mark. */
export function coordinatorBefore(toks: Token[], k: number): string {
  const t = toks[coordinatorAt(toks, k)];
  return t?.word ? lower(t) : "";
}

/** A passive's auxiliary ("had been considered", "was reviewed"). */
const BE_FORM = /^(?:be|been|being|is|are|was|were)$/i;
/**
 * "had been considered but ruled out", "was reviewed and rejected": a participle after "and"/"but" (at k) that
 * shares the passive before it — the same clause's verb, no new claim of the subject's.
 */
export function sharesPassiveBefore(toks: Token[], k: number, form: string): boolean {
  if (!/(?:ed|en)$/.test(form) || !/^(?:and|but)$/i.test(toks[k]?.text ?? "")) return false;
  const participle = toks[k - 1];
  if (!participle?.word || !/^[a-z]+(?:ed|en|wn)$/.test(participle.text)) return false;
  const aux = toks[k - 2]?.word && /^[a-z]+ly$/.test((toks[k - 2] as Token).text) ? k - 3 : k - 2;
  return BE_FORM.test(toks[aux]?.text ?? "");
}
