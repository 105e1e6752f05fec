// «مديرة المبيعات في إحدى شركات الأدوية الناشئة»: a title holder at one of a kind of workplace.
import type { Token } from "../text/tokens.ts";
import { ADJUNCT_STARTS, foldWord, LAM_PRONOUN } from "./lexicon.ts";
import { bare, hasAl, isComplementizer, nameLike, ONE_OF } from "./phrase.ts";

/**
 * «في إحدى شركات الأدوية الناشئة», «في أحد مصانع الورق»: «في» at i, «one of» and the plural workplace with
 * its definite words, when the name, the end of the speaker phrase (comma, complementizer, time) or nothing
 * more follows. The place describes the title holder; the plural after «one of» is never a name. Returns
 * the tokens from «في» (0 if none).
 */
export function oneOfWorkplaceEnd(text: string, toks: Token[], i: number): number {
  // «مسؤول بإحدى الشركات»: «بـ» joined to «one of» stands for «في»
  const joined = toks[i]?.word && ONE_OF.test(bare(toks[i] as Token).replace(/^ب/u, "")) ? 1 : 0;
  const [at, one, kind] = [toks[i], toks[i + 1 - joined], toks[i + 2 - joined]];
  if (
    (!joined && at?.text !== "في") ||
    !one?.word ||
    !ONE_OF.test(bare(one).replace(/^ب/u, "")) ||
    !kind?.word
  )
    return 0;
  let j = i + 3 - joined;
  while (j < i + 6 - joined && toks[j]?.word && hasAl(toks[j] as Token)) j++;
  // «في إحدى شركات النفط» (a bare plural in construct) or «في إحدى الشركات» (a definite one)
  if (!(hasAl(kind) || (nameLike(text, kind) && j > i + 3 - joined))) return 0;
  if (j > i + 3 - joined) j += licensedForEnd(toks, j);
  const [a, b] = [toks[j], toks[j + 1]];
  const closes = !a?.word || isComplementizer(text, a) || ADJUNCT_STARTS.has(foldWord(a.text));
  const named = !!a?.word && nameLike(text, a) && !!b?.word && (nameLike(text, b) || hasAl(b));
  return closes || named ? j - i : 0;
}

/**
 * «الشركات المرخص لها بتحويل القنب الهندي»: after a definite participle, «له/لها/لهم» and the ب-phrase it
 * governs (a verbal noun and its definite genitives) still describe the workplace. Returns its tokens (0 if none).
 */
function licensedForEnd(toks: Token[], j: number): number {
  const [to, what] = [toks[j], toks[j + 1]];
  if (!to?.word || !LAM_PRONOUN.test(bare(to)) || !what?.word || !/^ب(?!ال)\p{L}{3,}$/u.test(bare(what)))
    return 0;
  let k = j + 2;
  while (k < j + 5 && toks[k]?.word && hasAl(toks[k] as Token)) k++;
  return k - j;
}
