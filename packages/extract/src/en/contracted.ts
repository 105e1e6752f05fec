/**
 * A subject pronoun with its auxiliary contracted: "He’s claiming that …", "They’ve said …", and an op-ed's "I’ve
 * argued …", the first person as "I" is read (no name of its own). (Not "you’ve"; not "who’s": its antecedent is
 * read elsewhere.)
 */
import type { Token } from "../text/tokens.ts";

const CONTRACTED = /^(he|she|it|they|i|we)['’](s|ve|d|re|m)$/i;

/** The pronoun of a contracted "He’s", "They’ve" (the token itself otherwise): the subject the verb has. */
export function pronounOfContraction(t: Token): Token {
  const m = t.word ? CONTRACTED.exec(t.text) : null;
  if (!m) return t;
  const pronoun = m[1] as string;
  return { start: t.start, end: t.start + pronoun.length, text: pronoun, word: true, lower: null };
}

/** "They’re told", "I’m asked": the contracted auxiliary is a form of "be" ("’s" is "has" as often, not read). */
export const contractedBe = (t: Token): boolean =>
  t.word && /^(?:they|we|you|who|i)['’](?:re|m)$/i.test(t.text);
