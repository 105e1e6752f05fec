// "a Reuters report that the company would cut 2,000 jobs", "a New York Times report that …": a named report's
// content is a claim of the body that published it.
import { type ArticleView, type Draft, newDraft } from "../draft.ts";
import { quoteAt } from "../text/quotes.ts";
import type { Sentence } from "../text/segment.ts";

const REPORT_THAT = /[ \u00A0](report|story|article|investigation)[ \u00A0]+that[ \u00A0]+/g;
/** "a Reuters", "an Associated Press", "the Financial Times" right before the noun: the publisher's name. */
const PUBLISHER_BEFORE =
  /(?:^|[\s(])(?:a|an|the)[ \u00A0]+((?:\p{Lu}[\p{L}.&’'-]*[ \u00A0]+){0,3}\p{Lu}[\p{L}.&’'-]*)$/u;
/** What opens a content clause (its subject), not a relative clause's verb ("a report that cited officials"). */
const CLAUSE_SUBJECT =
  /^(?:the|a|an|his|her|its|their|he|she|it|they|we|there|this|these|those|some|many|more|most|no|\p{Lu}[\p{L}’'.-]*|\d)(?![\p{L}\p{M}])/u;

/** Where the report's content ends: the sentence's end, or a clause on something else (", which", ", according"). */
const CONTENT_STOP = /,[ \u00A0]+(?:which|according|said|but|while|as)\b|;|[ \u00A0][—–][ \u00A0]/u;

function contentUntil(text: string, from: number, sentenceEnd: number): [number, number] {
  const rest = text.slice(from, sentenceEnd);
  const stop = CONTENT_STOP.exec(rest);
  let end = from + (stop ? stop.index : rest.length);
  while (end > from && /[\s\u00A0.,:]/u.test(text[end - 1] as string)) end--;
  return [from, end];
}

/** One claim per "<publisher> report that <clause>", the publisher its speaker. */
export function outletReportDrafts(view: ArticleView): Draft[] {
  const { text, sentences } = view;
  const out: Draft[] = [];
  let si = 0;
  for (const m of text.matchAll(REPORT_THAT)) {
    const nounStart = m.index + 1;
    const contentFrom = m.index + m[0].length;
    if (!CLAUSE_SUBJECT.test(text.slice(contentFrom, contentFrom + 30))) continue;
    const before = PUBLISHER_BEFORE.exec(text.slice(Math.max(0, nounStart - 60), nounStart).trimEnd());
    if (!before?.[1]) continue;
    while (si < sentences.length && (sentences[si] as Sentence).end <= m.index) si++;
    const s = sentences[si];
    if (!s || m.index < s.start || quoteAt(view.quotes, m.index)) continue;
    const mentionEnd = nounStart - 1;
    const mentionStart = mentionEnd - before[1].length;
    // ("According to a Reuters report that …": the "according to" claim has it)
    if (
      /according[ \u00A0]+to[ \u00A0]+(?:a|an|the)[ \u00A0]*$/i.test(
        text.slice(Math.max(s.start, mentionStart - 24), mentionStart),
      )
    )
      continue;
    const clause = contentUntil(text, contentFrom, s.end);
    if (clause[1] - clause[0] < 8) continue;
    // (a report's day is not told by the sentence's: "Shares rose on Monday after a … report")
    const d = newDraft({
      cueStart: nounStart,
      cueEnd: nounStart + (m[1] as string).length,
      frameStart: mentionStart,
      frameEnd: nounStart + (m[1] as string).length,
    });
    d.mentionStart = mentionStart;
    d.mentionEnd = mentionEnd;
    [d.contentStart, d.contentEnd] = clause;
    d.rules.push("en.outlet-report");
    out.push(d);
  }
  return out;
}
