// A source's request for anonymity as a relative clause without commas, between the source and its verb:
// "two officials who spoke on condition of anonymity said", "a person who asked not to be named said"
// (with its reason: "… anonymity because they were not authorized to discuss the talks said").
import { lowerOf, type Token } from "../text/tokens.ts";

const ANONYMITY_CLAUSE =
  /^(?:who|that)\s+(?:(?:spoke|talked|asked|requested|declined|refused|(?:did\s+not|didn['’]t)\s+want|(?:was|were)\s+granted)\b[^,.;:"“”]{0,60}?\b(?:anonymity|anonymously|named|identified|quoted(?:\s+by\s+name)?)(?:\s+(?:because|as|since|to)\s[^,.;:"“”]{0,90})?|(?:was|were|is|are)\s+not\s+(?:authori[sz]ed|permitted|allowed)\s+to\s+[^,.;:"“”]{0,60})$/i;

/** The index (nearest first) of the "who" opening such a clause that ends at toks[0], or -1. */
export function anonymityClauseStart(text: string, toks: Token[]): number {
  const end = toks[0]?.end ?? 0;
  for (let k = 2; k < Math.min(toks.length, 30); k++) {
    const t = toks[k] as Token;
    if (!t.word) return -1;
    const w = lowerOf(t);
    if (w === "who" || w === "that") return ANONYMITY_CLAUSE.test(text.slice(t.start, end)) ? k : -1;
  }
  return -1;
}
