// "A man accused of killing his neighbour said", "The woman charged with fraud told": a person known by
// the charge against them, the participle's object no speaker.
import { lowerOf as lower, type Token } from "../text/tokens.ts";
import type { SourceSpan } from "./source.ts";

const CHARGED =
  "accused charged convicted suspected arrested jailed sentenced acquitted cleared detained held";
const CHARGED_PARTICIPLES = new Set(CHARGED.split(" "));
/** The participle and its link in a mention ("A man accused of …"): the head is before it. */
export const CHARGED_AFTER_HEAD = new RegExp(
  `\\s+(?:${CHARGED.replaceAll(" ", "|")})\\s+(?:of|with|over|for|in)\\s`,
);
const LINKS = new Set(["of", "with", "over", "for", "in"]);
const RELATIVE_PRONOUNS = new Set(["that", "which", "who"]);

/**
 * The person known by a charge before a verb, the participle phrase included, when `toks` (nearest first)
 * holds "<head> <participle> <link> [up to seven words]" of words only; `read` reads the head.
 */
export function chargedPerson(
  toks: Token[],
  read: (nearestFirst: Token[]) => SourceSpan | null,
): SourceSpan | null {
  // ("accused of assaulting a driver and threatening passengers": the verb after "and" is the charge's own)
  if (/^(?:and|or|but|nor)$/i.test(toks[0]?.text ?? "")) return null;
  for (let p = 2; p < 11; p++) {
    const t = toks[p];
    if (!t?.word) return null;
    if (RELATIVE_PRONOUNS.has(lower(t))) return null;
    if (!CHARGED_PARTICIPLES.has(lower(t)) || !LINKS.has(lower(toks[p - 1] as Token))) continue;
    // ("was charged with fraud": a passive with its auxiliary is a clause, not a description)
    const before = toks[p + 1];
    if (!before?.word || /^(?:was|were|is|are|been|being|be|had|has|have|who|that)$/i.test(before.text))
      return null;
    const head = read(toks.slice(p + 1));
    return head && !head.pronoun ? { ...head, end: (toks[0] as Token).end } : null;
  }
  return null;
}
