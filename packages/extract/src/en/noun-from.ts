// "despite repeated warnings from his attorney that the showdown was fruitless", "allegations from former staff
// that the fund was misused": a statement noun whose speaker follows "from" and whose words follow "that".
import { type ArticleView, type Draft, spanDraft } from "../draft.ts";
import { isAsciiLetter } from "../text/chars.ts";
import { quoteAt } from "../text/quotes.ts";
import type { Sentence } from "../text/segment.ts";
import { relativeClause } from "./relative.ts";

const FROM_NOUNS = new Set(
  "claim claims allegation allegations warning warnings assertion assertions accusation accusations denial denials prediction predictions argument arguments charge charges suggestion suggestions".split(
    " ",
  ),
);
/** " from <speaker> that ": the speaker a few words without a comma, a clause or a quotation. */
const FROM_SPEAKER_THAT =
  /[ \u00A0]+from[ \u00A0]+((?:(?!(?:that|which|who|and|or|to|in|on|at|over|about|for|of)\b)[\p{L}.’'-]+[ \u00A0]+){1,6}?)that[ \u00A0]+(?=\S)/uy;
/** "despite repeated warnings", "amid new claims", "after allegations": the noun phrase after a preposition. */
const AFTER_PREPOSITION =
  /\b(?:despite|amid|after|following|over|against|to|with)[ \u00A0]+(?:(?:the|repeated|renewed|new|earlier|recent|public|growing|similar|fresh)[ \u00A0]+){0,2}$/i;
/** A speaker phrase ends on a noun or name, not a determiner or possessive alone. */
const DANGLING = /^(?:the|a|an|his|her|their|its|our|some|many|several|two|three)$/i;

/** One claim per "NOUN from SPEAKER that CLAUSE" whose noun starts at one of `nounStarts`. */
export function nounFromDrafts(view: ArticleView, nounStarts: number[]): Draft[] {
  const { text, sentences } = view;
  const out: Draft[] = [];
  let si = 0;
  for (const noun of nounStarts) {
    let nounEnd = noun;
    while (isAsciiLetter(text.charCodeAt(nounEnd))) nounEnd++;
    // (a cheap check before the expression: the noun is followed by " from")
    if (text.charCodeAt(nounEnd + 1) !== 102 || !FROM_NOUNS.has(text.slice(noun, nounEnd).toLowerCase()))
      continue;
    FROM_SPEAKER_THAT.lastIndex = nounEnd;
    const m = FROM_SPEAKER_THAT.exec(text);
    if (!m) continue;
    // (after a preposition only: "brushed aside warnings from economists that …" is the subject's act)
    if (!AFTER_PREPOSITION.test(text.slice(Math.max(0, noun - 40), noun))) continue;
    const speaker = (m[1] as string).trimEnd();
    const lastWord = speaker.split(/[ \u00A0]+/).at(-1) ?? "";
    if (DANGLING.test(lastWord)) continue;
    while (si < sentences.length && (sentences[si] as Sentence).end <= noun) si++;
    const s = sentences[si];
    if (!s || noun < s.start || quoteAt(view.quotes, noun)) continue;
    const contentFrom = nounEnd + m[0].length;
    const clause = relativeClause(view, s, contentFrom, contentFrom);
    if (!clause || clause[1] - clause[0] < 8) continue;
    const mentionStart = nounEnd + m[0].indexOf(m[1] as string);
    out.push(
      spanDraft("en.noun-from", {
        cue: [noun, nounEnd],
        mention: [mentionStart, mentionStart + speaker.length],
        content: clause,
        frame: [s.start, s.end],
      }),
    );
  }
  return out;
}
