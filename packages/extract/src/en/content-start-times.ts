// Time words between an English reporting verb and its content: a calendar date, "two days ago", a time zone.
import { lowerOf as lower, type Token } from "../text/tokens.ts";
import { TIME_WORDS } from "./lexicon.ts";

const MONTH_NAME =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)$/;

/** "evening's", "Sunday’s": a time word with a possessive ending. */
export const possessiveTime = (t: Token | undefined): boolean => {
  const m = t?.word ? /^(\p{L}+)['’]s$/u.exec(t.text) : null;
  return !!m && TIME_WORDS.has((m[1] as string).toLowerCase());
};

/** "said on Tuesday, May 12, that …": the weekday's calendar date, set off by commas, then the content. */
export function afterCalendarDate(toks: Token[], i: number): number {
  if (toks[i]?.text !== "," || !MONTH_NAME.test(toks[i + 1]?.text ?? "")) return i;
  let k = toks[i + 2]?.text === "." ? i + 3 : i + 2;
  if (!/^\d{1,2}$/.test(toks[k]?.text ?? "")) return i;
  k++;
  if (toks[k]?.text === "," && /^(?:19|20)\d\d$/.test(toks[k + 1]?.text ?? "")) k += 2;
  return toks[k]?.text === "," ? k + 1 : k;
}

const AGO_COUNT = /^(?:a|an|one|two|three|four|five|six|seven|several|few|\d{1,2})$/i;
const AGO_UNIT = /^(?:days?|weeks?|months?|years?|hours?)$/i;

const ONE_DAY_OFF = /^(?:a day (?:earlier|later)|the (?:previous|next|following) day)$/i;

/**
 * "said two days ago that …", "told the radio three weeks ago the plan …", "said a day earlier that …",
 * "said the previous day the …", "said the day before yesterday that …", "said the week before last that …",
 * "said the day before that …":
 * the time, then the content.
 */
export function afterDaysAgo(toks: Token[], i: number): number {
  // (both day phrases open with "a" or "the", a token of its own: most words after a verb are neither)
  const opener = toks[i] ? lower(toks[i] as Token) : "";
  if (opener === "a" || opener === "the") {
    const three = toks.slice(i, i + 3).map((t) => t.text);
    if (three.length === 3 && ONE_DAY_OFF.test(three.join(" "))) return i + 3;
    // ("said the day before yesterday that …", "said the Monday before last that …")
    if (
      /^the (?:day|week|(?:sun|mon|tues|wednes|thurs|fri|satur)day) before$/i.test(three.join(" ")) &&
      /^(?:yesterday|last)$/i.test(toks[i + 3]?.text ?? "")
    )
      return i + 4;
    // ("said the day before that …": the day before the one just told, not "the day before the vote")
    if (/^the (?:day|night) before$/i.test(three.join(" ")) && /^(?:that|,)$/i.test(toks[i + 3]?.text ?? ""))
      return i + 3;
  }
  let k = i;
  if (toks[k]?.word && lower(toks[k] as Token) === "a" && toks[k + 1]?.text === "few") k++;
  // ("ago" first: the rarest of the three words)
  if (!toks[k + 2]?.word || lower(toks[k + 2] as Token) !== "ago") return i;
  return AGO_COUNT.test(toks[k]?.text ?? "") && AGO_UNIT.test(toks[k + 1]?.text ?? "") ? k + 3 : i;
}

/** "yesterday (Tuesday)", "yesterday (13)": the weekday or the day of the month a relative day is, in brackets. */
const BRACKETED_DAY = /^(?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|\d{1,2})$/;

/** The index of the ")" closing a bracketed day at i ("yesterday (Tuesday) that …"), or -1. */
export function bracketedDayEnd(toks: Token[], i: number): number {
  return toks[i]?.text === "(" && BRACKETED_DAY.test(toks[i + 1]?.text ?? "") && toks[i + 2]?.text === ")"
    ? i + 2
    : -1;
}

/** The clock words a bracket after a day tells its day by: "(local time)", "(U.S. time)", "(GMT)". */
const CLOCK = /^(?:time|GMT|UTC|ET|EST|EDT|PT|BST|CET)$/;
/**
 * Nearest first from a verb: "yesterday (Tuesday) said", "on Monday (local time) said" — the tokens of the bracket
 * after a time word (3 for a bracketed day), else 0.
 */
export function bracketedDayBefore(nearestFirst: Token[]): number {
  if (nearestFirst[0]?.text !== ")") return 0;
  const open = nearestFirst.findIndex((t, k) => k > 1 && k < 6 && t.text === "(");
  const last = nearestFirst[1]?.text ?? "";
  if (open < 2 || !(open === 2 ? BRACKETED_DAY.test(last) : CLOCK.test(last))) return 0;
  const time = nearestFirst[open + 1];
  return time?.word && TIME_WORDS.has(lower(time)) ? open + 1 : 0;
}

/**
 * "said on Monday (U.S. time) that …", "said Sunday (local time) the talks …": the clock the day is told by;
 * "said yesterday (Tuesday) that …": the day's name.
 */
export function afterTimeZone(toks: Token[], i: number): number {
  const day = bracketedDayEnd(toks, i);
  if (day > 0) return day + 1;
  if (toks[i]?.text !== "(") return i;
  for (let k = i + 1; k < Math.min(toks.length, i + 6); k++)
    if (toks[k]?.text === ")") return CLOCK.test(toks[k - 1]?.text ?? "") ? k + 1 : i;
  return i;
}
