// «مديرة المبيعات في إحدى شركات الأدوية الناشئة»: a title holder at one of a kind of workplace.
import type { Token } from "../text/tokens.ts";
import { ADJUNCT_STARTS, foldWord } from "./lexicon.ts";
import { bare, hasAl, isComplementizer, nameLike, ONE_OF } from "./phrase.ts";

/**
 * «في إحدى شركات الأدوية الناشئة», «في أحد مصانع الورق»: «في» at i, «one of» and the plural workplace with
 * its definite words, when the name, the end of the speaker phrase (comma, complementizer, time) or nothing
 * more follows. The place describes the title holder; the plural after «one of» is never a name. Returns
 * the tokens from «في» (0 if none).
 */
export function oneOfWorkplaceEnd(text: string, toks: Token[], i: number): number {
  const [at, one, kind] = [toks[i], toks[i + 1], toks[i + 2]];
  if (at?.text !== "في" || !one?.word || !ONE_OF.test(bare(one)) || !kind?.word) return 0;
  let j = i + 3;
  while (j < i + 6 && toks[j]?.word && hasAl(toks[j] as Token)) j++;
  // «في إحدى شركات النفط» (a bare plural in construct) or «في إحدى الشركات» (a definite one)
  if (!(hasAl(kind) || (nameLike(text, kind) && j > i + 3))) return 0;
  const [a, b] = [toks[j], toks[j + 1]];
  const closes = !a?.word || isComplementizer(text, a) || ADJUNCT_STARTS.has(foldWord(a.text));
  const named = !!a?.word && nameLike(text, a) && !!b?.word && (nameLike(text, b) || hasAl(b));
  return closes || named ? j - i : 0;
}
