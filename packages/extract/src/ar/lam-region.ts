// «الأكاديمية الجهوية للتربية والتكوين لجهة سوس ماسة، …»: a body of a region names the region with «لـ», a
// place noun and the place's own bare name of up to three words («لجهة الرباط سلا القنيطرة»).
import type { Token } from "../text/tokens.ts";
import { foldWord, isFunctionWord, isOrgHead, PLACE_NOUNS, TIME_WORDS } from "./lexicon.ts";
import { bare, COMMA, hasAl, isComplementizer, nameLike, titleHead } from "./phrase.ts";

/**
 * The tokens of «لجهة X Y» at `i` when a comma, a complementizer, a day or the sentence's end closes the place's
 * name (0 otherwise: after three words a person's name may follow).
 */
export function lamRegionEnd(text: string, toks: Token[], i: number): number {
  const t = toks[i];
  if (!t?.word) return 0;
  const b = bare(t);
  if (!/^ل[^ل]/u.test(b) || !PLACE_NOUNS.has(foldWord(b.slice(1)))) return 0;
  const words = placeNameEnd(text, toks, i + 1);
  return words ? words + 1 : 0;
}

/**
 * «الشركة الجهوية متعددة الخدمات الرباط سلا القنيطرة إن …»: a regional body's region, two or three words
 * with no «لـجهة» before them, closed as above; the tokens it spans at `i` (0 otherwise).
 */
export function regionAfterRegionalBody(text: string, toks: Token[], i: number): number {
  const head = toks[0];
  if (!head?.word || !isOrgHead(titleHead(head.text))) return 0;
  if (!toks.slice(0, i).some((t) => t.word && REGIONAL.test(bare(t)))) return 0;
  const words = placeNameEnd(text, toks, i);
  const run = toks.slice(i, i + words);
  // (the region's names are bare but for a city's article, with no «بـ/لـ»: «لحماية المال» is no region)
  const bareNames = run.filter((t) => !hasAl(t) && !/^(?:ب(?!ني$)|ل)/u.test(bare(t)));
  // (something must close it: the tokens read may stop short of the sentence's end)
  const closed = !!toks[i + words];
  return closed &&
    words >= 2 &&
    bareNames.length >= 1 &&
    bareNames.length === run.filter((t) => !hasAl(t)).length
    ? words
    : 0;
}
const REGIONAL = /^الجهوي(?:ة)?$/u;

/** The words of a place's bare name from `i` (up to three), when something closes it right after; else 0. */
function placeNameEnd(text: string, toks: Token[], i: number): number {
  let j = i;
  const placeWord = (w: Token | undefined): boolean =>
    !!w?.word &&
    (nameLike(text, w) || (hasAl(w) && !isFunctionWord(w.text))) &&
    !TIME_WORDS.has(foldWord(w.text));
  while (j < i + 3 && placeWord(toks[j])) j++;
  if (j === i) return 0;
  const closer = toks[j];
  const closed =
    !closer ||
    COMMA.test(closer.text) ||
    closer.text === "." ||
    isComplementizer(text, closer) ||
    (closer.word && TIME_WORDS.has(foldWord(closer.text)));
  return closed ? j - i : 0;
}
