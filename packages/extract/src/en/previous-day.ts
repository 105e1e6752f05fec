// "X had told a meeting at Y the previous day that …" (after a story of "yesterday"): the day before the day
// the story runs on — the meeting was the day before the one just told.
import { addDays, isoDay, parseDay } from "../calendar-days.ts";
import type { DateMention } from "../dates.ts";
import type { Draft } from "../draft.ts";

/** "the previous day", "a day earlier", "the day before" (not "the day before yesterday") before the content. */
const DAY_BEFORE =
  /\b(?:the[\s\u00A0]+previous[\s\u00A0]+day|a[\s\u00A0]+day[\s\u00A0]+earlier|the[\s\u00A0]+day[\s\u00A0]+before(?![\s\u00A0]+(?:yesterday|last)))\b/i;

/** The day before the running day, when the words between the cue and the content say so; else null. */
export function dayBeforeRunning(text: string, d: Draft, running: DateMention | null): DateMention | null {
  if (!running?.date || d.contentStart <= d.cueEnd || d.contentStart - d.cueEnd > 120) return null;
  const between = text.slice(d.cueEnd, d.contentStart);
  const m = DAY_BEFORE.exec(between);
  const day = parseDay(running.date);
  if (!m || !day) return null;
  const start = d.cueEnd + m.index;
  return { start, end: start + m[0].length, date: isoDay(addDays(day, -1)) };
}
