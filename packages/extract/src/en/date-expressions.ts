/** English date expressions: the month and weekday words, EN_DATE, and the day each match names. */
import { addDays, calendarDay, daysCount, isoDay, lastWeekday } from "../calendar-days.ts";
import { literalLeadSource } from "../text/lead-filter.ts";

const EN_MONTHS = "jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec".split("|");
/** An English month, in full or abbreviated ("Sept.", "Nov."). */
export const EN_MONTH =
  "(?:Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?|July?|Aug(?:ust|\\.)?|Sept?(?:ember|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)";
/** The English weekdays, Sunday first (their index is the day's number), in lower case. */
export const EN_WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
const cap = (w: string): string => (w[0] as string).toUpperCase() + w.slice(1);
/** A word as it opens a sentence or goes on one ("Today", "today"). */
const bothCases = (...words: string[]): string[] => words.flatMap((w) => [w, cap(w)]);
export const EN_WEEKDAY_NAMES = EN_WEEKDAYS.map(cap);
/** The weekday names as a regex alternation ("Sunday|Monday|…"; any case under the i flag). */
export const EN_WEEKDAY_ALTERNATION = EN_WEEKDAY_NAMES.join("|");
const EN_DIGITS = [..."0123456789"];
const CAPS_MONTHS =
  "JANUARY FEBRUARY MARCH APRIL MAY JUNE JULY AUGUST SEPTEMBER OCTOBER NOVEMBER DECEMBER".split(" ");
/** The English months' full names, capitalised ("January", …). */
export const EN_MONTH_NAMES = CAPS_MONTHS.map((m) => cap(m.toLowerCase()));
/** A month's or a weekday's full capitalised name: words of time, not of a name ("On Monday", "In March"). */
export const EN_TIME_NAME_ALTERNATION = [...EN_MONTH_NAMES, ...EN_WEEKDAY_NAMES].join("|");
/**
 * EN_DATE's alternatives, each with the words it can open with (a space in a lead stands for any white
 * space): the quick filter is built from them, so an alternative cannot find a date the filter turns away.
 */
const EN_DATE_ALTERNATIVES: [leads: string[], source: string][] = [
  // ("Tuesday, June 30, 2026": a weekday before its calendar date is one day, the date's)
  [
    [...EN_WEEKDAY_NAMES, ...EN_MONTHS.map(cap)],
    `(?:(?:${EN_WEEKDAY_ALTERNATION}),?\\s+)?(?<mon>${EN_MONTH})\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(?<year>\\d{4})\\b)?`,
  ],
  [
    [...EN_WEEKDAY_NAMES, ...EN_DIGITS],
    `(?:(?:${EN_WEEKDAY_ALTERNATION}),?\\s+(?:the\\s+)?)?(?<day2>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?<mon2>${EN_MONTH})(?:,?\\s+(?<year2>\\d{4})\\b)?`,
  ],
  // ("YEREVAN, NOVEMBER 12, ARMENPRESS.": an agency's upper-case dateline)
  [
    CAPS_MONTHS,
    `(?<capMon>${CAPS_MONTHS.join("|")})\\s+(?<capDay>\\d{1,2})\\b(?:,?\\s+(?<capYear>\\d{4})\\b)?`,
  ],
  // ("said on the 12th that …": a day of the month of publication, or of the month before when it is still to come;
  // not "on the 12th floor")
  [
    bothCases("the"),
    "(?<=\\b[Oo]n\\s+)[Tt]he\\s+(?<ordDay>\\d{1,2})(?:st|nd|rd|th)\\b(?=\\s*(?:[,.;:]|$|(?:that|of\\s+(?:this|the)\\s+month|at|in|during|when|after|before)\\b))",
  ],
  // ("on 12.11.2026": day, month and year with dots, as much of Europe writes them)
  [
    EN_DIGITS,
    "(?<![\\d.])(?<dotDay>\\d{1,2})\\.(?<dotMon>\\d{1,2})\\.(?<dotYear>(?:19|20)\\d\\d)(?![\\d]|\\.\\d)",
  ],
  // ("the Monday before last", "the week before last")
  [bothCases("the"), `[Tt]he\\s+(?<beforeLast>${EN_WEEKDAY_ALTERNATION}|week)\\s+before\\s+last\\b`],
  [
    bothCases("the", "yesterday", "today", "tonight", "last", "this"),
    "(?<rel>[Tt]he\\s+day\\s+before\\s+yesterday|[Yy]esterday|[Tt]oday|[Tt]onight|[Ll]ast\\s+(?:night|evening)|[Tt]his\\s+(?:morning|afternoon|evening)|[Ll]ast\\s+week)\\b",
  ],
  [
    ["two", "three", "four", "five", "six", ..."23456"],
    "(?<ago>two|three|four|five|six|[2-6])\\s+days\\s+ago\\b",
  ],
  // ("a week ago": seven days before publication)
  [bothCases("a "), "(?<weekAgo>[Aa]\\s+week\\s+ago)\\b"],
  // ("2 hours ago", "45 minutes ago": a live blog's time stamps, the day of publication)
  [
    [...EN_DIGITS, "a ", "an "],
    "(?<hoursAgo>(?:\\d{1,2}|an?|a\\s+few)\\s+(?:hours?|hrs?|minutes?|mins?)\\s+ago)\\b",
  ],
  // ("late Monday", "early on Tuesday": the part of the day stays in the date's words; "on Friday last", as Irish
  // and Indian papers write "last Friday", is strictly before publication)
  [
    [...bothCases("late", "early", "last"), ...EN_WEEKDAY_NAMES],
    `(?:(?:[Ll]ate|[Ee]arly)\\s+(?:on\\s+)?)?(?<last>[Ll]ast\\s+)?(?<wd>${EN_WEEKDAY_ALTERNATION})(?:\\s+(?<part>morning|afternoon|evening|night))?(?:(?<lastWeek>\\s+(?:of\\s+)?last\\s+week)|(?<lastAfter>\\s+last)(?![\\s\\u00A0]+(?:week|month|year|night|weekend|season|time|spring|summer|autumn|fall|winter)\\b))?\\b`,
  ],
];
// (every alternative opens with a word boundary and the first three letters of one of its leads: tested
// first, as a quick filter that the engine runs far faster than the alternatives themselves)
export const EN_DATE_START = `\\b(?=${literalLeadSource(new Set(EN_DATE_ALTERNATIVES.flatMap(([leads]) => leads)))})`;
// (the word boundary is tested once, here, not again at the start of each alternative: the same position)
export const EN_DATE = new RegExp(
  `${EN_DATE_START}(?:${EN_DATE_ALTERNATIVES.map(([, s]) => s).join("|")})`,
  "g",
);

