import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { AR_DATE_SEATLESS, AR_DATE_START, EN_DATE, EN_DATE_START } from "../src/dates.ts";
import { seatless } from "../src/text/chars.ts";
import { leadFilterSource, literalLeadSource } from "../src/text/lead-filter.ts";
import { ARABIC_MARKS } from "./marks.ts";

// thousands of generated cases per property: CPU-bound, so slow on a loaded machine, never hung
vi.setConfig({ testTimeout: 60_000 });

// The date regexes' quick filters (the first letters each alternative can open with) must find exactly the
// dates the one-letter filters they replaced found: same places, same words, same groups.

const DIG = "[0-9\\u0660-\\u0669\\u06F0-\\u06F9]";
const WORD_START = "(?<![\\p{L}\\p{M}])";
/** The filter as it was: one letter any alternative can open with, or a digit. */
const ONE_LETTER = `(?=[وبيخقماأإآٱصظعفل]|${DIG})${WORD_START}`;
const start = seatless(new RegExp(AR_DATE_START, "u")).source;
const oneLetter = seatless(new RegExp(ONE_LETTER, "u")).source;
const OLD = new RegExp(oneLetter + AR_DATE_SEATLESS.source.slice(start.length), AR_DATE_SEATLESS.flags);
const UNFILTERED = new RegExp(
  WORD_START + AR_DATE_SEATLESS.source.slice(start.length),
  AR_DATE_SEATLESS.flags,
);

const WORDS = [
  ..."أمس امس اليوم الليلة الماضية الماضي الماضيه المنصرم المنصرمة الفائت الفائتة المقبل المقبلة القادم القادمة".split(
    " ",
  ),
  ..."الأحد الاحد الإثنين الاثنين الثلاثاء الثلثاء الأربعاء الاربعاء الخميس الجمعة الجمعه السبت".split(" "),
  ..."يوم ويوم بيوم و ب وال بال ال قبل وقبل منذ خلال الأسبوع الاسبوع أول اول من هذا الشهر الجاري الحالي".split(
    " ",
  ),
  ..."صباح مساء ومساء بمساء ظهر ظهيرة عصر فجر وفجر ليل ليلة منتصف صلاة سوق خطبة عام العام شهر".split(" "),
  ..."يومين ثلاثة أربعة خمسة ستة أيام أسبوع ساعة ساعات ساعتين دقيقة دقائق دقيقتين بضع".split(" "),
  ..."الأول الثاني الثالث الرابع الخامس السادس السابع الثامن التاسع العاشر الحادي عشر والعشرين العشرين الثلاثين".split(
    " ",
  ),
  ..."سبتمبر نوفمبر كانون تشرين الثاني شباط آذار أيار آب يناير مارس ماي جوان غشت دجنبر".split(" "),
  ..."7 15 2026 ١٢ ٢٠٢٦ ۱ 3 11 2025 / 15/11/2026 2026/11/15 ٥/٣/٢٠٢٥".split(" "),
  ..."وزير قال الحكومة المدينة سبت عشر أو مس خلا صب مسا ظه عص فج لي منت منذر قبلي".split(" "),
  ..."Monday ΣΟΦΟΣ".split(" "),
  ..."، , . « » ( ) - : ؛".split(" "),
  " ",
  "  ",
  "\n",
  "\u00A0",
  "\u200F",
  ...ARABIC_MARKS,
];
/** Whole dates, one or more for each alternative of the regex (each also taken apart by the words above). */
const DATES = [
  "يوم الخميس 5 فبراير الجاري",
  "بالأربعاء، 7 تشرين الثاني/نوفمبر 2025",
  "١٢ من شهر سبتمبر من عام 2026 الماضي",
  "3 آب (أغسطس) العام 2024",
  "الحادي والعشرين من أكتوبر 2026",
  "الثالث من شهر مارس",
  "في 17 الشهر الجاري",
  "السابع عشر من هذا الشهر الحالي",
  "3 من الشهر المنصرم",
  "وأمس الأول",
  "بامس",
  "أول من أمس",
  "اول امس",
  "مساء اليوم",
  "وفجر الليلة الماضية",
  "منتصف ليلة الليلة الماضية",
  "خلال الأسبوع قبل الماضي",
  "الاسبوع المنصرم",
  "وقبل يومين",
  "قبل ٣ أيام",
  "قبل ستة أيام",
  "قبل أسبوع",
  "15/11/2026",
  "٢٠٢٦/١١/١٥",
  "منذ 3 ساعات",
  "قبل بضع دقائق",
  "منذ ساعتين",
  "صلاة يوم الجمعة",
  "سوق الأحد",
  "بظهر يوم السبت الماضي",
  "وعصر الثلثاء قبل الماضية",
  "ليلة الاثنين المقبلة",
  "والخميس القادم",
  "صباح الإثنين",
];
const SPACED = fc
  .array(
    fc.tuple(
      fc.oneof(fc.constantFrom(...WORDS), fc.constantFrom(...DATES)),
      fc.constantFrom(" ", " ", "", "،", "\u064E"),
    ),
    { maxLength: 14 },
  )
  .map((parts) => parts.map(([w, s]) => w + s).join(""));

