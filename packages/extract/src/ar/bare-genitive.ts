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

/** «سفير مصر» alone, «سفير مصر لدى …»: an envoy is always some state's; its bare name is the title's. */
export const envoysState = (ws: string[], i: number): boolean =>
  i === 1 &&
  ENVOYS.has(titleHead(ws[0] as string)) &&
  !hasArticle(ws[0] as string) &&
  !hasArticle((ws[1] as string).replace(/^["“«]+|["”»]+$/gu, "")) &&
  (!ws[2] || ws[2] === "لدى");
