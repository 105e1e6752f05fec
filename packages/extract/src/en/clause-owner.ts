import type { NameMention } from "../names.ts";
import type { MentionParse } from "../speaker-types.ts";
import { type Sentence, sentenceAt } from "../text/segment.ts";

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

/** A subordinate clause's opening word right before its subject ("… faced criticism after he asked …"). */
const CLAUSE_OPENING = /\b(?:after|when|before|because|since|while|until|once|although|though)\s+$/i;

/**
 * "Holt’s colleague Matt Lauer faced criticism after he asked …": a he/she opening a clause after the main one is
 * the person of that gender its sentence named last before it (a named person, not an earlier speaker). The name's
 * parse, with the pronoun's gender, or null when the pronoun opens no such clause or no such person is named.
 */
export function subjectBeforeClause(
  text: string,
  sentences: Sentence[],
  mentionStart: number,
  names: NameMention[],
  pronoun: MentionParse,
): MentionParse | null {
  if (!pronoun.gender || !CLAUSE_OPENING.test(text.slice(Math.max(0, mentionStart - 10), mentionStart)))
    return null;
  const sentenceStart = sentenceAt(sentences, mentionStart)?.start ?? 0;
  const named = names.findLast(
    (n) =>
      n.pos >= sentenceStart &&
      n.pos < mentionStart &&
      n.parse.kind === "person" &&
      !!n.parse.name &&
      (!n.parse.gender || n.parse.gender === pronoun.gender),
  );
  return named ? { ...named.parse, gender: pronoun.gender } : null;
}
