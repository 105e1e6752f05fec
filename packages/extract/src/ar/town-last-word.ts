// «أحد سكان دير البلح إن …», «عدد من سكان بيت لاهيا، …»: a bare place word may take a definite last word
// («دير البلح», «خان اليونس»); it ends the place when the clause or a comma follows at once (not a day:
// «سكان غزة الخميس»).

import type { Token } from "../text/tokens.ts";
import { AR_COMPLEMENTIZER } from "./cues.ts";
import { FUNCTION_WORDS, foldWord, hasArticle, TIME_WORDS } from "./lexicon.ts";

/** Is toks[j], a definite word after a bare place name, the place's last word? */
export function townLastWord(text: string, toks: Token[], j: number): boolean {
  const t = toks[j];
  const next = toks[j + 1];
  if (!t?.word || !hasArticle(t.text) || !next) return false;
  const f = foldWord(t.text);
  if (FUNCTION_WORDS.has(f) || TIME_WORDS.has(f)) return false;
  return next.word ? AR_COMPLEMENTIZER.test(text.slice(next.start, next.end + 1)) : /^[،,]$/u.test(next.text);
}
