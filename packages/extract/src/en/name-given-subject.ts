import { lowerOf, type Token } from "../text/tokens.ts";
import type { SourceSpan } from "./source.ts";

const NAME_KIND = /^(?:first|given|last)$/;
const OWNER = /^(?:his|her|their)$/;

/**
 * "Another passenger, who gave only his first name, Paul, said": the one name the writer was given stands
 * between commas after the "who" clause that announces it (toks nearest first, toks[0] the comma before the
 * verb). The description before "who" through the name is the speaker phrase (its mention reads the name);
 * null when the sentence has no such shape.
 */
export function subjectWithNameGiven(
  toks: Token[],
  read: (toks: Token[]) => SourceSpan | null,
): SourceSpan | null {
  const first = toks[0];
  if (first?.text !== ",") return null;
  let k = 1;
  while (k <= 2 && toks[k]?.word && /^\p{Lu}/u.test((toks[k] as Token).text)) k++;
  if (k === 1 || toks[k]?.text !== ",") return null;
  k++;
  if (lowerOf(toks[k] as Token) !== "name") return null;
  k++;
  if (toks[k]?.word && NAME_KIND.test(lowerOf(toks[k] as Token))) k++;
  if (!toks[k]?.word || !OWNER.test(lowerOf(toks[k] as Token))) return null;
  k++;
  if (toks[k]?.word && lowerOf(toks[k] as Token) === "only") k++;
  if (!toks[k]?.word || lowerOf(toks[k] as Token) !== "gave") return null;
  k++;
  if (!toks[k]?.word || lowerOf(toks[k] as Token) !== "who") return null;
  const after = toks[k + 1]?.text === "," ? k + 2 : k + 1;
  const head = read(toks.slice(after));
  return head && !head.pronoun ? { start: head.start, end: first.start, pronoun: false } : null;
}
