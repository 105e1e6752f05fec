// "X had told a meeting at Y the previous day that …" in a story of "yesterday": the pluperfect puts the words
// before the story's day, and "the previous day" names the day before it. (A plain "said the previous day",
// "said a day earlier" or one after a weekday stays undated: which day it counts back from is unclear.)
import { addDays, isoDay, parseDay } from "../calendar-days.ts";
import type { DateMention } from "../dates.ts";
import type { Draft } from "../draft.ts";
import { pluperfectCue } from "./statement-days.ts";

/** "the previous day" before the content. */
const DAY_BEFORE = /\bthe[\s\u00A0]+previous[\s\u00A0]+day\b/i;

/** The day before the running "yesterday", when a pluperfect cue and the words after it say so; else null. */
export function dayBeforeRunning(text: string, d: Draft, running: DateMention | null): DateMention | null {
  if (!running?.date || d.contentStart <= d.cueEnd || d.contentStart - d.cueEnd > 120) return null;
  if (!pluperfectCue(text, d)) return null;
  if (!/^yesterday$/i.test(text.slice(running.start, running.end))) return null;
  const between = text.slice(d.cueEnd, d.contentStart);
  const m = DAY_BEFORE.exec(between);
  const day = parseDay(running.date);
  if (!m || !day) return null;
  const start = d.cueEnd + m.index;
  return { start, end: start + m[0].length, date: isoDay(addDays(day, -1)) };
}
