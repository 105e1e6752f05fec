// "…, according to the Office of the State Veterinarian, which said in an email Tuesday that …": a relative
// clause on the source of "according to" has that source for its subject.
import type { Token } from "../text/tokens.ts";
import type { SourceSpan } from "./source.ts";

const SOURCE_PREPOSITION = /^to$/i;

/**
 * The span from the object of "according to" to "which"/"who" at toks[k], when the comma before the relative
 * pronoun closes a short noun phrase after "according to"; else null.
 */
export function sourceBeforeRelative(toks: Token[], k: number): SourceSpan | null {
  const relative = toks[k];
  if (!relative?.word || !/^(?:which|who)$/i.test(relative.text) || toks[k - 1]?.text !== ",") return null;
  let i = k - 2;
  const last = i;
  while (i >= 0 && i > last - 10 && toks[i]?.word && !SOURCE_PREPOSITION.test((toks[i] as Token).text)) i--;
  const preposition = toks[i];
  if (i === last || !preposition?.word || !SOURCE_PREPOSITION.test(preposition.text)) return null;
  if (!/^according$/i.test(toks[i - 1]?.text ?? "")) return null;
  const head = toks[i + 1] as Token;
  // (the noun phrase needs a capital or a determiner: "the agency", "Statistics Norway")
  if (!/^(?:the|a|an|its|their|\p{Lu}.*)$/u.test(head.text)) return null;
  return { start: head.start, end: relative.end, pronoun: false };
}
