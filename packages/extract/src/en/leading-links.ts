/** Links ("of", "for", "at" …) that may open a speaker phrase the walk back found, and are no part of it. */
import { isJsSpace } from "../text/chars.ts";

export const LEADING_LINKS = /^(?:(?:of|for|at|to|from|in|with|and)\s+)+/i;
/** o f a t i w, either case: the first letters of LEADING_LINKS's words. */
const LINK_FIRST = new Set([..."ofatiw", ..."OFATIW"].map((c) => c.charCodeAt(0)));
const mayOpenLink = (c: number): boolean => LINK_FIRST.has(c);
/** The phrase from `start` to `end` without the links that open it ("of", "for the …") or trailing space. */
export function trimLinks(text: string, start: number, end: number): [number, number] | null {
  const s = text.slice(start, end);
  const m = mayOpenLink(s.charCodeAt(0)) ? LEADING_LINKS.exec(s) : null;
  const st = start + (m ? m[0].length : 0);
  let e = end;
  while (e > st && isJsSpace(text.charCodeAt(e - 1))) e--;
  return e > st ? [st, e] : null;
}
