/** A live blog: time-stamped posts under a dateline, reported as they happen on the dateline's day. */
import { type DateMention, findDates } from "../dates.ts";

/** A post's time stamp on a line of its own: "12.09 GMT", "14:32", "9.15am BST", "2 hours ago". */
const TIME_STAMP_LINE =
  /^(?:\d{1,2}[.:]\d{2}[\s\u00A0]*(?:[ap]\.?m\.?)?(?:[\s\u00A0]+(?:GMT|BST|UTC|CET|CEST|[ECMP][SD]?T|AE[SD]T|NZ[SD]T|SGT|HKT|IST))?|(?:\d{1,2}|an?)[\s\u00A0]+(?:hours?|hrs?|minutes?|mins?)[\s\u00A0]+ago)$/i;
/** A digest's post opening on its time stamp: "10.42 The minister told parliament …", "14:05 – Asked …". */
const STAMP_OPENING_POST =
  /^\d{1,2}[.:]\d{2}(?:[\s\u00A0]*[ap]\.?m\.?)?[\s\u00A0]+(?:[-—–:][\s\u00A0]+)?[\p{Lu}“"‘']/u;
/** A dateline's clock time: "Thu 26 Nov 2026 13.52 GMT". */
const CLOCK = /\b\d{1,2}[.:]\d{2}\b/;
/** Lines from the top of the text where a live blog's dateline stands (the headline and a standfirst first). */
const DATELINE_LINES = 4;

/**
 * The day a live blog is written on: the date of its dateline (a line near the top with a date and a
 * clock time) when two time-stamped posts or more follow it; null for any other article.
 */
export function liveBlogDay(text: string, pub: Date | null): DateMention | null {
  let stamps = 0;
  let dateline: DateMention | null = null;
  // ("2 hours ago" over the first post: the day of publication, when no dateline gives one)
  let hoursAgo: DateMention | null = null;
  let lineNo = 0;
  for (let start = 0; start < text.length; lineNo++) {
    const nl = text.indexOf("\n", start);
    const end = nl < 0 ? text.length : nl;
    const line = text.slice(start, end).trim();
    if (TIME_STAMP_LINE.test(line) || STAMP_OPENING_POST.test(line)) {
      if (!dateline && !hoursAgo && /ago$/i.test(line))
        hoursAgo = findDates(text, "en", start, end, pub).find((m) => m.date) ?? null;
      if ((dateline ?? hoursAgo) && ++stamps >= 2) return dateline ?? hoursAgo;
    } else if (!dateline && lineNo < DATELINE_LINES && line.length < 60)
      dateline = datelineDay(text, start, end, line, pub);
    start = end + 1;
  }
  return null;
}

/**
 * A dateline: a line with a date and a clock time, or a line that is only a date ("Wednesday 18 November 2026",
 * over a digest of stamped posts).
 */
function datelineDay(
  text: string,
  start: number,
  end: number,
  line: string,
  pub: Date | null,
): DateMention | null {
  const day = findDates(text, "en", start, end, pub).find((m) => m.date) ?? null;
  if (!day) return null;
  if (CLOCK.test(line)) return day;
  return text.slice(start, end).trim() === text.slice(day.start, day.end) ? day : null;
}
