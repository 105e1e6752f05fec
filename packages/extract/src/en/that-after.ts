import { lowerOf, type Token } from "../text/tokens.ts";

/**
 * A word "that" anywhere after toks[i]: necessary for contentStartAfter to find a that-clause (every content
 * start it marks `that` sits at a "that" token past the verb), so verbs that report only with one ("made the
 * case that …", "put it to X that …") are read no further without it.
 */
export function thatAfter(toks: Token[], i: number): boolean {
  for (let k = i + 1; k < toks.length; k++) {
    const t = toks[k] as Token;
    if (t.word && lowerOf(t) === "that") return true;
  }
  return false;
}
