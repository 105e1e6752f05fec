import { describe, expect, it } from "vitest";
import { lastWeekday, parseDay } from "../src/calendar-days.ts";
import { findDates } from "../src/dates.ts";

const pub = parseDay("2025-11-25") as Date; // a Tuesday
const dates = (text: string, lang: "ar" | "en"): (string | null)[] =>
  findDates(text, lang, 0, text.length, pub).map((d) => d.date);

describe("dates", () => {
  it("resolves a weekday to the most recent such day on or before publication", () => {
    expect(dates("أعلن الوزير، الثلاثاء، أن", "ar")).toEqual(["2025-11-25"]);
    expect(dates("عقده الوزيران، الاثنين، في", "ar")).toEqual(["2025-11-24"]);
    expect(dates("جولة بدأت الأحد الماضي", "ar")).toEqual(["2025-11-23"]);
    expect(dates("said on Wednesday", "en")).toEqual(["2025-11-19"]);
    expect(dates("said last Tuesday", "en")).toEqual(["2025-11-18"]);
  });
  it("gives a weekday still to come («الخميس المقبل», «يوم الأحد القادم») no statement date", () => {
    expect(dates("ستصرف الرواتب الخميس المقبل", "ar")).toEqual([null]);
    expect(dates("تبدأ الامتحانات يوم الأحد القادم", "ar")).toEqual([null]);
    expect(dates("وأكد الوزير الخميس أن", "ar")).toEqual(["2025-11-20"]);
  });
  it("reads Levantine, Egyptian and paired month names, with Eastern Arabic digits", () => {
    expect(dates("في 7 تشرين الثاني/نوفمبر 2025", "ar")).toEqual(["2025-11-07"]);
    expect(dates("في ٨ تشرين الأول/أكتوبر ٢٠٢٣", "ar")).toEqual(["2023-10-08"]);
    expect(dates("يوم 3 نوفمبر", "ar")).toEqual(["2025-11-03"]);
    expect(dates("في ١٢ كانون الأول", "ar")).toEqual(["2024-12-12"]);
  });
  it("resolves أمس and yesterday, and gives last week no day", () => {
    expect(dates("وقال أمس إن", "ar")).toEqual(["2025-11-24"]);
    // the day before yesterday, in its three spellings
    expect(dates("أول من أمس، أول أمس، أمس الأول", "ar")).toEqual(["2025-11-23", "2025-11-23", "2025-11-23"]);
    expect(dates("told reporters yesterday", "en")).toEqual(["2025-11-24"]);
    expect(dates("said last week", "en")).toEqual([null]);
    expect(dates("said two days ago, not 3 days ago", "en")).toEqual(["2025-11-23", "2025-11-22"]);
    expect(dates("قال قبل يومين، لا قبل ثلاثة أيام", "ar")).toEqual(["2025-11-23", "2025-11-22"]);
  });
  it("reads English calendar dates", () => {
    expect(dates("on Nov. 7, 2024 and on 3 March", "en")).toEqual(["2024-11-07", "2025-03-03"]);
  });
  it("computes weekdays by calendar arithmetic", () => {
    expect(lastWeekday(pub, 2).toISOString().slice(0, 10)).toBe("2025-11-25");
    expect(lastWeekday(pub, 2, true).toISOString().slice(0, 10)).toBe("2025-11-18");
  });
  it("leaves relative dates unresolved without a publication date", () => {
    expect(findDates("الاثنين", "ar", 0, 7, null).map((d) => d.date)).toEqual([null]);
  });
});

describe("dates (more Arabic)", () => {
  it("reads الأسبوع الماضي as a week with no day, and اليوم", () => {
    const pub2 = parseDay("2025-11-25") as Date;
    const found = findDates("وقال الأسبوع الماضي إن … وأكد اليوم", "ar", 0, 40, pub2).map((d) => d.date);
    expect(found).toEqual([null, "2025-11-25"]);
  });
});
