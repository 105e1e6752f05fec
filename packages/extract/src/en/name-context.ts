// What stands around a speaker's name read back from the cue (tokens nearest first): a quoted nickname, the
// bounds of an appositive, the role of a body, a unit before the role.
import { lowerOf as lower, type Token } from "../text/tokens.ts";
import { INSTITUTION_HEADS, SUBJECT_STOPS, WH_RELATIVE } from "./lexicon.ts";
import { ROLE_HEAD } from "./person-words.ts";
import { DETERMINERS, isCapWord, roleOfBodyStart } from "./speaker-start.ts";

/** How far back (in tokens) an appositive's opening comma is looked for. */
export const APPOSITIVE_REACH = 45;

/**
 * The index of the opening mark of a quoted nickname whose closing mark is toks[i] (nearest first: one or
 * two capitalised words, the opening mark, then a capitalised given name), or -1.
 */
export function nicknameOpening(toks: Token[], i: number): number {
  const close = (toks[i] as Token).text;
  if (!/^["”'’]$/.test(close) || !isCapWord(toks[i + 1])) return -1;
  const open = isCapWord(toks[i + 2]) ? i + 3 : i + 2;
  const opening = /^["”]$/.test(close) ? /^["“]$/ : /^['‘]$/;
  return opening.test(toks[open]?.text ?? "") && isCapWord(toks[open + 1]) ? open : -1;
}

/**
 * "X, who chairs the committee on agriculture, food, and agrarian reform, said": when the comma at `close`
 * (nearest first) ends the last items of a list ("…, and agrarian reform"), the comma before the "who" or
 * "which" that opens the clause holding the list; else `close`.
 */
export function listInsideRelative(toks: Token[], close: number): number {
  if (!toks.slice(1, close).some((t) => t.text === "and" || t.text === "or")) return close;
  let item = close;
  for (let k = close + 1; k < Math.min(toks.length, APPOSITIVE_REACH); k++) {
    const t = toks[k] as Token;
    if (t.text !== ",") {
      if (!t.word) return close;
      continue;
    }
    if (WH_RELATIVE.test(toks[k - 1]?.text ?? "")) return k - item > 2 ? k : close;
    // (list items are short: "food", "agrarian reform")
    if (k - item > 4) return close;
    item = k;
  }
  return close;
}

/**
 * roleOfBodyStart, or for a body named by its kind after lowercase modifiers ("The chief of the state health
 * service, Ana Silva,": toks[nameEnd] the kind) the index of the role's determiner, or -1.
 */
export function roleOfAnyBodyStart(toks: Token[], nameEnd: number): number {
  const named = roleOfBodyStart(toks, nameEnd);
  if (named >= 0 || !toks[nameEnd]?.word || !INSTITUTION_HEADS.has(lower(toks[nameEnd] as Token)))
    return named;
  for (let j = nameEnd + 1; j < Math.min(toks.length - 2, nameEnd + 5); j++) {
    const t = toks[j] as Token;
    if (!t.word || !/^[a-z]+$/.test(t.text)) return -1;
    if (t.text !== "of") continue;
    const role = toks[j + 1] as Token;
    const det = toks[j + 2] as Token;
    const opened = toks[j - 1]?.text === "the";
    return opened && role.word && /^[a-z]+$/.test(role.text) && det.word && DETERMINERS.has(lower(det))
      ? j + 2
      : -1;
  }
  return -1;
}

/**
 * "IMF mission chief Ana Holt", "World Bank country director Mara Osei" (toks nearest first, toks[i] a lowercase
 * word after the role word and the name, `taken` words read): a unit between a body's capitalised name and the
 * role before the person's name, part of the speaker's words.
 */
export function unitBeforeRole(toks: Token[], i: number, taken: number): boolean {
  const t = toks[i] as Token;
  return (
    taken > 1 &&
    ROLE_HEAD.test((toks[i - 1] as Token).text) &&
    !SUBJECT_STOPS.has(t.text) &&
    /^[a-z]+$/.test(t.text) &&
    isCapWord(toks[i + 1])
  );
}
