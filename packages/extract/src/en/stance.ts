/** Stances voiced on a topic: "expressed concern about the policy", "voiced support for the bill". */
import type { Token } from "../text/tokens.ts";
import { lower } from "./verbs.ts";

/** Verbs that report a stance only through a stance noun ("expressed outrage over …"). */
export const STANCE_VERBS = new Set(["express", "voice", "raise"]);
const STANCE_NOUNS = new Set(
  "concern concerns outrage support doubt doubts misgivings reservations skepticism scepticism frustration opposition optimism confidence regret dismay anger alarm questions fears fear worries worry disappointment sympathy objections objection hope hopes belief relief satisfaction surprise shock".split(
    " ",
  ),
);
/** "raised questions" is a stance; "raised taxes" and "raised $2 million" are not. */
const RAISED_NOUNS = new Set(["concern", "concerns", "questions", "doubts", "objections", "alarm", "fears"]);
const TOPIC = new Set(["about", "over", "for", "at", "with", "regarding", "on", "that"]);

/**
 * Where the topic of a stance verb starts: after up to two modifiers, a stance noun and its preposition
 * ("expressed deep concern about |the policy", "raised questions that |…"); null when no stance noun follows.
 */
export function stanceContentStart(
  toks: Token[],
  from: number,
  base: string,
): { pos: number; that: boolean } | null {
  for (let k = from; k < Math.min(toks.length - 1, from + 3); k++) {
    const t = toks[k] as Token;
    if (!t.word) return null;
    const w = lower(t);
    if (!(base === "raise" ? RAISED_NOUNS : STANCE_NOUNS).has(w)) continue;
    const link = toks[k + 1] as Token;
    const next = toks[k + 2];
    if (!link.word || !TOPIC.has(lower(link)) || !next) return null;
    return lower(link) === "that" ? { pos: link.end, that: true } : { pos: next.start, that: false };
  }
  return null;
}
