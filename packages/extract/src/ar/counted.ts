import type { Token } from "../text/tokens.ts";
import { FUNCTION_WORDS, foldWord } from "./lexicon.ts";
import { bare, hasAl } from "./phrase.ts";

const NUMBER = /^\p{N}+(?:[.,٫]\p{N}+)?%?$/u;
const PERCENT = /^(?:%|٪)$/u;

/**
 * «وتوقع 12 من أصل 15 اقتصادياً …», «وقال 60% من المستطلعين …», «ويرى 7 من كل 10 مديرين …»: a count of
 * a group as the verb's subject (survey and poll writing). Returns the tokens it spans, 0 if none.
 */
export function countedGroupEnd(toks: Token[]): number {
  let i = 0;
  if (!NUMBER.test(toks[i]?.text ?? "")) return 0;
  i++;
  if (PERCENT.test(toks[i]?.text ?? "")) i++;
  // «60 في المئة من …», «60 بالمئة من …»
  if (bare(toks[i] ?? EMPTY) === "في" && /^ال(?:مئة|مائة)$/u.test(bare(toks[i + 1] ?? EMPTY))) i += 2;
  else if (/^بال(?:مئة|مائة)$/u.test(bare(toks[i] ?? EMPTY))) i++;
  if (bare(toks[i] ?? EMPTY) !== "من") return 0;
  i++;
  // «من أصل 15», «من كل 10»
  if (/^(?:أصل|اصل|كل|بين)$/u.test(bare(toks[i] ?? EMPTY)) && NUMBER.test(toks[i + 1]?.text ?? "")) i += 2;
  const noun = toks[i];
  if (!noun?.word || FUNCTION_WORDS.has(foldWord(noun.text))) return 0;
  i++;
  // «من المستطلعين الأميركيين»: the definite group's adjectives
  if (hasAl(noun)) while (i < toks.length && toks[i]?.word && hasAl(toks[i] as Token) && i < 8) i++;
  return i;
}
const EMPTY = { text: "", start: 0, end: 0, word: false } as Token;
