import { type ArticleView, type Draft, trimSpan } from "../draft.ts";
import { spanIndexAt } from "../text/sorted.ts";

/** "(CROSSTALK)", "[inaudible]", "(LAUGHTER)": a stage direction of the transcript, no one's words. */
const STAGE_DIRECTION = /^["“]?[([]/;

/**
 * "PENCE: Well, look, …" then two more paragraphs with no label, then "WALLACE: …": in a transcript of two voices
 * or more, a turn runs on through the paragraphs after it up to the next label or a stage direction. The last turn
 * keeps to its own paragraph (what follows it may be the outlet's own lines). `labels`: the label drafts in text
 * order, questions included.
 */
export function extendTranscriptTurns(view: ArticleView, labels: Draft[]): void {
  const { text, sentences } = view;
  const sentenceOf = (at: number): number => spanIndexAt(sentences, at);
  // ("Pence: Flowers won't be at the debate" as the headline: a label of its own line, no turn)
  const turns = labels.filter((d) => (sentences[sentenceOf(d.cueStart)]?.para ?? 0) > 0);
  const voices = new Set(turns.map((d) => text.slice(d.mentionStart, d.mentionEnd)));
  if (voices.size < 2) return;
  for (let i = 0; i + 1 < turns.length; i++) {
    const d = turns[i] as Draft;
    const own = sentenceOf(d.cueStart);
    const next = sentences[sentenceOf((turns[i + 1] as Draft).cueStart)]?.para ?? -1;
    let end = -1;
    let para = sentences[own]?.para ?? -1;
    for (let k = own + 1; k < sentences.length; k++) {
      const s = sentences[k] as (typeof sentences)[number];
      if (s.para >= next) break;
      // (a paragraph's first sentence tells whether it is a stage direction)
      if (s.para !== para && STAGE_DIRECTION.test(text.slice(s.start, s.end))) break;
      para = s.para;
      if (s.start >= d.contentEnd) end = s.end;
    }
    const span = end > d.contentEnd ? trimSpan(text, d.contentStart, end) : null;
    if (span) d.contentEnd = span[1];
  }
}
