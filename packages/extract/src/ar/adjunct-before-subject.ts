// «وقال في دمشق اللواء الركن X إن …», «وقال اليوم الوزير X إن …»: a time or a place between the verb and
// its titled subject.
import { type Token, tokensForward } from "../text/tokens.ts";
import { FUNCTION_WORDS, foldWord, PERSON_TITLES, TIME_WORDS } from "./lexicon.ts";
import { bare, hasAl, isComplementizer, titleHead } from "./phrase.ts";

/**
 * Where a definite person title starts after a time word («اليوم», «أمس», a weekday) and/or a «في/من» place
 * of one to four words right after the verb; null when none is there.
 */
export function titleAfterAdjunct(text: string, from: number, limit: number): number | null {
  const toks = tokensForward(text, from, limit, 8);
  let i = 0;
  const at = (k: number): Token | undefined => (toks[k]?.word ? toks[k] : undefined);
  for (let t = at(i); i < 3 && t && TIME_WORDS.has(foldWord(bare(t))); t = at(i)) i++;
  const timed = i > 0;
  const opener = at(i);
  let placeWords = 0;
  if (opener && /^(?:في|من)$/u.test(bare(opener))) {
    let j = i + 1;
    // («في العاصمة الأردنية عمان», «في مدينة البصرة جنوبي العراق»: a place of up to four words)
    for (let t = at(j); j < i + 5 && t && placeWord(text, t); t = at(j)) j++;
    if (j === i + 1) return null;
    placeWords = j - i - 1;
    i = j;
  } else if (!timed) return null;
  const title = toks[i];
  if (!title?.word || !PERSON_TITLES.has(titleHead(title.text))) return null;
  // «في العاصمة الأردنية عمان رئيس الوزراء»: a title in construct after a place of two words or more
  // (not after one: «في مكتب رئيس الوزراء» is where)
  if (!hasAl(title) && !(placeWords >= 2 && toks[i + 1]?.word)) return null;
  return title.start;
}

/** «دمشق», «العاصمة»: a word of the place, no function word, complementizer or title. */
const placeWord = (text: string, t: Token): boolean =>
  !FUNCTION_WORDS.has(foldWord(t.text)) &&
  !isComplementizer(text, t) &&
  !PERSON_TITLES.has(titleHead(t.text));
