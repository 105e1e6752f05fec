// An updated story's label ("UPDATE, 3 p.m.:", "Updated at 15:40 with comments from …"): what follows was
// written on the day of publication.
import { isoDay } from "../calendar-days.ts";
import type { DateMention } from "../dates.ts";
import type { Sentence } from "../text/segment.ts";
import type { SectionDay } from "./section-datelines.ts";

/** An update label opening a paragraph, with a clock time or a closing colon. */
const UPDATE_LABEL =
  /^(?:UPDATE[SD]?|Update[sd]?)\b(?:[\s\u00A0]*(?:,|at|–|-|—)?[\s\u00A0]*\(?\d{1,2}(?:[:.]\d{2})?(?:[\s\u00A0]*[ap]\.?m\.?)?\)?|[^\n.]{0,80}:[\s\u00A0]*$|[\s\u00A0]*:)/;

/**
 * The paragraphs past the lede that open with an update label: the statements after one with no day of their
 * own are the publication day's, not the first version's day.
 */
export function updateDays(
  text: string,
  sentences: Sentence[],
  lede: Sentence | undefined,
  pub: Date | null,
): SectionDay[] {
  const out: SectionDay[] = [];
  if (!lede || !pub) return out;
  let para = lede.para;
  for (const s of sentences) {
    if (s.para <= para) continue;
    para = s.para;
    // (most paragraphs open with another letter than "U": a char, then the label)
    const c = text.charCodeAt(s.start);
    if (c !== 85) continue;
    const nl = text.indexOf("\n", s.start);
    const line = text.slice(s.start, nl < 0 ? text.length : nl);
    const m = UPDATE_LABEL.exec(line);
    if (!m) continue;
    const day: DateMention = { start: s.start, end: s.start + m[0].length, date: isoDay(pub) };
    out.push({ pos: s.start, day });
  }
  return out;
}