/** Days with a name of their own: "Black Friday", "Super Tuesday", "Good Friday" — no weekday of the story. */
export const NAMED_DAY =
  /\b(?:Black|Cyber|Super|Good|Holy|Maundy|Ash|Palm|Easter|Bloody|Giving|Shrove|Whit|Trinity)\s+$/;

/**
 * "every Monday", "on a Sunday morning in March": a weekday of no one week, no day of the story (but "at a
 * Friday evening rally": the weekday names an event's day).
 */
// ("every second Sunday", "every other Friday": a weekday that recurs)
const EVERY_DAY = /\b(?:[Ee]very|[Ee]ach|[Aa]ny)\s+(?:(?:second|other|third|fourth|alternate)\s+)?$/;
const A_DAY = /\b(?:[Aa]|[Oo]ne)\s+$/;
const NO_EVENT_AFTER = /^(?:\s+(?:in|when|during|before|after|that|last|of)\b|\s*(?:[,.;]|$))/;
export function anySuchDay(slice: string, start: number, end: number): boolean {
  const before = slice.slice(Math.max(0, start - 18), start);
  return EVERY_DAY.test(before) || (A_DAY.test(before) && NO_EVENT_AFTER.test(slice.slice(end, end + 12)));
}

/** "last week", "the week before last": a week, no one day of it (see arabicWeek in dates.ts). */
export const englishWeek = (m: RegExpExecArray): boolean =>
  /^last\s+week$/i.test(m.groups?.rel ?? "") || /^week$/i.test(m.groups?.beforeLast ?? "");

/** The day an English date expression names, against the publication day (null: none, or no publication day). */
export function resolveEnglish(m: RegExpExecArray, pub: Date | null): string | null {
  const g = m.groups ?? {};
  const mon = g.mon ?? g.mon2 ?? g.capMon;
  const day = g.day ?? g.day2 ?? g.capDay;
  if (mon && day) {
    const month = EN_MONTHS.indexOf(mon.slice(0, 3).toLowerCase()) + 1;
    const year = g.year ?? g.year2 ?? g.capYear;
    return calendarDay(pub, month, Number(day), year ? Number(year) : null);
  }
  if (g.dotDay) return calendarDay(pub, Number(g.dotMon), Number(g.dotDay), Number(g.dotYear));
  if (!pub) return null;
  if (g.ordDay) {
    const back = Number(g.ordDay) > pub.getUTCDate() ? 1 : 0;
    const first = new Date(Date.UTC(pub.getUTCFullYear(), pub.getUTCMonth() - back, 1));
    return calendarDay(pub, first.getUTCMonth() + 1, Number(g.ordDay), first.getUTCFullYear());
  }
  if (g.rel) {
    const rel = g.rel.toLowerCase().replace(/\s+/g, " ");
    // ("last evening", as South Asian and African papers write it: the day before, as "last night")
    if (rel === "yesterday" || rel === "last night" || rel === "last evening")
      return isoDay(addDays(pub, -1));
    if (rel.startsWith("the day")) return isoDay(addDays(pub, -2));
    return isoDay(pub);
  }
  if (g.hoursAgo) return isoDay(pub);
  if (g.ago) return isoDay(addDays(pub, -daysCount(g.ago)));
  if (g.weekAgo) return isoDay(addDays(pub, -7));
  // ("the Monday before last"; "the week before last" is a span, no day)
  if (g.beforeLast)
    return isoDay(addDays(lastWeekday(pub, EN_WEEKDAYS.indexOf(g.beforeLast.toLowerCase()), true), -7));
  // ("on Wednesday last week": that weekday of the week, Monday to Sunday, before publication's)
  if (g.wd && g.lastWeek) {
    const monday = addDays(pub, -((pub.getUTCDay() + 6) % 7) - 7);
    return isoDay(addDays(monday, (EN_WEEKDAYS.indexOf(g.wd.toLowerCase()) + 6) % 7));
  }
  if (g.wd)
    return isoDay(lastWeekday(pub, EN_WEEKDAYS.indexOf(g.wd.toLowerCase()), Boolean(g.last || g.lastAfter)));
  return null;
}
