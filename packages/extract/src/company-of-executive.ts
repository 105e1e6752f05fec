// "Dana Whitlock, chief executive of Kestrel Marine, said …. The company said …": a company met only in its
// executive's title.
import { PUBLIC_BODY } from "./generic-bodies.ts";
import type { Entity } from "./speaker-types.ts";

/** "chief executive of Kestrel Marine", "founder of Tallis Capital": a company's head, then its capitalised name. */
const EXECUTIVE_OF =
  /^(?:(?:the|a|its)\s+)?(?:chief\s+executive(?:\s+officer)?|ceo|managing\s+director|chief\s+operating\s+officer|co-?founder|founder|owner)\s+of\s+((?:\p{Lu}[\p{L}’'&.-]*)(?:\s+(?:\p{Lu}[\p{L}’'&.-]*|&|and|of))*)$/iu;

/** The company of the latest person whose title heads one (not a public body: "chief executive of Harlow Council"). */
export function companyOfLastExecutive(recency: Entity[]): string | null {
  for (let i = recency.length - 1; i >= 0; i--) {
    const e = recency[i] as Entity;
    if (e.kind !== "person") continue;
    for (const t of e.titles) {
      const name = EXECUTIVE_OF.exec(t.trim())?.[1]?.replace(/\s+(?:&|and|of)$/, "");
      if (name && !PUBLIC_BODY.test(name.toLowerCase())) return name;
    }
    // (the latest person quoted is the one "the company" can follow)
    if (e.claims) return null;
  }
  return null;
}
