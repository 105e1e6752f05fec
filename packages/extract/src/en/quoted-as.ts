import { type ArticleView, type Draft, trimSpan } from "../draft.ts";
import type { Sentence } from "../text/segment.ts";
import { lowerOf, type Token } from "../text/tokens.ts";
import { contentBefore } from "./content.ts";
import type { SourceSpan } from "./source.ts";
import { setMention, verbDraft } from "./verb-draft.ts";
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

/**
 * "…, the state news agency quoted a ministry official as saying.", "…, the minister was quoted as saying.": the
 * quoting closes the sentence, so the words before its comma are the quoted person's (toks[index] is "saying").
 */
export function closingQuotedAsDraft(
  view: ArticleView,
  s: Sentence,
  toks: Token[],
  index: number,
  walks: Walks,
  floor: number,
): Draft | null {
  const { text } = view;
  const as = toks[index - 1];
  const next = toks[index + 1];
  if (!as?.word || lowerOf(as) !== "as" || (next && !/^[.!?]$/.test(next.text))) return null;
  const quoted = quotedAs(text, toks, index - 1, walks);
  if (!quoted || quoted.pronoun) return null;
  // the reporting clause opens at the outlet that quoted ("the state news agency quoted") or at the one quoted
  const verb = toks.findLastIndex((t, j) => j < index && /^quot(?:ed|ing)$/i.test(t.text));
  const passive = /^(?:was|were|is|are|been)$/i.test(toks[verb - 1]?.text ?? "");
  const outlet = passive ? quoted : walkedBackFrom(text, toks, verb - 1, walks);
  if (!outlet) return null;
  const before = text.slice(s.start, outlet.start).trimEnd();
  if (!/,["”’]?$/.test(before)) return null;
  const content = contentBefore(view, s, s.start + before.length, floor);
  if (!content) return null;
  const hit = toks[index] as Token;
  const d = verbDraft(hit.start, hit.end, s);
  setMention(d, quoted);
  [d.contentStart, d.contentEnd] = content;
  d.rules.push("en.participle:quoted-as", "en.inverted:quoted-as");
  return d;
}
