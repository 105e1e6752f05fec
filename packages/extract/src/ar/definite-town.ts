// «رئيس الاتحاد الجهوي للفلاحة بالقصرين لزهر الدريدي», «التاجر في سوق المحاصيل بالقضارف آدم زكريا»: a town
// with the article after «ب» ends a title that runs on into the holder's name without a comma.
import type { Token } from "../text/tokens.ts";
import {
  ADJUNCT_STARTS,
  FUNCTION_WORDS,
  foldWord,
  hasArticle,
  isFunctionWord,
  PEOPLE_NOUNS,
  PLACE_NOUNS,
  STATEMENT_NOUNS,
} from "./lexicon.ts";
import { bare, COMMA, hasAl, isComplementizer, isTitleWord, nameLike, titleHead } from "./phrase.ts";
import { townShape } from "./regional-town.ts";

/** «بالقصرين», «بالقضارف»: «بال» and a word that is no verbal noun in «ة», title, body or people noun. */
export function definiteTownWord(b: string): boolean {
  if (!/^بال\p{L}{3,}$/u.test(b) || /[ةه]$/u.test(b)) return false;
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
  let k = i + 1;
  while (k < i + 5 && toks[k]?.word) {
    const w = toks[k] as Token;
    const family = k > i + 1 && hasAl(w) && !isFunctionWord(w.text);
    if (!nameLike(text, w) && !family) break;
    k++;
  }
  if (k < i + 3) return 0;
  const next = toks[k];
  const closes =
    !next ||
    (next.word
      ? isComplementizer(text, next) || ADJUNCT_STARTS.has(foldWord(next.text))
      : COMMA.test(next.text) || next.text === ".");
  return closes ? 1 : 0;
}

/**
 * In a mention's words: ws[i] is a town after «ب» before a last name of two to four words — one with the
 * article («… بالقصرين لزهر الدريدي») or, after a definite word, a bare one («جامعي الحلفاء بفوسانة X Y»).
 */
export function townBeforeLastName(ws: readonly string[], i: number): boolean {
  const [w, rest] = [ws[i] ?? "", ws.length - i - 1];
  if (i < 2 || rest < 2 || rest > 4) return false;
  if (definiteTownWord(w)) return true;
  return hasArticle(ws[i - 1] ?? "") && townShape(w, true) && !FUNCTION_WORDS.has(foldWord(w.slice(1)));
}
