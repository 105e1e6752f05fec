import { lowerOf, type Token } from "../text/tokens.ts";
import type { SourceSpan } from "./source.ts";

/** The auxiliaries a "who" clause may open with; the plain walk stops at them. */
const CLAUSE_AUX = new Set(["was", "were", "is", "are", "has", "have", "had"]);
/** Words that end such a clause's reach: another clause, or a modal of the sentence's own verb. */
const CLAUSE_BREAKS = new Set(
  "and but or because while when if although though that could would will can should may might must".split(
    " ",
  ),
);

/**
 * "A contractor who was not selected said", "A resident who has lived there for 30 years told": a "who" clause
 * opening with an auxiliary between the speaker and the verb (toks nearest first, toks[0] the word before the
 * verb); the head before "who" speaks, the mention runs to the clause's end. Null when no such clause.
 */
export function subjectBeforeWhoClause(
  toks: Token[],
  stop: number,
  read: (toks: Token[]) => SourceSpan | null,
): SourceSpan | null {
  for (let j = 1; j < Math.min(toks.length - 1, 8); j++) {
    const t = toks[j] as Token;
    if (!t.word) return null;
    const w = lowerOf(t);
    if (CLAUSE_BREAKS.has(w)) return null;
    if (w !== "who") continue;
    // (the clause opens with its auxiliary: "who lost the bid" is read by the walk itself)
    if (!CLAUSE_AUX.has(lowerOf(toks[j - 1] as Token))) return null;
    const head = read(toks.slice(j + 1));
    return head && !head.pronoun ? { start: head.start, end: stop, pronoun: false } : null;
  }
  return null;
}
