// «في سوق الشيخ عثمان الشيخ ناصر …», «في عكار والضنية محمد …»: a workplace's own name before its holder's.
import { seatless } from "../text/chars.ts";
import type { Token } from "../text/tokens.ts";
import { familyNameWithArticle } from "./family-name.ts";
import { PERSON_TITLES } from "./lexicon.ts";
import { bare, COMMA, hasAl, isComplementizer, nameLike, titleHead } from "./phrase.ts";
import { ROYAL } from "./title-run-on.ts";

/** Two name-like words at `k`, the second maybe a family name with the article: the holder's name. */
const nameAt = (text: string, toks: Token[], k: number): boolean =>
  !!toks[k]?.word &&
  nameLike(text, toks[k] as Token) &&
  !!toks[k + 1]?.word &&
  (nameLike(text, toks[k + 1] as Token) || familyNameWithArticle(toks[k + 1] as Token));

/**
 * At `j`, after a bare place word: a place named after a ruler or a sheikh («سوق الشيخ عثمان») when the
 * holder's own honorific follows («… الشيخ ناصر علي»), or a second place joined by «و» («عكار والضنية»)
 * before the holder's name. Returns the place's extra tokens (0 if none).
 */
export function namedPlaceEnd(text: string, toks: Token[], j: number): number {
  const [t, given, after] = [toks[j], toks[j + 1], toks[j + 2]];
  if (!t?.word || !given?.word) return 0;
  const honorific = !!after?.word && hasAl(after) && PERSON_TITLES.has(titleHead(after.text));
  if (ROYAL.test(bare(t)) && nameLike(text, given) && honorific && nameAt(text, toks, j + 3)) return 2;
  const second = { ...t, text: bare(t).slice(1) };
  const joined = /^و[^و]\p{L}{2,}$/u.test(bare(t)) && (nameLike(text, second) || hasAl(second));
  return joined && nameAt(text, toks, j + 1) ? 1 : 0;
}

/** «بالعاصمة», «العاصمة»: the capital, which its own name follows. */
const CAPITAL = seatless(/^(?:بال|ال)عاصمة$/u);

/**
 * «بالعاصمة عدن», «العاصمة المؤقتة عدن», «بالعاصمة الاقتصادية الدار البيضاء»: the capital at `k`, its
 * adjectives and the bare name it is given, before a comma, a complementizer, the end or what `closes` tells
 * (the verb's own particle). Returns its tokens (0 if none).
 */
export function namedCapitalEnd(
  text: string,
  toks: Token[],
  k: number,
  closes: (t: Token) => boolean = () => false,
): number {
  if (!toks[k]?.word || !CAPITAL.test(bare(toks[k] as Token))) return 0;
  let j = k + 1;
  while (j < k + 3 && toks[j]?.word && hasAl(toks[j] as Token) && CAPITAL_KIND.test(bare(toks[j] as Token)))
    j++;
  const name = toks[j];
  if (!name?.word || !nameLike(text, name)) return 0;
  const closer = toks[j + 1];
  return !closer || COMMA.test(closer.text) || isComplementizer(text, closer) || closes(closer)
    ? j + 1 - k
    : 0;
}
const CAPITAL_KIND = /^ال(?:مؤقتة|اقتصادية|السياسية|الإدارية|الادارية|التجارية)$/u;
