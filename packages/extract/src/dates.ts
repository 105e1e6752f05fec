import { AR_MONTHS, AR_WEEKDAYS, DAY_PARTS, ORDINAL_DAYS } from "./ar/date-words.ts";
import { addDays, calendarDay, DAY_MS, daysCount, isoDay, lastWeekday, parseDay } from "./calendar-days.ts";
import { dateInName } from "./date-in-name.ts";
import { anySuchDay, EN_DATE, englishWeek, NAMED_DAY, resolveEnglish } from "./en/date-expressions.ts";
import { dayInMediaName } from "./en/media-name-day.ts";
import { AR_MARKS, arabicWordPattern, asciiDigits, seatless } from "./text/chars.ts";
import { leadFilterSource } from "./text/lead-filter.ts";
import { WordStartScan } from "./text/word-start-scan.ts";

export {
  EN_DATE,
  EN_DATE_START,
  EN_MONTH,
  EN_WEEKDAY_ALTERNATION,
  EN_WEEKDAY_NAMES,
  EN_WEEKDAYS,
} from "./en/date-expressions.ts";

/** A time expression found in the text, resolved to a calendar day against the publication date. */
export interface DateMention {
  start: number;
  end: number;
  /** YYYY-MM-DD, or null when the expression cannot be resolved (no publication date). */
  date: string | null;
  /**
   * «يومي الأحد والاثنين», «في 17 و18 نوفمبر», "last week", «الأسبوع الماضي»: a span of days, so no one day (its
   * date is null); the words it times are placed off any day of the story.
   */
  range?: true;
}

// (built once: foldKey runs for every Arabic date found)
const MARK = new RegExp(`[${AR_MARKS}]`, "g");
const foldKey = (s: string): string =>
  s
    .replace(MARK, "")
    .replace(/[أإآٱ]/g, "ا")
    .replace(/ة/g, "ه")
    .replace(/ى/g, "ي")
    .replace(/\s+/g, " ");
const AR_MONTH_BY_KEY = new Map(AR_MONTHS.map(([w, n]) => [foldKey(w), n]));
const AR_WEEKDAY_BY_KEY = new Map(AR_WEEKDAYS.map(([w, n]) => [foldKey(w), n]));
const alt = (words: string[]): string =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map(arabicWordPattern)
    .join("|");
const AR_MONTH = `(?:${alt(AR_MONTHS.map(([w]) => w))})`;
const DIG = "[0-9\\u0660-\\u0669\\u06F0-\\u06F9]";
const ORDINAL_BY_KEY = new Map(ORDINAL_DAYS.map(([w, n]) => [foldKey(w), n]));
/** A date expression's edges: no letter or mark before it (B) or after it (E). */
const B = "(?<![\\p{L}\\p{M}])";
const E = "(?![\\p{L}\\p{M}])";
/** «صلاة الجمعة», «خطبة الجمعة», «سوق الأحد»: nouns a weekday names as a thing of its own, not a time. */
const NAMED_BY_DAY = "(?:صلاة|صلاه|صلوات|خطبة|خطبه|سوق)";
const DAY_PART = `(?:[وب]?(?:${DAY_PARTS.map((w) => w.replace(" ", "\\s+")).join("|")})\\s+)`;
const WEEKDAY_WORDS = AR_WEEKDAYS.map(([w]) => w);
const ORDINAL_WORDS = ORDINAL_DAYS.map(([w]) => w);
/** A digit opens the alternative (in the leads of AR_DATE_ALTERNATIVES). */
const A_DIGIT = "0";
/**
 * AR_DATE's alternatives, each with the words it can open with (after an optional «و» or «ب»): the quick
 * filter is built from them, so an alternative cannot find a date the filter turns away.
 */
