// A roundup of wire stories, each under a dateline of its own: every dateline past the lede opens a new story.
import { type DateMention, findDates } from "../dates.ts";
import type { Draft } from "../draft.ts";
import type { Sentence } from "../text/segment.ts";
import { DATELINE_END, storyDate } from "./story-date.ts";

/** A dateline's place before its date: "VIENNA, ", "SAN JOSE, Calif., ", "Taipei, " (a capital, then a comma). */
const PLACE = /^\p{Lu}[\p{L}.'’ -]{1,40}(?:,[\s\u00A0]+\p{Lu}[\p{L}.]{1,12})?,[\s\u00A0]+/u;

/** Where a roundup's later stories open, with the day each gives its event (its lede's, else its dateline's). */
export interface SectionDay {
  pos: number;
  day: DateMention;
}

/**
 * The later stories of a roundup ("VIENNA, Nov 19 (AFP) – The ministry said on Thursday …" after a first
 * story from Brussels): a paragraph past the lede that opens on a place, a date and the dateline's dash. Their
 * undated statements are that story's day, not the first story's.
 */
export function sectionDays(
  text: string,
  sentences: Sentence[],
  lede: Sentence | undefined,
  pub: Date | null,
  drafts: Draft[],
): SectionDay[] {
  const out: SectionDay[] = [];
  if (!lede) return out;
  let para = lede.para;
  for (const s of sentences) {
    if (s.para <= para) continue;
    para = s.para;
    const place = PLACE.exec(text.slice(s.start, s.start + 60));
    if (!place) continue;
    const at = s.start + place[0].length;
    const date = findDates(text, "en", at, Math.min(s.end, at + 20), pub)[0];
    if (!date?.date || date.start !== at || !DATELINE_END.test(text.slice(date.end, date.end + 24))) continue;
    const day = storyDate(text, sentences, s, pub, drafts);
    if (day?.date) out.push({ pos: s.start, day });
  }
  return out;
}
