// The seat a member or an MP holds: «عضو المجلس البلدي لمحافظة … عن ولاية مطرح، …».
import type { Token } from "../text/tokens.ts";
import { AFFILIATION_TITLES, FUNCTION_WORDS, foldWord, PLACE_NOUNS } from "./lexicon.ts";
import { bare, COMMA, hasAl, isComplementizer, nameLike } from "./phrase.ts";

/** «دائرة», «الدائرة»: an electoral district, beside the place nouns. */
const DISTRICT = /^(?:ال)?دائر[ةه]$/u;

/**
 * «عن ولاية مطرح», «عن دائرة الكرخ», «عن الدائرة الثالثة» at `i`, closed by a comma or the complementizer:
 * the place a councillor or an MP is elected for belongs to the title. Returns the tokens it spans (0 if none).
 */
export function constituencyEnd(text: string, toks: Token[], i: number): number {
  const [link, head] = [toks[i], toks[i + 1]];
  if (!link?.word || foldWord(link.text) !== "عن" || !head?.word) return 0;
  const h = bare(head);
  if (!DISTRICT.test(h) && !(PLACE_NOUNS.has(foldWord(h)) && !hasAl(head))) return 0;
  let j = i + 2;
  while (
    j < i + 4 &&
    toks[j]?.word &&
    (nameLike(text, toks[j] as Token) || hasAl(toks[j] as Token)) &&
    !FUNCTION_WORDS.has(foldWord((toks[j] as Token).text))
  )
    j++;
  const closer = toks[j];
  return j > i + 2 && (!closer || COMMA.test(closer.text) || isComplementizer(text, closer)) ? j - i : 0;
}

/** A title that holds a seat («عضو», «نائبة»; folded): its constituency may follow where its body is. */
export const seatHolder = (head: string): boolean =>
  AFFILIATION_TITLES.has(head) && /^(?:عضو|نايب)/u.test(head);
