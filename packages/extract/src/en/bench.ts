import type { MentionParse } from "../speakers.ts";

/**
 * "the Bench", "a Division Bench of Justices X and Y", "the Full Bench": in South Asian court reporting the
 * judges sitting together are the court speaking (its judgment, its observations), so the mention resolves
 * like "the court" to the court the article names. Null for anything else.
 */
const BENCH =
  /^(?:the|a|an|this|that)\s+(?:(?:Division|Full|Special|Constitution|Larger|Vacation|(?:two|three|five|seven|nine)-(?:judge|member))\s+)?Bench(?:\s+(?:of|comprising|headed|led|presided)\s.*)?$/iu;

export function benchParse(clean: string): MentionParse | null {
  if (!BENCH.test(clean)) return null;
  return {
    name: null,
    title: "Bench",
    kind: "organisation",
    pronoun: false,
    generic: "court",
    definite: true,
  };
}

/** "A Division Bench of " (or "comprising"), right before the judges' names. */
const BENCH_OF = /\b(?:[Aa]n?|[Tt]he)\s+(?:[\w-]+\s+)?Bench\s+(?:of|comprising)\s+$/u;
/** Where the Bench phrase starts before `start` (the judges' names), or `start`. */
export function benchStart(text: string, start: number): number {
  if (!text.startsWith("Justices", start)) return start;
  const m = BENCH_OF.exec(text.slice(Math.max(0, start - 40), start));
  return m ? start - m[0].length : start;
}
