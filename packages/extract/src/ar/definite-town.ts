// «رئيس الاتحاد الجهوي للفلاحة بالقصرين لزهر الدريدي», «التاجر في سوق المحاصيل بالقضارف آدم زكريا»: a town
// with the article after «ب» ends a title that runs on into the holder's name without a comma.
import type { Token } from "../text/tokens.ts";
import {
  ADJUNCT_STARTS,
  FUNCTION_WORDS,
  foldWord,
  hasArticle,
  isArticleName,
  isFunctionWord,
  PEOPLE_NOUNS,
  PLACE_NOUNS,
  STATEMENT_NOUNS,
} from "./lexicon.ts";
import { bare, COMMA, hasAl, isComplementizer, isTitleWord, nameLike, titleHead } from "./phrase.ts";
import { townShape } from "./regional-town.ts";

/** «بالقصرين», «بالمهدية»: «بال» and a word that is no title, body, place or people noun. */
export function definiteTownWord(b: string): boolean {
  if (!/^بال\p{L}{3,}$/u.test(b)) return false;
  const place = b.slice(1);
  const f = foldWord(place);
  return (
    !isTitleWord(titleHead(place)) && !PEOPLE_NOUNS.has(f) && !PLACE_NOUNS.has(f) && !STATEMENT_NOUNS.has(f)
  );
}

/**
 * 1 when the word at `i` (after a title phrase) is such a town and a name of two to four words follows it
 * up to a comma, a complementizer, an adjunct or the sentence's end; else 0.
 */
export function definiteTownBeforeName(text: string, toks: Token[], i: number): number {
  const t = toks[i];
  if (i < 2 || !t?.word) return 0;
  if (!definiteTownWord(bare(t))) return 0;
  // («بالشمال الغربي سعاد …»: the region's adjective, before a name of two words at least)
  const adjective = regionAdjective(
    toks.map((w) => (w.word ? bare(w) : "")),
    i + 1,
  );
  let k = i + 1 + adjective;
  while (k < i + 5 && toks[k]?.word) {
    const w = toks[k] as Token;
    const family = k > i + 1 + adjective && hasAl(w) && !isFunctionWord(w.text);
    // («بالقصرين الطاهر علي الماجري»: a given name with the article opens the name)
    const given = k === i + 1 + adjective && isArticleName(bare(w));
    if (!nameLike(text, w) && !family && !given) break;
    k++;
  }
  if (k < i + 3 + adjective) return 0;
  const next = toks[k];
  const closes =
    !next ||
    (next.word
      ? isComplementizer(text, next) || ADJUNCT_STARTS.has(foldWord(next.text))
      : COMMA.test(next.text) || next.text === ".");
  return closes ? 1 + adjective : 0;
}

/** 1 when ws[j] is a definite adjective («الغربي», «الأخضر») and no given name with the article, else 0. */
const regionAdjective = (ws: readonly string[], j: number): number =>
  /^ال\p{L}{3,}ي$/u.test(ws[j] ?? "") &&
  !isArticleName(ws[j] ?? "") &&
  !FUNCTION_WORDS.has(foldWord(ws[j] ?? ""))
    ? 1
    : 0;

/**
 * In a mention's words: the words of a town after «ب» at ws[i] before a last name of two to four words — one
 * with the article («… بالقصرين لزهر الدريدي», «بالشمال الغربي X Y») or, after a definite word, a bare one
 * («جامعي الحلفاء بفوسانة X Y»); 0 if none.
 */
export function townBeforeLastName(ws: readonly string[], i: number): number {
  const w = ws[i] ?? "";
  const adjective = definiteTownWord(w) ? regionAdjective(ws, i + 1) : 0;
  const rest = ws.length - i - 1 - adjective;
  // (the name opens with a bare word or a given name with the article: «بالمحطة الطرقية لفاس» names no one)
  const first = ws[i + 1 + adjective] ?? "";
  if (i < 2 || rest < 2 || rest > 4 || (hasArticle(first) && !isArticleName(first))) return 0;
  if (definiteTownWord(w)) return 1 + adjective;
  return hasArticle(ws[i - 1] ?? "") && townShape(w, true) && !FUNCTION_WORDS.has(foldWord(w.slice(1)))
    ? 1
    : 0;
}
