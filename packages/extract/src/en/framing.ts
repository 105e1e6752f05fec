/** Framing phrases that attribute a whole sentence: "In the latest poll, …", "as a memo put it". */
import { type ArticleView, type Draft, newDraft, trimSpan } from "../draft.ts";
import { quoteAt } from "../text/quotes.ts";
import type { Sentence } from "../text/segment.ts";

const IN_SOURCE =
  /\bIn[ \u00A0]+((?:the|this|that|a|an|its|their|his|her)[ \u00A0]+[^,.;:\n“”"]{0,80}?\b(?:poll|survey|study|report|analysis)\b[^,.;:\n“”"]{0,60}?),[ \u00A0]+(?=\S)/gu;
const AS_PUT_IT = /\b[Aa]s[ \u00A0]+((?:[\p{L}\p{N}.’'-]+[ \u00A0]+){1,8}?)(?:put|puts)[ \u00A0]+it\b/gu;

function sentenceAt(sentences: Sentence[], from: number, pos: number): number {
  let i = from;
  while (i < sentences.length && (sentences[i] as Sentence).end <= pos) i++;
  return i;
}

export function framingDrafts(view: ArticleView): Draft[] {
  const { text, sentences } = view;
  const out: Draft[] = [];
  let si = 0;
  IN_SOURCE.lastIndex = 0;
  for (let m = IN_SOURCE.exec(text); m; m = IN_SOURCE.exec(text)) {
    si = sentenceAt(sentences, si, m.index);
    const s = sentences[si];
    if (!s || m.index !== s.start || quoteAt(view.quotes, m.index)) continue;
    const content = trimSpan(text, m.index + m[0].length, s.end);
    if (!content) continue;
    const srcStart = m.index + m[0].indexOf(m[1] as string);
    const d = newDraft({ cueStart: m.index, cueEnd: m.index + 2, frameStart: s.start, frameEnd: s.end });
    [d.mentionStart, d.mentionEnd] = [srcStart, srcStart + (m[1] as string).length];
    [d.contentStart, d.contentEnd] = content;
    d.rules.push("en.in-source");
    out.push(d);
  }
  si = 0;
  AS_PUT_IT.lastIndex = 0;
  for (let m = AS_PUT_IT.exec(text); m; m = AS_PUT_IT.exec(text)) {
    si = sentenceAt(sentences, si, m.index);
    const s = sentences[si];
    if (!s || m.index < s.start || quoteAt(view.quotes, m.index)) continue;
    const srcStart = m.index + m[0].indexOf(m[1] as string);
    const srcEnd = srcStart + (m[1] as string).trimEnd().length;
    const cueStart = m.index + m[0].search(/puts?[ \u00A0]+it$/);
    const cueEnd = m.index + m[0].length;
    let content: [number, number] | null = null;
    if (m.index === s.start) {
      // "As Ms. Simonyan put it in a statement, RT is …"
      const comma = text.indexOf(",", cueEnd);
      if (comma > 0 && comma < s.end) content = trimSpan(text, comma + 1, s.end);
    } else if (/,[”"’']?[\s\u00A0]*$/.test(text.slice(Math.max(s.start, m.index - 4), m.index))) {
      // "…, as a Homeland Security memo put it."
      const semicolon = text.lastIndexOf(";", m.index);
      content = trimSpan(text, semicolon >= s.start ? semicolon + 1 : s.start, m.index);
    }
    if (!content || content[1] - content[0] < 8) continue;
    const d = newDraft({
      cueStart,
      cueEnd,
      mentionStart: srcStart,
      mentionEnd: srcEnd,
      frameStart: s.start,
      frameEnd: s.end,
    });
    [d.contentStart, d.contentEnd] = content;
    d.rules.push("en.as-put-it");
    out.push(d);
  }
  return out;
}
