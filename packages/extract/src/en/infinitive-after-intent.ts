import type { Token } from "../text/tokens.ts";
import { INTENT_VERBS } from "./lexicon.ts";
import { lower } from "./verbs.ts";

/**
 * "wants to build homes that families can afford", "must continue to push policies that help …": after a verb of
 * intent (or "continue"), "to" opens the infinitive, not a hearer or occasion ("said to reporters that …"), so a
 * later "that" is a relative inside it and the infinitive is where the words start.
 */
export function infinitiveAfterIntent(toks: Token[], i: number, base: string): number {
  if (!INTENT_VERBS.has(base) && base !== "continue") return -1;
  const t = toks[i];
  const verb = toks[i + 1];
  if (!t?.word || lower(t) !== "to" || !verb?.word || !/^\p{Ll}+$/u.test(verb.text)) return -1;
  return t.start;
}