const AR_DATE_ALTERNATIVES: [leads: string[], source: string][] = [
  // 7 تشرين الثاني/نوفمبر 2025 («في الـ12 من نوفمبر»: the digit with the article) — day, month (optionally paired), year; a weekday before it names the same
  // day («يوم الخميس 5 فبراير الجاري»); a «الماضي» after it is looked at, not taken into the date words
  // («في 17 و18 نوفمبر», «بين 3 و5 مارس»: a range of days, no one day)
  [
    ["يوم", ...WEEKDAY_WORDS, "الـ", A_DIGIT],
    `(?:(?:(?:و|ب)?يوم\\s+)?(?:و|ب)?(?:${alt(WEEKDAY_WORDS)})[،,]?\\s+)?(?:الـ)?(?<!${DIG})(?<day>${DIG}{1,2})(?:\\s*(?:و|-|–|إلى|حتى)\\s*(?<day2>${DIG}{1,2}))?\\s*(?:من\\s+)?(?:شهر\\s+)?(?<m1>${AR_MONTH})(?:\\s*[/(]\\s*(?<m2>${AR_MONTH})\\s*\\)?)?(?:\\s*(?:من\\s+)?(?:عام\\s+|العام\\s+)?(?<year>${DIG}{4}))?${E}(?=(?:\\s+(?<pastMonth>الماضي|المنصرم|الفائت)${E})?)`,
  ],
  // الثالث من سبتمبر (2026)
  [
    ORDINAL_WORDS,
    `(?<ord>${alt(ORDINAL_WORDS)})\\s+من\\s+(?:شهر\\s+)?(?<m3>${AR_MONTH})(?:\\s*(?:من\\s+)?(?:عام\\s+|العام\\s+)?(?<year3>${DIG}{4}))?${E}`,
  ],
  // في 17 الشهر الجاري، السابع عشر من الشهر الحالي، 3 من الشهر الماضي: a day of the month of publication or the one before
  [
    [A_DIGIT, ...ORDINAL_WORDS],
    `(?:(?<!${DIG})(?<cday>${DIG}{1,2})\\s+(?:من\\s+)?|(?<cord>${alt(ORDINAL_WORDS)})\\s+من\\s+)(?:هذا\\s+)?الشهر\\s+(?:(?<thisMonth>الجاري|الحالي)|(?<lastMonth>الماضي|المنصرم|الفائت))${E}`,
  ],
  // أمس، أمس الأول، أول أمس، أول من أمس، اليوم، الليلة الماضية («لـ«اليوم»», «المصري اليوم»»: a paper's name);
  // «اليوم الإثنين» names the weekday, which an agency's story keeps when a site publishes it the next day
  [
    [...DAY_PARTS, "أمس", "أول", "اليوم", "الليلة", "خلال", "الأسبوع"],
    `${DAY_PART}?(?<rel>(?:و|ب)?أمس(?:\\s+الأول)?|أول\\s+(?:من\\s+)?أمس|(?<![«"“])اليوم(?![»"”])(?:[،,]?\\s+(?<todayWd>${alt(WEEKDAY_WORDS)})(?![\\p{L}\\p{M}]))?|الليلة\\s+الماضية|(?:خلال\\s+)?الأسبوع\\s+(?:قبل\\s+)?(?:الماضي|المنصرم|الفائت))${E}`,
  ],
  // قبل يومين، قبل ثلاثة أيام
  [
    ["قبل"],
    `و?قبل\\s+(?:(?<agoTwo>يومين)|(?<agoAr>ثلاثة|أربعة|خمسة|ستة|[2-6٢-٦])\\s+أيام|(?<agoWeek>أسبوع))${E}`,
  ],
  // 15/11/2026 (day first, as the Arab press writes it) and 2026/11/15
  [
    [A_DIGIT],
    `(?<![0-9\\u0660-\\u0669\\u06F0-\\u06F9/])(?:(?<nd>${DIG}{1,2})/(?<nm>${DIG}{1,2})/(?<ny>${DIG}{4})|(?<ry>${DIG}{4})/(?<rm>${DIG}{1,2})/(?<rd>${DIG}{1,2}))(?![0-9\\u0660-\\u0669\\u06F0-\\u06F9/])`,
  ],
  // منذ 3 ساعات، قبل ساعتين، منذ 10 دقائق (a live blog's time stamps): the day of publication
  [
    ["منذ", "قبل"],
    `(?<hoursAgo>(?:منذ|قبل)\\s+(?:(?:${DIG}{1,2}|بضع)\\s+)?(?:ساعة|ساعات|ساعتين|دقيقة|دقائق|دقيقتين))${E}`,
  ],
  // «عشية الاثنين»: the eve of the day, the day before it
  // (يوم) الاثنين (الماضي), «يومي الأحد والاثنين» (two days, no one day); not the genitive of a prayer or a
  // market («صلاة (يوم) الجمعة», «سوق الأحد»)
  [
    [...DAY_PARTS, "عشية", "يوم", ...WEEKDAY_WORDS],
    `(?<!${NAMED_BY_DAY}\\s+(?:يوم\\s+)?)(?:(?<eve>عشية)\\s+|${DAY_PART})?(?:(?:و|ب)?يومي?\\s+)?(?<wd>(?:و|ب)?(?:${alt(WEEKDAY_WORDS)}))(?:(?<wd2>\\s+و(?:${alt(WEEKDAY_WORDS)}))|(?<past>\\s+(?:الماضي|المنصرم|الفائت)(?:ة)?)|(?<beforeLast>\\s+قبل\\s+(?:الماضي|المنصرم|الفائت)(?:ة)?)|(?<next>\\s+(?:المقبل|القادم)(?:ة)?))?${E}`,
  ],
];
// (every alternative opens a word with «و» or «ب» and the first letters of one of its leads, or a digit:
// tested first, as a quick filter, like EN_DATE_START — the engine runs it far faster than the alternatives;
// three letters tell «الأحد», «الثلاثاء», «الخامس» from most words with the article)
const AR_LEADS = new Set(AR_DATE_ALTERNATIVES.flatMap(([leads]) => leads));
export const AR_DATE_START = `(?=[وب]?${leadFilterSource([...AR_LEADS].filter((w) => w !== A_DIGIT))}${AR_LEADS.has(A_DIGIT) ? `|${DIG}` : ""})${B}`;
// (the word-start lookbehind is tested once, here: each alternative below opens at the same position, so
// repeating it there would only test the same unit again — for every alternative, at every candidate)
const AR_DATE = new RegExp(`${AR_DATE_START}(?:${AR_DATE_ALTERNATIVES.map(([, s]) => s).join("|")})`, "gu");
/** AR_DATE also where the hamza seat is left out («امس», «اول امس», «الاسبوع الماضي»). */
export const AR_DATE_SEATLESS = seatless(AR_DATE);
/** AR_DATE_SEATLESS tried only at word starts (its start asserts one): the same matches. */
const AR_DATE_AT_WORD_STARTS = new WordStartScan(AR_DATE_SEATLESS);

