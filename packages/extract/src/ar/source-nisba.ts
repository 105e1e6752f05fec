// «مصدر مهني بالمجزرة …», «مصادر نقابية في …»: the nisba right after an unnamed source is its adjective.
import type { Token } from "../text/tokens.ts";
import { foldWord, LAM_PRONOUN, UNNAMED_SOURCE_TITLES } from "./lexicon.ts";
import { bare, hasAl } from "./phrase.ts";

/**
 * A nisba without the article (… ي / … ية) right after a bare «مصدر/مصادر/مسؤول» at the subject's start
 * describes the source, as the listed adjectives do («مصدر أمني»); no name stands there.
 */
export function unnamedSourceNisba(toks: Token[], i: number): boolean {
  const [before, t] = [toks[i - 1], toks[i]];
  if (i !== 1 || !before?.word || !t?.word || hasAl(before) || hasAl(t)) return false;
  const b = bare(t);
  return UNNAMED_SOURCE_TITLES.has(foldWord(before.text)) && /^\p{L}{3,}(?:ي|ية)$/u.test(b) && b !== "علي";
}

/**
 * «مصدر مهني بالمجزرة البلدية للدار البيضاء»: after an unnamed source and its nisba, a ب-phrase is where the
 * source works (no name follows an unnamed source). Returns how many tokens from `i` it spans, else 0.
 */
export function unnamedSourcePlace(toks: Token[], i: number): number {
  const t = toks[i];
  if (i !== 2 || !t?.word || !unnamedSourceNisba(toks, 1)) return 0;
  const b = bare(t);
  if (!/^ب\p{L}{3,}$/u.test(b) || /^بن$/u.test(b)) return 0;
  let j = i + 1;
  while (
    j < i + 5 &&
    toks[j]?.word &&
    (hasAl(toks[j] as Token) || /^لل\p{L}{2,}$/u.test(bare(toks[j] as Token)))
  )
    j++;
  return j - i;
}

/**
 * The mention's words: «مصدر مهني بسوق الجملة» — the ب-word at `i` after an unnamed source is its workplace;
 * after any title, a participle's «لها» («موظف بإحدى الشركات المرخص لها بتحويل …») is no name either.
 */
export const unnamedSourceWorkplace = (ws: readonly string[], i: number): boolean =>
  i >= 2 &&
  (LAM_PRONOUN.test(ws[i] ?? "") ||
    (!/^[اأ]ل/u.test(ws[0] as string) &&
      UNNAMED_SOURCE_TITLES.has(foldWord(ws[0] as string)) &&
      /^ب\p{L}{3,}$/u.test(ws[i] ?? "") &&
      ws[i] !== "بن"));
