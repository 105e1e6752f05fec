// Session 27 (artime): a time phrase right after the cue verb is when, not who, and not what was said.
// Made-up sentences; no text here comes from a fixture or a probe.
import { describe, expect, it } from "vitest";
import { run } from "./arabic.ts";

const said = (text: string) => run(text).map((c) => [c.speaker.name, c.content.text, c.date]);

describe("a time phrase between the cue verb and its subject («وقالت الأسبوع الماضي وزارة الصحة إن …»)", () => {
  it("is skipped: the subject is read after it, undated unless it names a day", () => {
    expect(said("وقالت الأسبوع الماضي وزارة الصحة إن العدوى تراجعت.")).toEqual([
      ["وزارة الصحة", "العدوى تراجعت", null],
    ]);
    expect(said("وحذرت تشرين الثاني الماضي الأمم المتحدة من أن المخزون ينفد.")).toEqual([
      ["الأمم المتحدة", "المخزون ينفد", null],
    ]);
    expect(said("وأعلن مطلع الشهر الجاري المجلس البلدي أن الأشغال ستبدأ.")).toEqual([
      ["المجلس البلدي", "الأشغال ستبدأ", null],
    ]);
    expect(said("وذكرت في وقت سابق الوكالة الرسمية أن الموكب وصل.")).toEqual([
      ["الوكالة الرسمية", "الموكب وصل", null],
    ]);
    expect(said("وقال الخميس الماضي وزير الخارجية إن المحادثات تعثرت.")).toEqual([
      ["وزير الخارجية", "المحادثات تعثرت", "2025-11-20"],
    ]);
  });
  it("leaves the subject implicit when the object follows it, and keeps it out of the content", () => {
    const before = "وقالت النقابة إن العمال مضربون. ";
    expect(said(`${before}وحذرت يونيو الماضي من تسريح العمال.`)[1]).toEqual([
      "النقابة",
      "تسريح العمال",
      null,
    ]);
    expect(said(`${before}وحذرت الشهر الماضي من أن المخزون ينفد.`)[1]).toEqual([
      "النقابة",
      "المخزون ينفد",
      null,
    ]);
  });
  it("is no month when «ماي» names a speaker (Theresa May)", () => {
    expect(said("وقالت ماي إن الحكومة لن تتراجع.")).toEqual([["ماي", "الحكومة لن تتراجع", null]]);
  });
});
