// «وأكد كل من وزير الخارجية X ونظيره Y أن …»: «كل من» and two parties joined by «و» speak together.

import type { MentionParse } from "../speaker-types.ts";
import type { Token } from "../text/tokens.ts";
import { isFunctionWord } from "./lexicon.ts";
import { bare, isComplementizer } from "./phrase.ts";

/** How many words «كل من» and its parties may take. */
const MAX_WORDS = 16;

/**
 * Where «كل من» and its parties end: at the complementizer, the punctuation or the preposition after them
 * («كل من X وY أن …», «… على ضرورة …»), with at least one «و» joining two parties. Null otherwise.
 */
export function eachOfEnd(text: string, toks: Token[]): number | null {
  const [each, of] = toks;
  if (!each?.word || bare(each) !== "كل" || !of?.word || bare(of) !== "من") return null;
  let k = 2;
  while (
    k < MAX_WORDS &&
    toks[k]?.word &&
    !isComplementizer(text, toks[k] as Token) &&
    !isFunctionWord((toks[k] as Token).text)
  )
    k++;
  const joined = toks.slice(3, k).some((t) => /^و\p{L}{2,}/u.test(bare(t)));
  return joined ? (toks[k - 1] as Token).end : null;
}

/**
 * «كل من وزير الخارجية أيمن الصفدي ونظيره المصري بدر عبد العاطي» → «أيمن الصفدي وبدر عبد العاطي»: the
 * names of the two parties (or their titles when unnamed), split at the «و» where both sides parse with a
 * name, the last such «و» first («وزير الطوارئ وإدارة الكوارث X ونظيره Y»). Null for any other mention.
 */
export function eachOfNames(mention: string, parse: (words: string) => MentionParse): MentionParse | null {
  const ws = mention.trim().split(/[\s\u00A0]+/u);
  if (ws.length < 4 || ws[0] !== "كل" || ws[1] !== "من") return null;
  for (let k = ws.length - 1; k > 2; k--) {
    const w = ws[k] as string;
    if (!/^و\p{L}{2,}/u.test(w)) continue;
    const first = parse(ws.slice(2, k).join(" "));
    const second = parse([w.slice(1), ...ws.slice(k + 1)].join(" "));
    // (unnamed parties by their titles: «كل من المدرب والقائد»)
    const a = first.name ?? first.title;
    const b = second.name ?? second.title;
    if (a && b && !first.pronoun && !second.pronoun)
      return {
        name: `${a} و${b}`,
        title: null,
        kind: first.kind === second.kind ? first.kind : "unknown",
        pronoun: false,
      };
  }
  return null;
}
