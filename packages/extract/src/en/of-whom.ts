import type { ArticleView, Draft } from "../draft.ts";
import type { Sentence } from "../text/segment.ts";
import type { Token } from "../text/tokens.ts";
import { relativeClause, whoClauseContent } from "./relative.ts";
import type { SourceSpan } from "./source.ts";
import { type Walks, walkedBackFrom } from "./walks.ts";

/** "…, many of whom say": a quantifier over the people just named, as a relative clause's subject. */
const OF_WHOM =
  /,[\s\u00A0]+((?:many|most|some|all|several|few|none|both|each|one|two|three|four|five|half|dozens|hundreds|thousands)[\s\u00A0]+of[\s\u00A0]+whom)[\s\u00A0]+$/i;

/**
 * "This has angered the victims' families, many of whom say the claims are unfounded": the speakers are the
 * quantified people ("many of whom"), known by the noun phrase before the comma ("the victims' families").
 * The mention is the quantified phrase, the speaker's name the antecedent's words (null: none found).
 */
export function ofWhomSubject(
  text: string,
  toks: Token[],
  sentenceStart: number,
  cueStart: number,
  walks: Walks,
): { mention: SourceSpan; antecedent: string | null } | null {
  const before = text.slice(Math.max(sentenceStart, cueStart - 40), cueStart);
  const m = OF_WHOM.exec(before);
  if (!m) return null;
  const start = cueStart - before.length + m.index + m[0].indexOf(m[1] as string);
  const mention = { start, end: start + (m[1] as string).length, pronoun: false };
  const comma = cueStart - before.length + m.index;
  const k = toks.findIndex((t) => t.start === comma);
  const head = k > 0 ? walkedBackFrom(text, toks, k - 1, walks) : null;
  return { mention, antecedent: head && !head.pronoun ? text.slice(head.start, head.end) : null };
}

/** The content of such a relative clause ends with the clause ("…, some of whom said they had lost everything, gathered …"). */
function withinRelativeClause(view: ArticleView, s: Sentence, content: [number, number]): [number, number] {
  const clause = relativeClause(view, s, content[0], content[0]);
  return clause && clause[1] < content[1] ? [content[0], clause[1]] : content;
}

/**
 * Sets the content of a claim whose subject is "…, many of whom" (`ofWhom`) or "…, who" (`subject`): within its
 * clause, and the claim's own time words too ("John Smith, who has said …, voted on Monday": not Monday).
 */
export function setRelativeContent(
  view: ArticleView,
  s: Sentence,
  d: Draft,
  content: [number, number],
  ofWhom: boolean,
  subject: { start: number; end: number } | null,
): void {
  [d.contentStart, d.contentEnd] = ofWhom
    ? withinRelativeClause(view, s, content)
    : whoClauseContent(view, subject, content);
  if (d.contentEnd < content[1]) d.frameEnd = Math.min(d.frameEnd, d.contentEnd);
}
