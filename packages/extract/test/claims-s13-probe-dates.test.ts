// Session 13 probe of when statements were made, in Arabic and English: made-up news sentences, one rule
// each; no text here comes from a fixture. 2026-11-18 is a Wednesday.
import { describe, expect, it } from "vitest";
import { parseDay } from "../src/calendar-days.ts";
import { findDates } from "../src/dates.ts";
import { run } from "./arabic.ts";
import { englishOn, said } from "./english.ts";

const PUB = "2026-11-18";
const ar = (text: string, publishedAt = PUB) => run(text, publishedAt);
const en = englishOn(PUB);
const days = (text: string, lang: "ar" | "en", publishedAt = PUB): (string | null)[] =>
  findDates(text, lang, 0, text.length, parseDay(publishedAt)).map((d) => d.date);
const words = (text: string, lang: "ar" | "en"): string[] =>
  findDates(text, lang, 0, text.length, parseDay(PUB)).map((d) => text.slice(d.start, d.end));

describe("Arabic weekdays with a feminine «الماضية» or «المقبلة»", () => {
  it("reads «الجمعة الماضية», «الثلاثاء الفائتة» as strictly before publication", () => {
    // 2026-11-20 is a Friday
    const second = ar("وقال الوزير الجمعة الماضية إن الخطة جاهزة.", "2026-11-20")[0];
    expect([second?.date, second?.dateSource?.text]).toEqual(["2026-11-13", "الجمعة الماضية"]);
    expect(days("أكد الوزير الثلاثاء المنصرم أن", "ar", "2026-11-17")).toEqual(["2026-11-10"]);
  });

  it("gives «الجمعة المقبلة», «الخميس القادمة» no day", () => {
    expect(days("سيفتتح المعبر الجمعة المقبلة", "ar")).toEqual([null]);
    expect(days("تبدأ الامتحانات يوم الخميس القادمة", "ar")).toEqual([null]);
    const claim = ar("قال الوزير، الجمعة المقبلة، سيفتتح المعبر.")[0];
    expect(claim?.date).not.toBe("2026-11-13");
  });
});

describe("Arabic weeks, months and numeric dates", () => {
  // (session 16: «الأسبوع الماضي» and its synonyms name a week, no day of it; «قبل أسبوع» is seven days back)
  it("reads «الأسبوع المنصرم» and «الأسبوع الفائت» as «الأسبوع الماضي» (no day), «قبل أسبوع» as publication − 7 days", () => {
    expect(days("قال الأسبوع المنصرم، وفي الأسبوع الفائت، وقبل أسبوع", "ar")).toEqual([
      null,
      null,
      "2026-11-11",
    ]);
    expect(days("قبل أسبوعين", "ar")).toEqual([]);
    expect(ar("قال وزير الخارجية سامي حداد قبل أسبوع إن الخطة جاهزة.")[0]?.date).toBe("2026-11-11");
  });

  it("reads «15 من شهر نوفمبر» and «الرابع عشر من شهر نوفمبر»", () => {
    expect(days("في 15 من شهر نوفمبر، وفي الرابع عشر من شهر تشرين الثاني", "ar")).toEqual([
      "2026-11-15",
      "2026-11-14",
    ]);
  });

  it("reads day/month/year and year/month/day in either digits", () => {
    expect(days("في 15/11/2026 وفي ٢٠٢٦/١١/١٧", "ar")).toEqual(["2026-11-15", "2026-11-17"]);
    expect(ar("قال الوزير في 15/11/2026 إن الخطة جاهزة.")[0]?.date).toBe("2026-11-15");
    // (a decision's date inside the content dates no statement)
    expect(ar("وقال الوزير إن القرار صدر بتاريخ 15/11/2026.")[0]?.date).not.toBe("2026-11-15");
  });

  it("reads a day of «الشهر الجاري/الحالي» (publication's month) and «الشهر الماضي» (the month before)", () => {
    expect(days("في 17 الشهر الجاري، السابع عشر من الشهر الحالي", "ar")).toEqual([
      "2026-11-17",
      "2026-11-17",
    ]);
    expect(days("في 3 الشهر الماضي", "ar", "2026-01-18")).toEqual(["2025-12-03"]);
    expect(ar("صرح الوزير في 17 الشهر الجاري بأن الخطة جاهزة.")[0]?.date).toBe("2026-11-17");
  });
});

