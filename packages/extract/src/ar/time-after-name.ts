// «وقال حداد الخميس إن …», «وقال حداد مساء أمس إن …»: the day after a bare name is when the words were said,
// not a family name (a bare «خميس», «جمعة» is a given name and folds apart from the day).

import type { Token } from "../text/tokens.ts";
import { AR_WEEKDAY_NAMES, foldWord } from "./lexicon.ts";
import { isMonthWord } from "./month-word.ts";

/** The day and the part of it (not «الأول», «الماضي»: a regnal number, a word of a name). Folded. */
const DAY_WORDS = new Set(`${AR_WEEKDAY_NAMES} أمس اليوم مساء صباح ظهر فجر ليلة`.split(/\s+/u).map(foldWord));

/** `end` without the time words that close toks[0..end), keeping the first word. */
export function withoutTimeWords(toks: Token[], end: number): number {
  let e = end;
  while (e > 1 && DAY_WORDS.has(foldWord((toks[e - 1] as Token).text))) e--;
  // «وقال الوزير يونيو الماضي إن …»: a month and «الماضي/المقبل/الجاري» are when, no family name
  if (
    e > 2 &&
    MONTH_EDGE.test(foldWord((toks[e - 1] as Token).text)) &&
    isMonthWord((toks[e - 2] as Token).text)
  )
    e -= 2;
  return e;
}

/** «الماضي», «المقبل», «الجاري», «المنصرم» after a month. Folded. */
const MONTH_EDGE = new RegExp(
  `^(?:${["الماضي", "المقبل", "الجاري", "المنصرم"].map(foldWord).join("|")})$`,
  "u",
);

/** «يوم», «أمس», «الإثنين», «مساء»: a word that tells when. */
export const isDayWord = (t: Token | undefined): boolean =>
  !!t?.word && (DAY_WORDS.has(foldWord(t.text)) || foldWord(t.text) === foldWord("يوم"));

/** «بطنجة يوم الإثنين», «بمراكش أمس»: «بـ» and a town's bare name at `i`, then when the words were said. */
export const townBeforeDay = (toks: Token[], i: number): boolean =>
  !!toks[i]?.word && /^ب[^ن]\p{L}{2,}$/u.test((toks[i] as Token).text) && isDayWord(toks[i + 1]);