/** «في 17 و18 نوفمبر», «يومي الأحد والاثنين»: the groups of a range of two days or more. */
const rangeOfDays = (g: Record<string, string | undefined>): boolean =>
  (!!g.day2 && asciiDigits(g.day2) !== asciiDigits(g.day ?? "")) || !!g.wd2;

/**
 * «الأسبوع الماضي», «الأسبوع قبل الماضي», "last week", "the week before last": a week, no one day of it (the
 * words they time are undated, as with «العام الماضي» and "last month"; a weekday in it, "on Tuesday last week",
 * is a day).
 */
const arabicWeek = (m: RegExpExecArray): boolean =>
  !!m.groups?.rel && foldKey(m.groups.rel).includes("الاسبوع");

function resolveArabic(m: RegExpExecArray, pub: Date | null): string | null {
  const g = m.groups ?? {};
  if (g.day && g.m1) {
    const month = AR_MONTH_BY_KEY.get(foldKey(g.m2 ?? g.m1)) ?? AR_MONTH_BY_KEY.get(foldKey(g.m1)) ?? 0;
    // «في 5 ديسمبر الماضي»: the last such day before publication, never one a few days ahead
    return calendarDay(
      pub,
      month,
      Number(asciiDigits(g.day)),
      g.year ? Number(asciiDigits(g.year)) : null,
      !!g.pastMonth,
    );
  }
  if (g.ord && g.m3) {
    const month = AR_MONTH_BY_KEY.get(foldKey(g.m3)) ?? 0;
    const day = ORDINAL_BY_KEY.get(foldKey(g.ord)) ?? 0;
    return calendarDay(pub, month, day, g.year3 ? Number(asciiDigits(g.year3)) : null);
  }
  if (g.nd || g.ry) {
    const [d, m, y] = g.nd ? [g.nd, g.nm, g.ny] : [g.rd, g.rm, g.ry];
    return calendarDay(
      pub,
      Number(asciiDigits(m as string)),
      Number(asciiDigits(d as string)),
      Number(asciiDigits(y as string)),
    );
  }
  if (!pub) return null;
  if (g.cday || g.cord) {
    const day = g.cday ? Number(asciiDigits(g.cday)) : (ORDINAL_BY_KEY.get(foldKey(g.cord as string)) ?? 0);
    const month = pub.getUTCMonth() + (g.lastMonth ? 0 : 1); // (month 0 is last December)
    const y = pub.getUTCFullYear() - (month === 0 ? 1 : 0);
    return calendarDay(pub, month === 0 ? 12 : month, day, y);
  }
  if (g.rel) {
    const rel = foldKey(g.rel).replace(/^[وب]/, "");
    // (not the day after publication, a site's clock behind the agency's: that is still «اليوم», not six
    // days before)
    const wd = g.todayWd === undefined ? undefined : AR_WEEKDAY_BY_KEY.get(foldKey(g.todayWd));
    const day = wd === undefined ? null : lastWeekday(pub, wd);
    if (day && pub.getTime() - day.getTime() < 6 * DAY_MS) return isoDay(day);
    if (rel === "اليوم" || g.todayWd) return isoDay(pub);
    // («الليلة الماضية»: last night, the day before publication, as "last night" is)
    if (rel.startsWith("الليله")) return isoDay(addDays(pub, -1));
    return isoDay(addDays(pub, rel.includes("الاول") || rel.startsWith("اول") ? -2 : -1));
  }
  if (g.hoursAgo) return isoDay(pub);
  // («قبل أسبوع»: seven days before publication)
  if (g.agoWeek) return isoDay(addDays(pub, -7));
  if (g.agoTwo || g.agoAr)
    return isoDay(addDays(pub, g.agoTwo ? -2 : -daysCount(asciiDigits(g.agoAr as string))));
  // («الأحد المقبل»: a day still to come is when something will happen, never when it was said)
  if (g.next) return null;
  if (g.wd) {
    const key = foldKey(g.wd);
    const wd = AR_WEEKDAY_BY_KEY.get(key) ?? AR_WEEKDAY_BY_KEY.get(key.replace(/^[وب]/, ""));
    if (wd === undefined) return null;
    // («الأحد قبل الماضي»: the Sunday before last)
    if (g.beforeLast) return isoDay(addDays(lastWeekday(pub, wd, true), -7));
    return isoDay(addDays(lastWeekday(pub, wd, Boolean(g.past)), g.eve ? -1 : 0));
  }
  return null;
}

