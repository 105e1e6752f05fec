// «في النقابة العامة لأصحاب السيارات العمومية X»: a body's «لـ» genitive and its adjectives, inside a workplace.
import type { Token } from "../text/tokens.ts";
import { lamComplement } from "./name-genitives.ts";
import { hasAl } from "./phrase.ts";

/** The «لـ» genitive after a definite body (with the definite adjectives after it): its tokens, else 0. */
export function lamGenitiveOfBody(toks: Token[], j: number): number {
  const lam = lamComplement(toks, j);
  if (!lam) return 0;
  let k = j + lam;
  while (
    k < j + lam + 2 &&
    toks[k]?.word &&
    hasAl(toks[k] as Token) &&
    /ة$|ي$|ين$/u.test(toks[k]?.text ?? "")
  )
    k++;
  return k - j;
}
