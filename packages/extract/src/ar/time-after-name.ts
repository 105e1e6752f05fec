// «وقال حداد الخميس إن …», «وقال حداد مساء أمس إن …»: the day after a bare name is when the words were said,
// not a family name (a bare «خميس», «جمعة» is a given name and folds apart from the day).

import type { Token } from "../text/tokens.ts";
import { AR_WEEKDAY_NAMES, foldWord } from "./lexicon.ts";

/** The day and the part of it (not «الأول», «الماضي»: a regnal number, a word of a name). Folded. */
const DAY_WORDS = new Set(`${AR_WEEKDAY_NAMES} أمس اليوم مساء صباح ظهر فجر ليلة`.split(/\s+/u).map(foldWord));

/** `end` without the time words that close toks[0..end), keeping the first word. */
export function withoutTimeWords(toks: Token[], end: number): number {
  let e = end;
  while (e > 1 && DAY_WORDS.has(foldWord((toks[e - 1] as Token).text))) e--;
  return e;
}
