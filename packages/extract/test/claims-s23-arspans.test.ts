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
