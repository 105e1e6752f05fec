// «رئيسة بلدية طنجة», «رئيس حركة حماس خليل الحية»: a title's body or place in construct, with its own name.
import { foldWord, hasArticle, ORG_TITLES, PLACE_NOUNS } from "./lexicon.ts";

/** «آخر», «أخرى», «آخرون»: another one of them («سيدة أخرى»: described, not named). */
export const ANOTHER = /^(?:آخر|أخرى|آخرون|آخرين|أخريات)$/u;

/**
 * After a title phrase ending at word `i` with a body or place noun in construct («بلدية», «حركة»,
 * «مدينة», no article), the next word is that body's or place's name, not the person's: null when no more
 * follows it (or one word more: «بلدية برج البراجنة»), so the mention names no one; 1 when a name of two
 * words or three follows it (the body's one-word name joins the title); 0 otherwise.
 */
export function constructBodyName(ws: readonly string[], i: number): number | null {
  const noun = ws[i - 1];
  if (i < 2 || !noun || hasArticle(noun)) return 0;
  const f = foldWord(noun);
  if (!ORG_TITLES.has(f) && !PLACE_NOUNS.has(f)) return 0;
  const rest = ws.length - i;
  if (rest >= 1 && rest <= 2) return null;
  return rest >= 3 && rest <= 4 && ORG_TITLES.has(f) ? 1 : 0;
}
