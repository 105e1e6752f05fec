// Arabic written without the hamza seat on alif («اعلن», «الى», «ان», «امس»), as Sudanese, some Gulf and
// many web outlets write: the words are compared with the seat folded, so every shape reads as with it.
// Made-up sentences.
import { describe, expect, it } from "vitest";
import { brief, one, run } from "./arabic.ts";

describe("«الى», «اليه», «الا» carry no article", () => {
  it("ends the subject before «الى» of the verb's particle", () => {
    const c = one("واشارت هيئة الموانئ الى ان حركة الشحن تراجعت.");
    expect(c && [c.speaker.name, c.speaker.mention?.text, c.content.text]).toEqual([
      "هيئة الموانئ",
      "هيئة الموانئ",
      "حركة الشحن تراجعت",
    ]);
  });
  it("ends a title before «الى» too", () => {
    const c = one("واشار الوزير الى ان الاسعار ستنخفض.");
    expect(c?.speaker.mention?.text).toBe("الوزير");
  });
});

describe("seatless complementizers, time words and particles", () => {
  it("keeps a second «وان» clause of the same verb in the content", () => {
    const c = one('وقال مدير المستشفى ان "الوضع صعب"، وان الادوية "شارفت على النفاد".');
    expect(c && [c.content.text, c.kind]).toEqual(['"الوضع صعب"، وان الادوية "شارفت على النفاد"', "mixed"]);
  });
  it("dates a statement by «امس» after the speaker, outside the content", () => {
    const c = one("ونقلت الصحيفة عن مسؤول في الوزارة قوله امس ان الاسعار مستقرة.");
    expect(c && [c.content.text, c.date]).toEqual(["الاسعار مستقرة", "2025-11-24"]);
  });
  it("takes the article's time from a lead that says «امس»", () => {
    const [c] = run(
      "قررت المحكمة، امس، تاجيل القضية الى الشهر المقبل.\nوقال المحامي سامر نبيل الحداد ان موكله بريء.",
    );
    expect(c && [c.speaker.name, c.date]).toEqual(["سامر نبيل الحداد", "2025-11-24"]);
  });
  it("reads «عنه قوله ان» with the content after «ان»", () => {
    const c = one('ونقلت الوكالة عنه قوله ان الاتفاق "تاريخي".');
    expect(c?.content.text).toBe('الاتفاق "تاريخي"');
  });
  it("reads a fronted topic «اما X، فقال»", () => {
    const c = one("اما وزير المالية، فقال ان الموازنة ستقدم الاسبوع المقبل.");
    expect(c && brief(c)).toEqual({
      speaker: "وزير المالية",
      cue: "قال",
      content: "الموازنة ستقدم الاسبوع المقبل",
      kind: "indirect",
    });
  });
});

describe("seatless titles", () => {
  it("keeps a second portfolio joined by «وا…» («واعمار») in the title", () => {
    const c = one("وقال وزير الطاقة واعمار المناطق سامي فؤاد الحسن ان المحطة ستعمل قريبا.");
    expect(c && [c.speaker.name, c.content.text]).toEqual(["سامي فؤاد الحسن", "المحطة ستعمل قريبا"]);
  });
});

describe("«الامام» with the article is the prayer leader", () => {
  it("reads «واوضح الامام X ان» with the imam as the speaker", () => {
    const c = one("واوضح الامام سعيد عادل الحسن ان المسجد سيفتح ابوابه للنازحين.");
    expect(c?.speaker.mention?.text).toBe("الامام سعيد عادل الحسن");
    expect(c?.speaker.name).toContain("سعيد عادل الحسن");
  });
});
