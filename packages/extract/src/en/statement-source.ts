import type { Draft } from "../draft.ts";
import { type Sentence, sentenceAt } from "../text/segment.ts";

/**
 * "said in a statement", "In a joint statement, …": the statement a claim came with ("in a circular sent to
 * schools", "in a communiqué", "in a news release": a body's written statement by another name).
 */
const IN_A_STATEMENT =
  /\b(?:in|through)\s+an?\s+(?:[\w-]+\s+){0,2}?(?:statement|circular|communiqu[ée]|notice|notification|(?:news|press|media)\s+release)\b/i;
/**
 * "…, the statement said", "according to the release": the statement the article has mentioned, not a body of
 * its own.
 */
export const THE_STATEMENT =
  /^the\s+(?:statement|notice|notification|circular|communiqu[ée]|(?:(?:news|press|media)\s+)?release)$/i;

/** The claim's sentence, outside its content, says it was made in a statement. */
export function madeInStatement(text: string, sentences: Sentence[], d: Draft): boolean {
  const s = sentenceAt(sentences, d.cueStart);
  if (!s) return false;
  const before = text.slice(s.start, Math.max(s.start, Math.min(d.contentStart, s.end)));
  const after = text.slice(Math.min(s.end, Math.max(s.start, d.contentEnd)), s.end);
  return IN_A_STATEMENT.test(before) || IN_A_STATEMENT.test(after);
}