describe("Arabic hours of a day stay in the date's words", () => {
  it("keeps «مساء», «فجر», «ليلة» in the date source", () => {
    expect(words("قال مساء الثلاثاء، وأعلن فجر اليوم، وصرح ليلة أمس", "ar")).toEqual([
      "مساء الثلاثاء",
      "فجر اليوم",
      "ليلة أمس",
    ]);
    const claim = ar("قال رئيس الوزراء نبيل سعد مساء الثلاثاء إن الائتلاف صامد.")[0];
    expect([claim?.date, claim?.dateSource?.text]).toEqual(["2026-11-17", "مساء الثلاثاء"]);
  });
});

describe("Arabic time phrases after the speaker are no part of the name", () => {
  it("ends the name before «أول أمس», «الأسبوع الماضي» and an hour before a day", () => {
    const names = [
      "قال وزير الداخلية خالد منصور أول أمس إن الحدود ستبقى مغلقة.",
      "قال وزير المالية رامي عيسى الأسبوع الماضي إن الموازنة متوازنة.",
      "قال الوزير أول من أمس إن الخطة جاهزة.",
      "قال الوزير ظهر الثلاثاء إن الخطة جاهزة.",
      "قالت وزيرة الصحة ليلى نصار ليلة الاثنين إن اللقاح آمن.",
      "قال الوزير فجر الثلاثاء إن الخطة جاهزة.",
    ].map((t) => ar(t)[0]?.speaker.name);
    expect(names).toEqual(["خالد منصور", "رامي عيسى", "الوزير", "الوزير", "ليلى نصار", "الوزير"]);
    const midnight = ar("قال الوزير منتصف ليل الثلاثاء إن الخطة جاهزة.")[0];
    expect([midnight?.speaker.name, midnight?.date, midnight?.dateSource?.text]).toEqual([
      "الوزير",
      "2026-11-17",
      "منتصف ليل الثلاثاء",
    ]);
    const lastNight = ar("قال وزير الخارجية سامي حداد الليلة الماضية إن الخطة جاهزة.")[0];
    expect([lastNight?.speaker.name, lastNight?.date, lastNight?.dateSource?.text]).toEqual([
      "سامي حداد",
      "2026-11-17",
      "الليلة الماضية",
    ]);
  });
});

describe("an Arabic dateline on a line of its own", () => {
  it("dates the lead's statements by the dateline's calendar day when the lead names no day", () => {
    const claim = ar(
      "السوق النفطية مستقرة\nالرياض 7 جمادى الأولى 1448 هـ الموافق 17 نوفمبر 2026 م واس\nأكد وزير الطاقة أن السوق مستقرة.",
    )[0];
    expect([claim?.date, claim?.dateSource?.text]).toEqual(["2026-11-17", "17 نوفمبر 2026"]);
  });

  it("not by a page's time stamp, nor over the lead's own day", () => {
    const stamped = ar("السوق النفطية مستقرة\n17/11/2026 | 14:25\nأكد وزير الطاقة أن السوق مستقرة.")[0];
    expect(stamped?.date).toBeNull();
    const own = ar("السوق مستقرة\nالرياض 17 نوفمبر 2026 (واس)\nأكد وزير الطاقة اليوم أن السوق مستقرة.")[0];
    expect(own?.date).toBe("2026-11-18");
  });
});

