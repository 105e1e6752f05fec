import type { MentionParse } from "../speaker-types.ts";

/** "Mr. Trump's RT appearance, in which", "Clinton's speech, during which": a person's noun, then a clause on it. */
const OWNED_NOUN_CLAUSE =
  /(\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,3})[’']s\s+(?:[\p{L}-]+\s+){0,3}[\p{L}-]+,?\s+(?:in|during|at)\s+which\s+$/u;

/**
 * "Mr. Trump's RT appearance, in which he said …": a he/she in a clause on a noun a person owns is that owner, not
 * the last person quoted. The owner's parse (with the pronoun's gender when its own shows none), or null when the
 * pronoun stands elsewhere or the owner's gender is the other one.
 */
export function ownerOfClause(
  text: string,
  mentionStart: number,
  pronoun: MentionParse,
  parseMention: (mention: string) => MentionParse,
): MentionParse | null {
  // (most pronouns follow no "which": a plain test first spares the scan)
  if (!pronoun.gender || !/\swhich\s+$/.test(text.slice(Math.max(0, mentionStart - 8), mentionStart)))
    return null;
  const owner = OWNED_NOUN_CLAUSE.exec(text.slice(Math.max(0, mentionStart - 120), mentionStart))?.[1];
  const parse = owner ? parseMention(owner) : null;
  if (!parse?.name || parse.kind !== "person" || (parse.gender && parse.gender !== pronoun.gender))
    return null;
  return { ...parse, gender: pronoun.gender };
}
