/** "The company that ran Llyn Carreg has told …": a speaker described by a restrictive clause with a name inside. */
import type { Token } from "../text/tokens.ts";

const NOT_A_VERB =
  /^(?:the|a|an|of|in|on|for|to|at|by|with|from|and|or|its|his|her|their|had|has|have|was|were|is|are|would|will)$/;
/**
 * Nearest first: "Llyn Carreg", then a lowercase verb ("ran"), then "that"/"who" after a lowercase head
 * ("company"): the index of the relative pronoun, or -1.
 */
export function relativeAfterObject(toks: Token[], isCap: (t: Token) => boolean): number {
  for (let r = 2; r < Math.min(toks.length - 1, 8); r++) {
    const t = toks[r] as Token;
    if (!t.word || !/^(?:who|that)$/.test(t.text)) continue;
    const verb = toks[r - 1] as Token;
    const head = toks[r + 1] as Token;
    const object = toks.slice(0, r - 1);
    return verb.word &&
      /^[a-z]+$/.test(verb.text) &&
      !NOT_A_VERB.test(verb.text) &&
      head.word &&
      /^[a-z]+$/.test(head.text) &&
      object.every((u) => u.word) &&
      object.some(isCap)
      ? r
      : -1;
  }
  return -1;
}