describe("English parts of a day stay in the date's words", () => {
  it("keeps 'late' and 'early' before a weekday in the date source", () => {
    expect(words("said late Monday, early on Tuesday, Tuesday evening", "en")).toEqual([
      "late Monday",
      "early on Tuesday",
      "Tuesday evening",
    ]);
    const claim = said(
      en("The White House said late Monday that the president would veto the bill."),
      "veto",
    );
    expect([claim?.date, claim?.dateSource?.text]).toEqual(["2026-11-16", "late Monday"]);
  });
});

describe("English days counted back from publication", () => {
  it("reads 'the day before yesterday' as two days back, and starts the content after it", () => {
    const claim = said(
      en("Interior Minister Sara Obi said the day before yesterday that the border would stay closed."),
      "border would stay closed",
    );
    expect([claim?.date, claim?.dateSource?.text, claim?.content.text]).toEqual([
      "2026-11-16",
      "the day before yesterday",
      "the border would stay closed",
    ]);
  });

  it("reads 'a week ago' as 'last week' (publication − 7 days)", () => {
    const claim = said(
      en("A week ago, Mayor Tom Reyes said the bridge would reopen."),
      "bridge would reopen",
    );
    expect(claim?.date).toBe("2026-11-11");
  });

  it("reads 'on Monday of last week' and 'on Wednesday last week' as that day of the week before", () => {
    // (a bare "last week" is a week, no day of it: session 16)
    expect(days("said on Monday of last week, on Wednesday last week, on Sunday, last week", "en")).toEqual([
      "2026-11-09",
      "2026-11-11",
      "2026-11-15",
      null,
    ]);
    const claim = said(
      en("Mayor Tom Reyes said on Friday last week that the bridge would reopen."),
      "bridge",
    );
    expect(claim?.date).toBe("2026-11-13");
  });
});

describe("English days that belong to the content", () => {
  it("keeps a possessive day ('Sunday evening's blast') in the content and dates nothing by it", () => {
    const claim = said(en("The minister said Sunday evening's blast killed four people."), "blast killed");
    expect([claim?.content.text, claim?.date]).toEqual(["Sunday evening's blast killed four people", null]);
  });

  it("keeps 'the deal, signed on Sunday, was dead' whole: the day is the deal's", () => {
    const claim = said(
      en("Senator Ray Cole said on Tuesday the deal, signed on Sunday, was dead."),
      "the deal",
    );
    expect([claim?.content.text, claim?.date]).toEqual([
      "the deal, signed on Sunday, was dead",
      "2026-11-17",
    ]);
    const undated = said(en("Senator Ray Cole said the deal, approved on Sunday, was dead."), "the deal");
    expect([undated?.content.text, undated?.date]).toEqual(["the deal, approved on Sunday, was dead", null]);
  });

  it("keeps the event's day in what 'said' reports ('said the attack happened on Sunday')", () => {
    const claim = said(en("Police spokesman Ali Noor said the attack happened on Sunday."), "the attack");
    expect([claim?.content.text, claim?.date]).toEqual(["the attack happened on Sunday", null]);
    // (an object's day after a weak verb is still when it was reported)
    const report = said(
      en("Barclays reported a record profit on Tuesday, driven by trading."),
      "record profit",
    );
    expect(report?.date).toBe("2026-11-17");
  });
});

describe("a day and month without a year near the turn of the year", () => {
  it("reads a date a few days after a December paper as the coming January, never as a statement's day", () => {
    expect(days("on Jan. 2, في 2 كانون الثاني", "en", "2026-12-30")).toEqual(["2027-01-02"]);
    expect(days("في 2 كانون الثاني", "ar", "2026-12-30")).toEqual(["2027-01-02"]);
    expect(days("on Dec. 31", "en", "2027-01-02")).toEqual(["2026-12-31"]);
    const claim = ar("قال الوزير في 2 كانون الثاني إن الخطة جاهزة.", "2026-12-30")[0];
    expect(claim?.date).toBeNull();
    // (a January date long past in a December paper is still this year's)
    expect(days("في 20 كانون الثاني", "ar", "2026-12-30")).toEqual(["2026-01-20"]);
  });
});

