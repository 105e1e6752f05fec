import { lowerOf as lower, type Token } from "../text/tokens.ts";
import { TIME_WORDS } from "./lexicon.ts";

/**
 * How many tokens (nearest first from the verb) tell a time between a speaker and the verb: "The White House on
 * Tuesday defended", "An arbitration panel in 2001 found".
 */
export function timeBeforeVerb(nearestFirst: Token[]): number {
  if (/^(?:1[89]|20)\d\d$/.test(nearestFirst[0]?.text ?? "") && /^in$/i.test(nearestFirst[1]?.text ?? ""))
    return 2;
  let skip = 0;
  while (skip < 3 && nearestFirst[skip]?.word && TIME_WORDS.has(lower(nearestFirst[skip] as Token))) skip++;
  if (
    skip > 0 &&
    nearestFirst[skip]?.word &&
    /^(?:on|late|early|last|this)$/i.test((nearestFirst[skip] as Token).text)
  )
    skip++;
  return skip;
}
