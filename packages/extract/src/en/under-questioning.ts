import { lowerOf, type Token } from "../text/tokens.ts";

/** The pressure a statement was made under: "admitted under questioning", "said under oath". */
const PRESSURE =
  /^(?:questioning|grilling|oath|pressure|cross-examination|examination|interrogation|duress)$/i;
/**
 * Past "under (X's) questioning" right after a verb ("admitted under Warren's grilling he had …", "said under oath
 * that …"): the circumstance, not the content's first words. At most three words of owner before the noun; else i.
 */
export function afterUnderQuestioning(toks: Token[], i: number): number {
  const t = toks[i];
  if (!t?.word || lowerOf(t) !== "under") return i;
  for (let k = i + 1; k <= i + 4 && toks[k]?.word; k++)
    if (PRESSURE.test((toks[k] as Token).text)) return k + 1;
  return i;
}
/** "under questioning that …": the noun after "under" is no participle of its own. */
export const afterUnder = (toks: Token[], i: number): boolean =>
  !!toks[i - 1]?.word && lowerOf(toks[i - 1] as Token) === "under";
