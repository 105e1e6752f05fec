// «رئيسة بلدية طنجة», «رئيس حركة حماس خليل الحية»: a title's body or place in construct, with its own name.
import { foldWord, hasArticle, ORG_TITLES, PLACE_NOUNS } from "./lexicon.ts";

/** «آخر», «أخرى», «آخرون»: another one of them («سيدة أخرى»: described, not named). */
export const ANOTHER = /^(?:آخر|أخرى|آخرون|آخرين|أخريات)$/u;

/**
 * After a title phrase ending at word `i` with a body or place noun in construct («بلدية», «حركة»,
 * «مدينة», no article), the next word is that body's or place's name, not the person's: null when no more
 * follows it (or one word more: «بلدية برج البراجنة»), so the mention names no one; 1 when a name of two
 * words or three follows it (the body's one-word name joins the title; two words for «باب تازة»); 0 otherwise.
 */
export function constructBodyName(ws: readonly string[], i: number): number | null {
  const noun = ws[i - 1];
  if (i < 2 || !noun || hasArticle(noun)) return 0;
  const f = foldWord(noun);
  if (!ORG_TITLES.has(f) && !PLACE_NOUNS.has(f)) return 0;
  const rest = ws.length - i;
  if (rest >= 1 && rest <= 2) return null;
  // «رئيس جماعة باب تازة حميد البقالي»: a place name of two words, opened by «باب», «عين», «بني» …
  const place = TWO_WORD_PLACE.test(ws[i] ?? "") ? 2 : 1;
  return rest >= place + 2 && rest <= place + 3 && ORG_TITLES.has(f) ? place : 0;
}

/**
 * «باب تازة», «عين الشق», «بني ملال», «أولاد تايمة», «رأس الخيمة», «سيدي بوزيد»: the first word of a two-word
 * place name.
 */
export const TWO_WORD_PLACE =
  /^(?:باب|عين|بني|أولاد|اولاد|دار|رأس|راس|وادي|بئر|برج|تل|ذراع|حاسي|أم|ام|سيدي)$/u;