/** Every date expression in text[from, to), resolved against the publication day. */
export function findDates(
  text: string,
  lang: "ar" | "en",
  from: number,
  to: number,
  pub: Date | null,
): DateMention[] {
  const re = lang === "ar" ? AR_DATE_AT_WORD_STARTS : EN_DATE;
  const out: DateMention[] = [];
  const slice = text.slice(from, to);
  re.lastIndex = 0;
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    if (lang === "en" && m.groups?.wd && NAMED_DAY.test(slice.slice(Math.max(0, m.index - 10), m.index)))
      continue;
    if (lang === "en" && m.groups?.wd && anySuchDay(slice, m.index, m.index + m[0].length)) continue;
    if (
      lang === "en" &&
      (m[0] === "Today" || m[0] === m.groups?.wd) &&
      dayInMediaName(text, from + m.index, from + m.index + m[0].length)
    )
      continue;
    const g = m.groups ?? {};
    const calendar = (g.day && (g.m1 || g.mon)) || (g.day2 && g.mon2) || g.ord;
    if (calendar && dateInName(text, lang, from + m.index, from + m.index + m[0].length)) continue;
    const span = lang === "ar" ? rangeOfDays(m.groups ?? {}) || arabicWeek(m) : englishWeek(m);
    const date = span ? null : lang === "ar" ? resolveArabic(m, pub) : resolveEnglish(m, pub);
    const mention: DateMention = { start: from + m.index, end: from + m.index + m[0].length, date };
    if (span) mention.range = true;
    out.push(mention);
  }
  return lang === "en" && slice.includes(" day ") ? withDayNextTo(text, from, slice, out) : out;
}