/** Every match of a global regex: where, what, and its named groups. */
const matches = (re: RegExp, text: string): string[] =>
  [...text.matchAll(re)].map((m) => `${m.index}:${m[0]}:${JSON.stringify(m.groups)}`);

/** The fixture texts of a language (sets in SAYSO_AB_HIDE, held back from rule writers, left out). */
function fixtureTexts(lang: "ar" | "en"): string[] {
  const hidden = (process.env.SAYSO_AB_HIDE ?? "").split(",").filter(Boolean);
  const root = new URL("../../../fixtures/", import.meta.url);
  const out: string[] = [];
  for (const name of readdirSync(root)) {
    if (!name.startsWith(`${lang}-`) || hidden.some((h) => name === h || name.startsWith(`${h}.`))) continue;
    if (name.endsWith(".jsonl")) {
      for (const line of readFileSync(new URL(name, root), "utf8").split("\n"))
        if (line.trim()) out.push(String(JSON.parse(line).text ?? ""));
    } else if (!name.includes(".")) {
      for (const f of readdirSync(new URL(`${name}/`, root)))
        if (f.endsWith(".txt")) out.push(readFileSync(new URL(`${name}/${f}`, root), "utf8"));
    }
  }
  return out;
}

describe("Arabic date quick filter", () => {
  it("is the regex's opening, and keeps the alternatives after it as they were", () => {
    expect(AR_DATE_SEATLESS.source.startsWith(start)).toBe(true);
    expect(start.endsWith(WORD_START)).toBe(true);
  });

  it("finds exactly the dates the one-letter filter found, and those of no filter, in date words", () => {
    fc.assert(
      fc.property(SPACED, (s) => {
        const found = matches(AR_DATE_SEATLESS, s);
        expect(found).toEqual(matches(OLD, s));
        expect(found).toEqual(matches(UNFILTERED, s));
      }),
      { numRuns: 6000 },
    );
  });

  it("finds each whole date, as the one-letter filter did", () => {
    for (const d of DATES) {
      const found = matches(AR_DATE_SEATLESS, `قال ${d}، `);
      expect(found).toEqual(matches(OLD, `قال ${d}، `));
      // (a prayer's or a market's day is no date of the story)
      expect(found.length > 0).toBe(!/^(?:صلاة|سوق)/.test(d));
    }
  });

  it("finds exactly the dates the one-letter filter found in every Arabic fixture text", () => {
    const texts = fixtureTexts("ar");
    expect(texts.length).toBeGreaterThan(50);
    let dates = 0;
    for (const t of texts) {
      const found = matches(AR_DATE_SEATLESS, t);
      expect(found).toEqual(matches(OLD, t));
      dates += found.length;
    }
    expect(dates).toBeGreaterThan(100);
  });

  it("lets through any spelling of a lead's first letters, and turns other words away", () => {
    const re = new RegExp(`^(?:${leadFilterSource(["الأحد", "قبل", "منتصف ليل"])})`, "u");
    for (const s of ["الأحد", "الاحد", "الإ", "اَلأ", "قبل", "قَبْل", "منت", "منتصف"])
      expect(re.test(s)).toBe(true);
    for (const s of ["الحكومة", "قال", "من", "ال", "منذ"]) expect(re.test(s)).toBe(false);
    // (a lead shorter than the prefix: any letter may follow it)
    expect(new RegExp(`^(?:${leadFilterSource(["آب", "آبار"])})$`, "u").test("[اأإآٱ]ب")).toBe(false);
    expect(new RegExp(`^(?:${leadFilterSource(["آب", "أبريل"])})`, "u").test("ابز")).toBe(true);
  });
});

