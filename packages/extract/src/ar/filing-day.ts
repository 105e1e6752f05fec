// «ود مدني 19-5-2026 (سونا) - أعلن …» published on the 20th: an agency files its story on the dateline's day, and
// the story's «اليوم», «أمس» and weekdays count from that day, not from the day a site published it.
import { DAY_MS, isoDay, parseDay } from "../calendar-days.ts";
import { findDates } from "../dates.ts";

/** «ود مدني », «تونس »: the place that opens a dateline line. */
const PLACE = /^[\s\u00A0]*\p{L}+(?:[\s\u00A0]+\p{L}+){0,2}[،,]?[\s\u00A0]*$/u;
/** « (سونا) - », « (وات) – », « وفا- »: the agency and the dash that close the dateline. */
const AGENCY_CLOSE = /^[\s\u00A0]*(?:\([^()\n]{1,30}\)|\p{L}{2,8})[\s\u00A0]*[-—–]/u;
/** «ود مدني 19-5-2026 (سونا) -», «نابلس 10-3-2026 وفا-»: a day-month-year dateline in digits. */
const NUMERIC_DATELINE =
  /^[\s\u00A0]*\p{L}+(?:[\s\u00A0]+\p{L}+){0,2}[،,]?[\s\u00A0]+(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?=[\s\u00A0]*(?:\([^()\n]{1,30}\)|\p{L}{2,8})[\s\u00A0]*[-—–])/u;
const numericDateline = (line: string): string | null => {
  const m = NUMERIC_DATELINE.exec(line);
  return m ? `${m[3]}-${(m[2] as string).padStart(2, "0")}-${(m[1] as string).padStart(2, "0")}` : null;
};
/** How far before publication a filing day may lie. */
const MAX_DAYS_BEFORE = 3;

/** The dateline's filing day of an agency story opening one of its first lines, when it is before publication. */
export function filingDay(text: string, pub: Date | null): Date | null {
  if (!pub) return null;
  let lineStart = 0;
  for (let line = 0; line < 3 && lineStart < text.length; line++) {
    const nl = text.indexOf("\n", lineStart);
    const lineEnd = nl < 0 ? text.length : nl;
    const head = Math.min(lineEnd, lineStart + 60);
    const m = findDates(text, "ar", lineStart, head, pub).find(
      (d) =>
        d.date !== null &&
        // («عمان 12 تشرين الثاني (بترا) -»: a dateline may leave out the year when the agency is in brackets)
        (/[0-9\u0660-\u0669]{4}/u.test(text.slice(d.start, d.end)) ||
          /^[\s\u00A0]*\([^()\n]{1,30}\)[\s\u00A0]*[-—–]/u.test(text.slice(d.end, lineEnd))) &&
        PLACE.test(text.slice(lineStart, d.start)) &&
        AGENCY_CLOSE.test(text.slice(d.end, lineEnd)),
    );
    const date = m?.date ?? numericDateline(text.slice(lineStart, lineEnd));
    if (date) {
      const day = parseDay(date);
      const before = day ? (pub.getTime() - day.getTime()) / DAY_MS : -1;
      return day && before > 0 && before <= MAX_DAYS_BEFORE && isoDay(day) !== isoDay(pub) ? day : null;
    }
    lineStart = lineEnd + 1;
  }
  return null;
}
