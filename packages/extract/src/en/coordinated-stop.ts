import type { Token } from "../text/tokens.ts";

const CLAUSE_LINK = /^(?:and|but|while|whereas)$/i;
/** Words a short noun phrase is made of (no verb forms that could end one clause and open the next). */
const NOUN_PHRASE_WORD = /^(?:[A-Z][\w’'-]*|many|most|some|several|other|few|the|a|an|[a-z]+s)$/;

/**
 * "…, but many traders and the biggest buyers have found …": the "and" before the next clause's subject may join
 * it to a noun phrase after an earlier ", but"/", and" — then that earlier link opens the writer's clause. The
 * index of that link, or j (the "and") when the words between are not one short noun phrase.
 */
export function linkOpeningCoordinatedSubject(toks: Token[], j: number): number {
  if (toks[j]?.text !== "and") return j;
  for (let i = j - 1; i >= Math.max(1, j - 4); i--) {
    const t = toks[i] as Token;
    if (CLAUSE_LINK.test(t.text) && toks[i - 1]?.text === ",") return i === j - 1 ? j : i;
    if (!t.word || !NOUN_PHRASE_WORD.test(t.text)) return j;
  }
  return j;
}
