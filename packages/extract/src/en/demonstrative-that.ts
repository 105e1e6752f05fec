import { lowerOf, type Token } from "../text/tokens.ts";

/**
 * "rejected that claim as baseless", "disputed that figure.": "that" before a noun of what was said, closed by "as"
 * or punctuation, is a demonstrative (the thing rejected), not the complementizer opening a clause.
 */
const SAID_THING = new Set(
  "claim claims allegation allegations accusation accusations suggestion argument notion idea report figure figures characterisation characterization account version assessment view charge".split(
    " ",
  ),
);

export function demonstrativeThat(toks: Token[], i: number): boolean {
  const noun = toks[i + 1];
  if (!noun?.word || !SAID_THING.has(lowerOf(noun))) return false;
  const after = toks[i + 2];
  return !after || /^(?:as|,|\.|;|outright)$/i.test(after.text);
}
