// Where a speaker's words after the verb stop before its name runs on: a ḥāl, a «وهو» clause, a Latin hearer, a time.

import { seatless, withoutHarakat } from "../text/chars.ts";
import type { Token } from "../text/tokens.ts";
import { articleMap } from "../text/word-memo.ts";
import { AR_WEEKDAY_ALTERNATION, foldWord } from "./lexicon.ts";
import { bare } from "./phrase.ts";

/**
 * «مخاطبا», «متحدثا», «موجها», «مستشهدا»: an indefinite accusative participle (مُفاعِلًا), the manner of the
 * verb, not a word of its subject's name (not «ماريا», «مونيكا», «منغوليا»: no long vowel after م, no «ـيا»).
 */
export const HAL = /^م[^اوي]\p{L}{2,}(?<!ي)ا$/u;
/** «وهو», «وهي», «وهم»: the subject of a circumstantial clause after a speaker. */
export const HAL_PRONOUN = /^و(?:هو|هي|هم|هما|هن)$/u;
/** «لـFilGoal.com», «لـCNN», «لBBC»: an outlet in Latin script told, the hearer. */
export const LATIN_HEARER = /^ل\u0640?[A-Za-z]/u;

/** «أول أمس», «مساء الثلاثاء», «ليلة أمس», «الأسبوع الماضي»: a time phrase at k (the hour of a day, then the day). */
// («نهار الأحد»: the day itself, in Lebanese press)
const DAY_PART = /^(?:صباح|مساء|ظهر|ظهيرة|عصر|فجر|ليل|ليلة|ضحى|منتصف|نهار)$/u;
const DAY_NAME = seatless(new RegExp(`^(?:أمس|اليوم|يوم|${AR_WEEKDAY_ALTERNATION})$`, "u"));
const PAST_PERIOD = seatless(/^(?:الأسبوع|الشهر|العام|السنة|الليلة)$/u);
/** «مطلع الأسبوع», «نهاية الشهر الماضي», «صبيحة اليوم», «عشية الاثنين»: an edge of a period or of a day. */
const PERIOD_EDGE = seatless(/^(?:مطلع|مستهل|بداية|نهاية|ختام|أواخر|أوائل|صبيحة|عشية|غداة)$/u);
const PERIOD_END = /^(?:الماضي|المنصرم|الفائت|الماضية|المنصرمة|الفائتة)$/u;
/** «يتحدث», «تتكلم»: an imperfect verb of the fifth or sixth form after the subject («وكان الوزير يتحدث في …»). */
const FORM_V_IMPERFECT = /^[يت]ت\p{L}{3,4}$/u;
/** «بهذه», «بتلك»: a preposition on a demonstrative, the object of the verb («وأدلى الوزير بهذه التصريحات»). */
const ON_POINTER = /^ب(?:هذه|هذا|تلك|ذلك|هذين|هاتين)$/u;
/** «مطلع الأسبوع», «صبيحة اليوم» at k: an edge word and the period or day it is the edge of. */
export function periodEdgeAt(toks: Token[], k: number): boolean {
  const t = toks[k];
  const next = toks[k + 1];
  if (!t?.word || !next?.word || !PERIOD_EDGE.test(bare(t))) return false;
  return DAY_NAME.test(bare(next)) || PAST_PERIOD.test(bare(next));
}

export function timePhraseAt(toks: Token[], k: number): boolean {
  const w = bare(toks[k] as Token);
  const next = toks[k + 1]?.word ? bare(toks[k + 1] as Token) : "";
  if (/^[أا]ول$/u.test(w))
    return DAY_NAME.test(next === "من" && toks[k + 2]?.word ? bare(toks[k + 2] as Token) : next);
  // («منتصف ليل الثلاثاء»: midnight, then the day)
  if (w === "منتصف" && /^ليل(?:ة)?$/u.test(next))
    return DAY_NAME.test(bare(toks[k + 2] ?? (toks[k] as Token)));
  if (DAY_PART.test(w)) return DAY_NAME.test(next);
  if (periodEdgeAt(toks, k)) return true;
  // («الأسبوع قبل الماضي»: the week before last)
  const end = next === "قبل" && toks[k + 2]?.word ? bare(toks[k + 2] as Token) : next;
  return PAST_PERIOD.test(w) && PERIOD_END.test(end);
}

/**
 * The index of the first token after the subject's first word that ends it: «وتابع الوزير مخاطبا النواب: …»
 * (a ḥāl, unless a name met before), «وقال المتهم وهو يغالب دموعه: …», «كشف مصدر في اللجنة لـFilGoal.com
 * أن …», «وقال الوزير خالد منصور أول أمس إن …» (a time phrase). -1 if none.
 */
export function subjectStop(toks: Token[], knownNames: Set<string>): number {
  return toks.findIndex((t, k) => {
    if (k === 0 || !t.word) return false;
    const kinds = stopKinds(t.text);
    return (
      ((kinds & HAL_WORD) !== 0 && !knownNames.has(foldWord(t.text))) ||
      (kinds & STOP_WORD) !== 0 ||
      ((kinds & TIME_OPENER) !== 0 && timePhraseAt(toks, k))
    );
  });
}

// What a word can be to subjectStop, from its text alone (asked of each word of every subject read): its
// regexes once per word of the article instead of at every reading.
const HAL_WORD = 1;
/** «وهو», a Latin hearer, a fifth-form imperfect, «بهذه»: a stop whatever the names. */
const STOP_WORD = 2;
/** A word a time phrase opens with (timePhraseAt is false for any other). */
const TIME_OPENER = 4;
const kindsSeen = articleMap<number>();
function stopKinds(text: string): number {
  let kinds = kindsSeen.get(text);
  if (kinds === undefined) {
    const b = withoutHarakat(text);
    kinds =
      (HAL.test(b) ? HAL_WORD : 0) |
      (HAL_PRONOUN.test(b) || LATIN_HEARER.test(text) || FORM_V_IMPERFECT.test(b) || ON_POINTER.test(b)
        ? STOP_WORD
        : 0) |
      (/^[أا]ول$/u.test(b) || b === "منتصف" || DAY_PART.test(b) || PERIOD_EDGE.test(b) || PAST_PERIOD.test(b)
        ? TIME_OPENER
        : 0);
    if (text.length <= 24) kindsSeen.set(text, kinds);
  }
  return kinds;
}
