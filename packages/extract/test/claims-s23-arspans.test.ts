// Session 23 (arspans): cues and content edges that probes in the manner of Moroccan, Yemeni, Sudanese and
// Lebanese outlets turned up, each with made-up sentences (names, places and bodies that no fixture has).
import { describe, expect, it } from "vitest";
import { run } from "./arabic.ts";

const said = (text: string, publishedAt?: string) =>
  run(text, publishedAt).map((c) => [c.speaker.name, c.content.text, c.date]);

describe("a feminine verb of appeal before a masculine title or body («وطالبت المجلس بـ…»)", () => {
  it("makes the noun the one appealed to, and the woman before the speaker", () => {
    expect(
      said(
        "وقالت النائبة سلمى الفاسي إن الميزانية لا تكفي، وطالبت المجلس بعقد دورة استثنائية لمناقشة الملف.",
      ),
    ).toEqual([
      ["سلمى الفاسي", "الميزانية لا تكفي", null],
      ["سلمى الفاسي", "المجلس بعقد دورة استثنائية لمناقشة الملف", null],
    ]);
    expect(
      said("وأكدت الناشطة هدى العمراني أن الحي بلا إنارة. ودعت المجلس البلدي إلى إصلاح الأعمدة المعطلة."),
    ).toEqual([
      ["هدى العمراني", "الحي بلا إنارة", null],
      ["هدى العمراني", "المجلس البلدي إلى إصلاح الأعمدة المعطلة", null],
    ]);
  });
  it("keeps a woman named after a masculine title as the speaker («وطالبت النائب منى …»)", () => {
    expect(said("وطالبت النائب منى الخطيب الحكومة بتوفير المحروقات للمستشفيات.")[0]?.[0]).toBe("منى الخطيب");
  });
});

describe("a body whose name holds an adjective in construct («الشركة الجهوية متعددة الخدمات»)", () => {
  it("is read whole, and the clause after its aside is the content", () => {
    expect(
      said(
        "وأفادت الشركة الجهوية متعددة الخدمات، في بلاغ لها، بأن الماء سيعود إلى الأحياء الشرقية مساء الغد.",
      ),
    ).toEqual([["الشركة الجهوية متعددة الخدمات", "الماء سيعود إلى الأحياء الشرقية مساء الغد", null]]);
    expect(said("وقالت اللجنة الإقليمية متعددة القطاعات إن حملة التلقيح ستشمل المدارس.")).toEqual([
      ["اللجنة الإقليمية متعددة القطاعات", "حملة التلقيح ستشمل المدارس", null],
    ]);
  });
});

describe("a relayed «قوله» with the occasion between it and «إن»", () => {
  it("starts the content after «إن», and the occasion's day is the statement's", () => {
    expect(
      said(
        "ونقلت الإذاعة المحلية عن مدير الصحة في الإقليم قوله، خلال زيارته للمستشفى الجهوي الأحد، إن قسم الولادة سيعاد فتحه قريبا.",
      ),
    ).toEqual([["مدير الصحة في الإقليم", "قسم الولادة سيعاد فتحه قريبا", "2025-11-23"]]);
  });
});

describe("a body's town closed by the day or by the verb's particle and complementizer", () => {
  it("ends the body's name at its town («الغرفة التجارية بعدن أمس من أن …»)", () => {
    expect(said("وحذرت نقابة الصيادلة بالمكلا أمس من أن مخزون الأدوية سينفد خلال أيام.")).toEqual([
      ["نقابة الصيادلة بالمكلا", "مخزون الأدوية سينفد خلال أيام", "2025-11-24"],
    ]);
    expect(said("وحذرت نقابة الصيادلة بالمكلا من أن مخزون الأدوية سينفد خلال أيام.")).toEqual([
      ["نقابة الصيادلة بالمكلا", "مخزون الأدوية سينفد خلال أيام", null],
    ]);
  });
});

describe("«شكا» (complained) before a clause", () => {
  it("reports the complaint, in every form", () => {
    expect(said("ويشكو سائقو سيارات الأجرة من أن البلدية رفعت رسوم الوقوف.")).toEqual([
      ["سائقو سيارات الأجرة", "البلدية رفعت رسوم الوقوف", null],
    ]);
    expect(said("وشكت الجمعية من أن الشاحنات لم تجمع النفايات منذ أسبوع.")).toEqual([
      ["الجمعية", "الشاحنات لم تجمع النفايات منذ أسبوع", null],
    ]);
  });
  it("but not what a place or a sector suffers from («تشكو المدينة من نقص …»)", () => {
    expect(said("وتشكو القرية من نقص حاد في مياه الشرب.")).toEqual([]);
  });
  it("and a group that only complains of a noun is named whole by the verb after it", () => {
    expect(
      said("ويشكو عشرات المزارعين في محافظة لحج من شح الأسمدة، في وقت يقولون فيه إن الأسعار تضاعفت."),
    ).toEqual([["عشرات المزارعين في محافظة لحج", "الأسعار تضاعفت", null]]);
  });
});

describe("a source relayed with «نقلا عن», then the day, then «أن»", () => {
  it("is the speaker, with that day", () => {
    expect(
      said("وذكرت الإذاعة الجهوية، نقلا عن مصدر بمندوبية الصحة، يوم الأحد، أن حملة التلقيح شملت 12 ألف طفل."),
    ).toEqual([["مصدر بمندوبية الصحة", "حملة التلقيح شملت 12 ألف طفل", "2025-11-23"]]);
  });
});

describe("a regional academy and its region («الأكاديمية الجهوية … لجهة X Y»)", () => {
  it("is the subject, and the clause after its day is the content", () => {
    expect(
      said(
        "كشفت الأكاديمية الجهوية للتربية والتكوين لجهة درعة تافيلالت، أمس الاثنين، أن 30 مدرسة ستغلق مؤقتا.",
      ),
    ).toEqual([
      ["الأكاديمية الجهوية للتربية والتكوين لجهة درعة تافيلالت", "30 مدرسة ستغلق مؤقتا", "2025-11-24"],
    ]);
  });
});
