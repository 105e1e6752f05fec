/** English split quotations: the speaker line inside a quotation is the statement's frame, not its content. */
import type { Draft } from "../draft.ts";

/**
 * The claims' contents without the speaker lines inside them (drafts with the content split in two);
 * `lines` gets each split quotation's speaker line, from the speaker words (or cue) to the quotation
 * that resumes.
 */
export function contentParts(text: string, drafts: Draft[], lines: Map<Draft, [number, number]>): Draft[] {
  const out: Draft[] = [];
  for (const d of drafts) {
    if (!(d.cueStart > d.contentStart && d.cueEnd < d.contentEnd)) {
      out.push(d);
      continue;
    }
    const start =
      d.mentionStart >= d.contentStart && d.mentionStart < d.cueStart ? d.mentionStart : d.cueStart;
    const resume = text.slice(d.cueEnd, d.contentEnd).search(/[“"‘]/);
    const end = resume < 0 ? d.contentEnd : d.cueEnd + resume;
    lines.set(d, [start, end]);
    out.push({ ...d, contentEnd: start }, { ...d, contentStart: end });
  }
  return out;
}
