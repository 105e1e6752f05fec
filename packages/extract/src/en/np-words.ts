// Words of a speaker phrase: a capitalised word, a speaker noun or a possessive.
import { startsUppercaseOrDigit } from "../text/chars.ts";
import { lowerOf, type Token } from "../text/tokens.ts";
import { NP_WORDS } from "./lexicon.ts";
import { prefixedName } from "./name-shape.ts";
import { isPluralPeople } from "./phrase-words.ts";

export const isCap = (t: Token): boolean => startsUppercaseOrDigit(t.text) || prefixedName(t.text);
/** /[’']s$/: a possessive ("Trump's", "Trump’s"). */
export const isPossessive = (s: string): boolean => {
  const apostrophe = s.charCodeAt(s.length - 2);
  return s.charCodeAt(s.length - 1) === 115 && (apostrophe === 39 || apostrophe === 0x2019);
};
export const npWord = (t: Token): boolean => {
  if (!t.word) return false;
  if (isCap(t)) return true;
  const w = lowerOf(t);
  return NP_WORDS.has(w) || isPluralPeople(w) || isPossessive(t.text);
};