const EN_ONE_LETTER = "\\b(?=[SMTWFJAONDYyTtLlafsEe0-9])";
const EN_OLD = new RegExp(EN_ONE_LETTER + EN_DATE.source.slice(EN_DATE_START.length), EN_DATE.flags);
const EN_UNFILTERED = new RegExp(`\\b${EN_DATE.source.slice(EN_DATE_START.length)}`, EN_DATE.flags);
const EN_WORDS = [
  ..."Sunday Monday Tuesday Wednesday Thursday Friday Saturday Sun Mon Tues Wednes Thurs Fri Satur day".split(
    " ",
  ),
  ..."January Jan. Feb February Mar. March Apr April May June Jun July Jul Aug. August Sept. Sep September".split(
    " ",
  ),
  ..."Oct October Nov. November Dec December 1 2 5 12 30 31st 2nd 3rd 4th 2026 1999 st nd rd th of the".split(
    " ",
  ),
  ..."The the day week before last Last yesterday Yesterday today Today tonight Tonight night this This".split(
    " ",
  ),
  ..."morning afternoon evening two three four five six days ago a A an few hours hour hrs hr minutes".split(
    " ",
  ),
  ..."minute mins min late Late early Early on said Thursdays Mayor Sundays toddler lasting eartly anew".split(
    " ",
  ),
  ..."Ankara Tuesdays Junk Octopus Decade Fries Satin Wedding Augusta thee tod Tod yes Yes six sixty".split(
    " ",
  ),
  ", . - : ( ) ' \"".split(" "),
  " ",
  "  ",
  "\n",
  "\u00A0",
  "\t",
];
const EN_DATES = [
  "Tuesday, June 30, 2026",
  "Sept. 5",
  "on the 3rd of November, 2025",
  "Friday the 13 Oct",
  "the Monday before last",
  "The week before last",
  "the day before yesterday",
  "Yesterday",
  "Last night",
  "this afternoon",
  "last week",
  "three days ago",
  "4 days ago",
  "A week ago",
  "an hour ago",
  "a few minutes ago",
  "45 mins ago",
  "late Monday",
  "Early on Tuesday morning",
  "last Sunday",
  "Wednesday of last week",
];
const EN_SPACED = fc
  .array(
    fc.tuple(
      fc.oneof(fc.constantFrom(...EN_WORDS), fc.constantFrom(...EN_DATES)),
      fc.constantFrom(" ", " ", "", ", ", "\n"),
    ),
    { maxLength: 14 },
  )
  .map((parts) => parts.map(([w, s]) => w + s).join(""));

describe("English date quick filter", () => {
  it("is the regex's opening", () => {
    expect(EN_DATE.source.startsWith(EN_DATE_START)).toBe(true);
    expect(EN_DATE_START.startsWith("\\b(?=")).toBe(true);
  });

  it("finds exactly the dates the one-letter filter found, and those of no filter, in date words", () => {
    fc.assert(
      fc.property(EN_SPACED, (s) => {
        const found = matches(EN_DATE, s);
        expect(found).toEqual(matches(EN_OLD, s));
        expect(found).toEqual(matches(EN_UNFILTERED, s));
      }),
      { numRuns: 6000 },
    );
    for (const d of EN_DATES) {
      expect(matches(EN_DATE, `He said ${d}.`)).toEqual(matches(EN_OLD, `He said ${d}.`));
      expect(matches(EN_DATE, `He said ${d}.`).length).toBeGreaterThan(0);
    }
  });

  it("finds exactly the dates the one-letter filter found in every English fixture text", () => {
    const texts = fixtureTexts("en");
    expect(texts.length).toBeGreaterThan(50);
    let dates = 0;
    for (const t of texts) {
      const found = matches(EN_DATE, t);
      expect(found).toEqual(matches(EN_OLD, t));
      dates += found.length;
    }
    expect(dates).toBeGreaterThan(100);
  });

  it("takes a space in a lead for any white space, which ends the lead", () => {
    const re = new RegExp(`^(?:${literalLeadSource(["a week", "an hour", "Today"])})`);
    for (const s of ["a week", "a\tfew", "an hour", "Tod"]) expect(re.test(s)).toBe(true);
    for (const s of ["and", "any", "awe", "today", "To"]) expect(re.test(s)).toBe(false);
  });
});
