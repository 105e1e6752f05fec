// Where a speaker's words after the verb stop before its name runs on: a ḥāl, a «وهو» clause, a Latin hearer.
import type { Token } from "../text/tokens.ts";
import { foldWord } from "./lexicon.ts";
import { bare } from "./phrase.ts";

/**
 * «مخاطبا», «متحدثا», «موجها», «مستشهدا»: an indefinite accusative participle (مُفاعِلًا), the manner of the
 * verb, not a word of its subject's name (not «ماريا», «مونيكا», «منغوليا»: no long vowel after م, no «ـيا»).
 */
export const HAL = /^م[^اوي]\p{L}{2,}(?<!ي)ا$/u;
/** «وهو», «وهي», «وهم»: the subject of a circumstantial clause after a speaker. */
export const HAL_PRONOUN = /^و(?:هو|هي|هم|هما|هن)$/u;
/** «لـFilGoal.com», «لـCNN», «لBBC»: an outlet in Latin script told, the hearer. */
const LATIN_HEARER = /^ل\u0640?[A-Za-z]/u;

/**
 * The index of the first token after the subject's first word that ends it: «وتابع الوزير مخاطبا النواب: …»
 * (a ḥāl, unless a name met before), «وقال المتهم وهو يغالب دموعه: …», «كشف مصدر في اللجنة لـFilGoal.com
 * أن …». -1 if none.
 */
export function subjectStop(toks: Token[], knownNames: Set<string>): number {
  return toks.findIndex(
    (t, k) =>
      k > 0 &&
      t.word &&
      ((HAL.test(bare(t)) && !knownNames.has(foldWord(t.text))) ||
        HAL_PRONOUN.test(bare(t)) ||
        LATIN_HEARER.test(t.text)),
  );
}
