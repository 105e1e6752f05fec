/** «كادقلي 9 يونيو 2026 – أعلن …»: a date that is the dateline's filing day, not a statement's own. */
import type { DateMention } from "../dates.ts";

/** The date opens its line after a place and runs into the cue past an agency in brackets or a dash. */
export function datelineDay(text: string, m: DateMention, cueStart: number): boolean {
  if (m.end > cueStart) return false;
  const lineStart = text.lastIndexOf("\n", m.start) + 1;
  return (
    DATELINE_PLACE.test(text.slice(lineStart, m.start)) && DATELINE_CLOSE.test(text.slice(m.end, cueStart))
  );
}
/** «كادقلي », «بكين، »: the place a dateline opens with. */
const DATELINE_PLACE = /^[\s\u00A0]*\p{L}+(?:[\s\u00A0]+\p{L}+){0,2}[،,]?[\s\u00A0]*$/u;
/** « (شينخوا) », « – »: what closes a dateline before the lead's verb. */
const DATELINE_CLOSE = /^[\s\u00A0]*(?:\([^()\n]{1,30}\)[\s\u00A0]*)?(?:[-—–][\s\u00A0]*)?[وف]?$/u;
