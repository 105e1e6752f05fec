// «مدير التربية في محافظة البصرة», «مدير الصحة في قضاء الزبير»: an office of a department and the place noun with
// its name that the office serves is one title; the head and its department alone would name only the office.
import type { Token } from "../text/tokens.ts";
import { COMPASS, DHI, FUNCTION_WORDS, foldWord, hasArticle, PLACE_NOUNS } from "./lexicon.ts";
import { bare } from "./phrase.ts";

/**
 * After a title and its genitive (word `i` > 1), «في» + a place noun in construct + the place's name: how many
 * words they take (0 if not). «في مؤتمر», «في بيان» are occasions, not places, and stay out.
 */
export function officePlaceAt(toks: Token[], i: number): number {
  const [fi, noun, name] = [toks[i], toks[i + 1], toks[i + 2]];
  if (i < 2 || !fi?.word || bare(fi) !== "في" || !noun?.word || !name?.word) return 0;
  if (hasArticle(noun.text) || !PLACE_NOUNS.has(foldWord(noun.text))) return 0;
  // («في محافظة ذي قار», «في ولاية شمال كردفان»: a place name of two words)
  if (DHI.test(bare(name)) || COMPASS.test(bare(name))) return toks[i + 3]?.word ? 4 : 0;
  return FUNCTION_WORDS.has(foldWord(name.text)) ? 0 : 3;
}
