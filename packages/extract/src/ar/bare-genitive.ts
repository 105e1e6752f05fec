// The genitive a bare title is in construct with, before the name that follows it: a country written without
// the article («أمير قطر», «رئيس مصر عبد الفتاح السيسي») or a foreign body's bare name («مدرب ريال مدريد كارلو
// أنشيلوتي»). Countries written with the article («ملك الأردن») already read as the title's.
import { ARABIC_BARE_STATES } from "../states.ts";
import { ENVOYS, FUNCTION_WORDS, foldWord, hasArticle, ORG_TITLES, PERSON_TITLES } from "./lexicon.ts";
import { constructOffice } from "./office-words.ts";
import { NAME_JOINERS, titleHead } from "./phrase.ts";

const BARE_COUNTRIES = new Set(ARABIC_BARE_STATES.map(foldWord));

/** «قطر», «مصر»: a state named without the article. */
export const isBareCountry = (w: string): boolean => !hasArticle(w) && BARE_COUNTRIES.has(foldWord(w));

/**
 * Offices held over a body, and the body words after them («مدرب فريق …», «مدير مستشفى ناصر …»), that a
 * body's bare name follows. Folded.
 */
const BODY_OFFICES = new Set(
  "رئيس رئيسة مدير مديرة مدرب مدربة لاعب لاعبة قائد قائدة مؤسس حارس مهاجم مدافع فريق نادي منتخب مستشفى شركة جامعة مدرسة مصرف بنك مؤسسة مجموعة معهد"
    .split(" ")
    .map(foldWord),
);

/** A bare word a name could hold: no article, joiner, title, function word nor punctuation. */
const bareNameWord = (w: string): boolean =>
  /^[\p{L}\p{M}]+$/u.test(w) &&
  !hasArticle(w) &&
  !NAME_JOINERS.has(w) &&
  !FUNCTION_WORDS.has(foldWord(w)) &&
  !PERSON_TITLES.has(foldWord(w)) &&
  !ORG_TITLES.has(foldWord(w));

/**
 * How many of the words from `ws[i]` on are the genitive of the bare title before them, 0 if none: a bare
 * country («أمير قطر», «مدرب منتخب مصر حسام حسن»), or, when only bare words follow the title, all but the
 * last two, which name the holder («مدرب ريال مدريد كارلو أنشيلوتي», «لاعب برشلونة لامين يامال»: a bare
 * office must be in construct with something, and a name after a genitive mostly has two words).
 */
export function bareGenitiveWords(ws: string[], i: number): number {
  const title = ws[i - 1] ?? "";
  const head = titleHead(title);
  if (i < 1 || hasArticle(title) || !constructOffice(title)) return 0;
  if (!PERSON_TITLES.has(head) && !ORG_TITLES.has(head)) return 0;
  if (isBareCountry(ws[i] as string)) return 1;
  const rest = ws.length - i;
  if (!BODY_OFFICES.has(foldWord(title)) || rest < 3 || rest > 5) return 0;
  return ws.slice(i).every(bareNameWord) ? rest - 2 : 0;
}

/** «جمهورية», «مملكة», «سلطنة»: the kind of state before its name («جمهورية القمر المتحدة»). */
const STATE_KIND = /^(?:جمهورية|مملكة|دولة|سلطنة|إمارة|امارة|اتحاد)$/u;
/** «المتحدة», «العربية», «الإسلامية»: a definite adjective of a state's name. */
const STATE_ADJECTIVE = /^ال\p{L}+(?:ية|ة)$/u;
/**
 * «جمهورية القمر المتحدة», «سلطنة عمان»: at ws[k], a kind of state, its name and the definite adjectives after
 * it — how many words (0 if ws[k] is no kind of state).
 */
export function stateNameWords(ws: readonly string[], k: number): number {
  if (!STATE_KIND.test(ws[k] ?? "") || !ws[k + 1]) return 0;
  let j = k + 2;
  while (j < k + 5 && STATE_ADJECTIVE.test(ws[j] ?? "")) j++;
  return j - k;
}

/**
 * «سفير مصر» alone, «سفير مصر لدى …», «سفير جمهورية القمر المتحدة …»: an envoy is always some state's; its
 * name is the title's. How many words it has (0 if none).
 */
export function envoysState(ws: string[], i: number): number {
  if (i !== 1 || !ENVOYS.has(titleHead(ws[0] as string)) || hasArticle(ws[0] as string)) return 0;
  const long = stateNameWords(ws, 1);
  if (long > 0 && ws.length > 1 + long) return long;
  const bareState = !hasArticle((ws[1] as string).replace(/^["“«]+|["”»]+$/gu, ""));
  return bareState && (!ws[2] || ws[2] === "لدى") ? 1 : 0;
}
