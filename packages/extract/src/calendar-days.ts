// Calendar days in UTC: parsing and printing YYYY-MM-DD, days before and after, a weekday's last date,
// and the small counts of days ("three days ago", «قبل أربعة أيام»).
/** Milliseconds in a (UTC) day. */
export const DAY_MS = 86_400_000;

export function parseDay(iso: string | null | undefined): Date | null {
  if (!iso) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return Number.isNaN(d.getTime()) ? null : d;
}
/** YYYY-MM-DD of a UTC day: `d.toISOString().slice(0, 10)`, without building the whole timestamp. */
export function isoDay(d: Date): string {
  const y = d.getUTCFullYear();
  if (!(y >= 0 && y <= 9999)) return d.toISOString().slice(0, 10); // ±YYYYYY years (and invalid dates)
  const m = d.getUTCMonth() + 1;
  const day = d.getUTCDate();
  return `${String(y).padStart(4, "0")}-${m < 10 ? "0" : ""}${m}-${day < 10 ? "0" : ""}${day}`;
}
export const addDays = (d: Date, n: number): Date => new Date(d.getTime() + n * DAY_MS);

/** The most recent `weekday` (0 = Sunday) on or before `pub`; strictly before when `strict`. */
export function lastWeekday(pub: Date, weekday: number, strict = false): Date {
  let back = (pub.getUTCDay() - weekday + 7) % 7;
  if (strict && back === 0) back = 7;
  return addDays(pub, -back);
}

/**
 * A calendar date; the year defaults to the publication year, or the one before if that lies ahead (more
 * than a week ahead, or at all when the words say it is `past`), or the one after if that is at most a week
 * ahead.
 */
export function calendarDay(
  pub: Date | null,
  month: number,
  day: number,
  year: number | null,
  past = false,
): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  let y = year;
  if (y === null) {
    if (!pub) return null;
    y = pub.getUTCFullYear();
    if (Date.UTC(y, month - 1, day) > pub.getTime() + (past ? 0 : 7 * DAY_MS)) y--;
    // («on Jan. 2» in a paper of 30 December: the coming 2 January, days ahead, not one a year ago)
    else if (!past && Date.UTC(y + 1, month - 1, day) <= pub.getTime() + 7 * DAY_MS) y++;
  }
  if (y < 100) y += 2000;
  const d = new Date(Date.UTC(y, month - 1, day));
  if (d.getUTCMonth() !== month - 1) return null;
  return isoDay(d);
}

const COUNTS = new Map([
  ["two", 2],
  ["three", 3],
  ["four", 4],
  ["five", 5],
  ["six", 6],
  ["ثلاثة", 3],
  ["أربعة", 4],
  ["خمسة", 5],
  ["ستة", 6],
]);
/** "three", «أربعة», "4": a small count of days. */
export function daysCount(word: string): number {
  return COUNTS.get(word.toLowerCase()) ?? Number(word);
}
