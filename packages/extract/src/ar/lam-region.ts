// «الأكاديمية الجهوية للتربية والتكوين لجهة سوس ماسة، …»: a body of a region names the region with «لـ», a
// place noun and the place's own bare name of up to three words («لجهة الرباط سلا القنيطرة»).
import type { Token } from "../text/tokens.ts";
import { foldWord, isFunctionWord, PLACE_NOUNS, TIME_WORDS } from "./lexicon.ts";
import { bare, COMMA, hasAl, isComplementizer, nameLike } from "./phrase.ts";

/**
 * The tokens of «لجهة X Y» at `i` when a comma, a complementizer, a day or the sentence's end closes the place's
 * name (0 otherwise: after three words a person's name may follow).
 */
export function lamRegionEnd(text: string, toks: Token[], i: number): number {
  const t = toks[i];
  if (!t?.word) return 0;
  const b = bare(t);
  if (!/^ل[^ل]/u.test(b) || !PLACE_NOUNS.has(foldWord(b.slice(1)))) return 0;
  let j = i + 1;
  const placeWord = (w: Token | undefined): boolean =>
    !!w?.word &&
    (nameLike(text, w) || (hasAl(w) && !isFunctionWord(w.text))) &&
    !TIME_WORDS.has(foldWord(w.text));
  while (j < i + 4 && placeWord(toks[j])) j++;
  if (j === i + 1) return 0;
  const closer = toks[j];
  const closed =
    !closer ||
    COMMA.test(closer.text) ||
    closer.text === "." ||
    isComplementizer(text, closer) ||
    (closer.word && TIME_WORDS.has(foldWord(closer.text)));
  return closed ? j - i : 0;
}
