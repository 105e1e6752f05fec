// The day a body spoke, standing between its name and the complementizer.
import type { Token } from "../text/tokens.ts";
import { foldWord, TIME_WORDS } from "./lexicon.ts";
import { isComplementizer } from "./phrase.ts";

/**
 * «أعلنت وزارة النقل والاتصالات وتقنية المعلومات اليوم أن …», «… أمس الأحد إن …»: up to three time words
 * from `j`, then the complementizer, close a body's name as the complementizer alone would.
 */
export function timeThenComplementizer(text: string, toks: Token[], j: number): boolean {
  let k = j;
  while (k < j + 3 && toks[k]?.word && TIME_WORDS.has(foldWord((toks[k] as Token).text))) k++;
  const next = toks[k];
  return k > j && !!next && isComplementizer(text, next);
}