/** ", a day after …", "the day before …" right after a dated phrase ("fell on Friday, a day after"). */
const DAY_NEXT_TO = /(?:^|[\s,])(?:a|the)\s+day\s+(after|before)\b/g;
/**
 * The mentions with the day before or after the date just mentioned: "Shares fell on Friday, a day after
 * the retailer cut its outlook" — the cut, and what was said with it, was on Thursday.
 */
function withDayNextTo(text: string, from: number, slice: string, found: DateMention[]): DateMention[] {
  const out = [...found];
  DAY_NEXT_TO.lastIndex = 0;
  for (let m = DAY_NEXT_TO.exec(slice); m; m = DAY_NEXT_TO.exec(slice)) {
    const start = from + m.index + m[0].search(/\S/);
    const dated = found.findLast((d) => d.end <= start && start - d.end <= 4 && d.date);
    if (!dated?.date || /[.!?]/.test(text.slice(dated.end, start))) continue;
    const day = addDays(parseDay(dated.date) as Date, m[1] === "after" ? -1 : 1);
    out.push({ start, end: from + m.index + m[0].length, date: isoDay(day) });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** «في أغسطس الماضي», «مطلع تشرين الأول 2024», «العام الماضي»: a past month or year, with no day of it. */
const AR_PAST_PERIOD = new RegExp(
  [
    `${B}(?:[وف]?(?:في|خلال|مطلع|أوائل|أواخر|منتصف|أواسط|بداية|نهاية)\\s+)(?:شهر\\s+)?${AR_MONTH}(?:\\s+(?:الماضي|المنصرم|الفائت)|\\s*(?:من\\s+)?(?:عام\\s+|العام\\s+)?${DIG}{4})${E}`,
    `${B}(?:الشهر|العام|السنة|الشهرين|العامين)\\s+(?:الماضي|الماضية|المنصرم|المنصرمة|الفائت|الفائتة)${E}`,
  ].join("|"),
  "u",
);
const AR_PAST_PERIOD_SEATLESS = seatless(AR_PAST_PERIOD);
/** «الذي», «التي»: a relative clause, which tells of the speaker, not of the statement. */
const RELATIVE = /(?:^|[\s\u00A0،,])(?:الذي|التي|الذين|اللذين|اللتين|اللواتي|اللاتي)(?![\p{L}\p{M}])/u;

/**
 * «وكانت المنظمة قد حذرت، في أغسطس الماضي، من …», «وقال الوزير العام الماضي إن …»: the statement's own
 * words place it in a past month or year, not on a day of the story; text[from, to) is its frame.
 */
export function inPastPeriod(text: string, from: number, to: number): boolean {
  const frame = text.slice(from, Math.max(from, to));
  const m = AR_PAST_PERIOD_SEATLESS.exec(frame);
  return !!m && !RELATIVE.test(frame.slice(0, m.index));
}

/** (English) A day something runs from or to: "from March 1", "until Friday", "since Monday", "starting June 3". */
const RUNS_FROM = /\b(?:since|until|till|from|through|starting|effective)\s+(?:on\s+)?$/i;
/**
 * The days a statement may be dated by: none after publication (a plan's), none something runs from or to
 * (English: `runsFrom`). Arabic keeps the time words that resolve to no day («الأحد المقبل»), both keep a span
 * of days ("last week"): the statement's own time, though no day.
 */
export const statementDays = (
  text: string,
  days: DateMention[],
  published: string | null,
  runsFrom = true,
): DateMention[] =>
  days.filter(
    (m) =>
      (!published || (m.date === null ? !runsFrom || !!m.range : m.date <= published)) &&
      !(runsFrom && RUNS_FROM.test(text.slice(Math.max(0, m.start - 16), m.start))),
  );
