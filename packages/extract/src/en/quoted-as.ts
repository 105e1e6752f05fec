import { trimSpan } from "../draft.ts";
import type { Token } from "../text/tokens.ts";
import type { SourceSpan } from "./source.ts";
import { type Walks, walkedBackFrom } from "./walks.ts";

/**
 * The speaker of "… as saying" at toks[k] ("as"): the object of "quoted"/"quoting" ("Reuters quoted an official
 * as saying"), or the subject of a passive "was quoted (by …) as saying"; null otherwise.
 */
export function quotedAs(text: string, toks: Token[], k: number, walks: Walks): SourceSpan | null {
  for (let j = k - 1; j >= Math.max(0, k - 14); j--) {
    const t = toks[j] as Token;
    if (!t.word) return null;
    if (!/^quot(?:ed|ing)$/i.test(t.text)) continue;
    if (j < k - 1) {
      const span = trimSpan(text, (toks[j + 1] as Token).start, (toks[k - 1] as Token).end);
      if (!span || /^by\s/i.test(text.slice(span[0], span[1]))) return passiveQuoted(text, toks, j, walks);
      return {
        start: span[0],
        end: span[1],
        pronoun: /^(?:him|her|them)$/i.test(text.slice(span[0], span[1])),
      };
    }
    return passiveQuoted(text, toks, j, walks);
  }
  return null;
}
/** "The minister was quoted as saying": the subject before the passive at toks[j] ("quoted"). */
function passiveQuoted(text: string, toks: Token[], j: number, walks: Walks): SourceSpan | null {
  const be = toks[j - 1];
  if (!be?.word || !/^(?:was|were|is|are|been)$/i.test(be.text)) return null;
  let i = j - 2;
  while (i >= 0 && toks[i]?.word && /^(?:has|have|had)$/i.test((toks[i] as Token).text)) i--;
  return i >= 0 ? walkedBackFrom(text, toks, i, walks) : null;
}
