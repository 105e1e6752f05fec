// Session 23 (fit): the constructions Arabic batch 36 and English set AE turned up, each with made-up sentences
// (names, places and outlets that no fixture has).
import { describe, expect, it } from "vitest";
import { run } from "./arabic.ts";
import { englishOn } from "./english.ts";

const said = (text: string, publishedAt?: string) =>
  run(text, publishedAt).map((c) => [c.speaker.name, c.content.text]);
const en = englishOn("2026-10-15");
const enSaid = (text: string) => en(text).map((c) => [c.speaker.name, c.content.text, c.date]);

describe("a title's workplace named after a ruler, joined by «بـ» («بجامعة السلطان …», «بمستشفى الملك …»)", () => {
  it("takes the ruler's given name into the workplace; the honorific and the name after it are the speaker's", () => {
    expect(
      said(
        "ويرى أستاذ علم الجيولوجيا بجامعة السلطان قابوس الدكتور سالم بن راشد الكلباني أن المياه الجوفية تتراجع.",
      ),
    ).toEqual([["سالم بن راشد الكلباني", "المياه الجوفية تتراجع"]]);
    expect(
      said("وقال رئيس قسم الطوارئ بمستشفى الملك فهد الدكتور نايف عادل الرميثي، إن الحالات مستقرة."),
    ).toEqual([["نايف عادل الرميثي", "الحالات مستقرة"]]);
  });
});

describe("a body's participle «المتعلقة/المتعلق» and the «بـ» phrase it governs", () => {
  it("belongs to the body's name, not to the content", () => {
    expect(
      said("وأوضحت الهيئة الوطنية لتنظيم الأنشطة المتعلقة بالصيد البحري، في بلاغ لها، أن الموسم سيمدد."),
    ).toEqual([["الهيئة الوطنية لتنظيم الأنشطة المتعلقة بالصيد البحري", "الموسم سيمدد"]]);
    expect(said("وذكرت اللجنة المتعلقة بالمياه أن السدود ممتلئة.")).toEqual([
      ["اللجنة المتعلقة بالمياه", "السدود ممتلئة"],
    ]);
  });
});

describe("an unnamed source at one of a kind of workplace («مسؤول بإحدى الشركات المرخص لها بـ…»)", () => {
  it("is named by the whole description, its «لها بـ…» included, whether «بإحدى» or «في إحدى»", () => {
    expect(said("وقال مسؤول بإحدى الشركات المرخص لها بتصدير الزيتون، إن الأسعار ارتفعت.")).toEqual([
      ["مسؤول بإحدى الشركات المرخص لها بتصدير الزيتون", "الأسعار ارتفعت"],
    ]);
    expect(said("وقال موظف في إحدى الجمعيات المسموح لها بجمع التبرعات، إن الطلبات تضاعفت.")).toEqual([
      ["موظف في إحدى الجمعيات المسموح لها بجمع التبرعات", "الطلبات تضاعفت"],
    ]);
    expect(said("وقال مهندس بأحد المصانع إن الإنتاج توقف.")).toEqual([
      ["مهندس بأحد المصانع", "الإنتاج توقف"],
    ]);
  });
});
