// «رئيسة بلدية طنجة», «رئيس حركة حماس خليل الحية»: a title's body or place in construct, with its own name.
import { FUNCTION_WORDS, foldWord, hasArticle, ORG_TITLES, PLACE_NOUNS } from "./lexicon.ts";
import { constructGenitive } from "./office-words.ts";
import { NAME_JOINERS } from "./phrase.ts";

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
  /^(?:باب|عين|بني|أولاد|اولاد|دار|رأس|راس|وادي|بئر|برج|تل|ذراع|حاسي|أم|ام|سيدي|تفرغ)$/u;

/**
 * «مدير دائرة ماء البصرة حيدر …», «رئيس جمعية أرباب سيارات الأجرة X Y»: after a bare body head at ws[i-1],
 * its bare genitive (or a chain of two) and the definite word closing it, before a name of two words or more;
 * the words they span (0 if none).
 */
export function bodyConstructWords(ws: readonly string[], i: number): number {
  const head = ws[i - 1];
  const w = ws[i] as string;
  if (i < 2 || !head || hasArticle(head) || !ORG_TITLES.has(foldWord(head))) return 0;
  const bare = !hasArticle(w) && !FUNCTION_WORDS.has(foldWord(w)) && !NAME_JOINERS.has(w);
  const chain = constructGenitive(w, ws[i + 1])
    ? 2
    : bare && constructGenitive(ws[i + 1] ?? "", ws[i + 2])
      ? 3
      : 0;
  return chain && ws.length - i >= chain + 2 ? chain : 0;
}
