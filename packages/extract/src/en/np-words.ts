// Words of a speaker phrase: a capitalised word, a speaker noun or a possessive, and the links trimmed off its start.
import { isJsSpace, startsUppercaseOrDigit } from "../text/chars.ts";
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

export const LEADING_LINKS = /^(?:(?:of|for|at|to|from|in|with|and)\s+)+/i;
/** o f a t i w, either case: the first letters of LEADING_LINKS's words. */
const LINK_FIRST = new Set([..."ofatiw", ..."OFATIW"].map((c) => c.charCodeAt(0)));
const mayOpenLink = (c: number): boolean => LINK_FIRST.has(c);
export function trimLinks(text: string, start: number, end: number): [number, number] | null {
  const s = text.slice(start, end);
  const m = mayOpenLink(s.charCodeAt(0)) ? LEADING_LINKS.exec(s) : null;
  const st = start + (m ? m[0].length : 0);
  let e = end;
  while (e > st && isJsSpace(text.charCodeAt(e - 1))) e--;
  return e > st ? [st, e] : null;
}