describe("Arabic scene sentences: «أدلى … بهذه التصريحات», «وكان … يتحدث في …»", () => {
  it("date the statement before them, and their verb or object is no part of the speaker's name", () => {
    const made = ar(
      "قال وزير النقل إن الطريق سيفتح قريبا.\n\nوأدلى الوزير بهذه التصريحات خلال زيارته إلى طرابلس السبت.",
    )[0];
    expect([made?.speaker.name, made?.date]).toEqual(["وزير النقل", "2026-11-14"]);
    const speaking = ar("قال الوزير إن الخطة جاهزة.\n\nوكان الوزير يتحدث في مؤتمر صحفي الاثنين.")[0];
    expect([speaking?.speaker.name, speaking?.date]).toEqual(["الوزير", "2026-11-16"]);
  });
});

describe("Arabic day numbers", () => {
  it("never read the last digit of a longer number as the day («و18 نوفمبر» is not «8 نوفمبر»)", () => {
    // (the range is one mention with no day: a statement made over it has no one day)
    expect(words("في 17 و18 نوفمبر، و18 الشهر الجاري", "ar")).toEqual(["17 و18 نوفمبر"]);
    expect(days("في 17 و18 نوفمبر، و18 الشهر الجاري", "ar")).toEqual([null]);
    expect(ar("وقال الوزير في 17 و18 نوفمبر إن الخطة جاهزة.")[0]?.date).not.toBe("2026-11-08");
  });
});

describe("English scene sentences and counted days after another day", () => {
  it("dates by 'Cole spoke at a rally … on Saturday' and 'The senator made the comments in … on Monday'", () => {
    const spoke = en(
      "Senator Ray Cole said the deal was dead.\n\nCole spoke at a rally in Austin on Saturday.",
    );
    expect(said(spoke, "deal was dead")?.date).toBe("2026-11-14");
    const made = en(
      "Senator Ray Cole said the deal was dead.\n\nThe senator made the comments in a radio interview on Monday.",
    );
    expect(said(made, "deal was dead")?.date).toBe("2026-11-16");
  });

  it("leaves 'Two days later, …' undated, as 'a day later' is", () => {
    const claims = en(
      "Senator Ray Cole said on Monday the deal was dead.\n\nTwo days later, his office said he had changed his mind.",
    );
    expect(said(claims, "changed his mind")?.date).toBeNull();
    expect(said(claims, "deal was dead")?.date).toBe("2026-11-16");
  });
});

describe("the day or week before last", () => {
  it("reads «الأحد قبل الماضي», «الجمعة قبل الماضية» a week before «… الماضي», «الأسبوع قبل الماضي» as no day", () => {
    expect(days("الأحد قبل الماضي، يوم الجمعة قبل الماضية، الأسبوع قبل الماضي", "ar")).toEqual([
      "2026-11-08",
      "2026-11-06",
      null,
    ]);
    const claim = ar("قال وزير المالية رامي عيسى الأسبوع قبل الماضي إن الموازنة متوازنة.")[0];
    expect([claim?.speaker.name, claim?.content.text, claim?.date]).toEqual([
      "رامي عيسى",
      "الموازنة متوازنة",
      null,
    ]);
  });

  it("reads 'the Monday before last' and 'the week before last', and starts the content after them", () => {
    const claim = said(
      en("Mayor Tom Reyes said the Monday before last that the bridge would reopen."),
      "bridge would reopen",
    );
    expect([claim?.content.text, claim?.date, claim?.dateSource?.text]).toEqual([
      "the bridge would reopen",
      "2026-11-09",
      "the Monday before last",
    ]);
    // (a week, no day of it: session 16)
    expect(days("the week before last", "en")).toEqual([null]);
  });
});
