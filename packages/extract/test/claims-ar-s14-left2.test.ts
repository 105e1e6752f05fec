// Session 14 (left2-ar): made-up sentences for the Arabic misses left after left-ar; no text here comes from a fixture.
import { describe, expect, it } from "vitest";
import { run } from "./arabic.ts";

const pairs = (text: string): [string | null, string][] =>
  run(text).map((c) => [c.speaker.name, c.content.text]);

describe("a bare name of two words right after a verb of appeal, then its particle", () => {
  it("is the speaker of «وطالب X Y بـ…» («طالب» the verb, not a student)", () => {
    expect(pairs("وطالب سامي حداد بإطلاق سراح المعتقلين.")).toEqual([["سامي حداد", "بإطلاق سراح المعتقلين"]]);
    expect(pairs("وطالبت ليلى منصور بفتح تحقيق في الحادث.")).toEqual([
      ["ليلى منصور", "بفتح تحقيق في الحادث"],
    ]);
  });
  it("keeps the whole name before «إلى» («ودعا X Y إلى …»)", () => {
    expect(pairs("ودعا خالد منصور إلى إطلاق سراح المعتقلين.")).toEqual([
      ["خالد منصور", "إطلاق سراح المعتقلين"],
    ]);
  });
});

describe("a definite feminine noun after a masculine title and a verb of appeal", () => {
  it("is the one appealed to, kept in the content («وطالب الوزير الحكومة بـ…»)", () => {
    expect(pairs("وطالب الوزير الحكومة بالإسراع في تنفيذ المشاريع.")).toEqual([
      ["الوزير", "الحكومة بالإسراع في تنفيذ المشاريع"],
    ]);
    expect(pairs("وطالب المدير الإدارات بالالتزام بالقرار.")).toEqual([
      ["المدير", "الإدارات بالالتزام بالقرار"],
    ]);
  });
});

describe("the edge of a period right after the speaker («مطلع الأسبوع», «صبيحة اليوم»)", () => {
  it("is the time of the words, not more of the speaker's name", () => {
    expect(pairs("وقال الوزير مطلع الأسبوع إن المشروع سيبدأ.")).toEqual([["الوزير", "المشروع سيبدأ"]]);
    expect(pairs("وأكد الوزير نهاية الأسبوع الماضي أن الطريق سيفتح.")).toEqual([["الوزير", "الطريق سيفتح"]]);
    expect(pairs("وقال المحافظ سامي حداد صبيحة اليوم إن الأمطار توقفت.")).toEqual([
      ["سامي حداد", "الأمطار توقفت"],
    ]);
  });
  it("leaves the same words inside a name («مصدر مطلع», «جمعية بداية جديدة», «صبيحة حداد»)", () => {
    expect(pairs("وقال مصدر مطلع إن المشروع سيبدأ.")).toEqual([["مصدر مطلع", "المشروع سيبدأ"]]);
    expect(pairs("وقالت جمعية بداية جديدة إن التبرعات زادت.")).toEqual([
      ["جمعية بداية جديدة", "التبرعات زادت"],
    ]);
    expect(pairs("وقالت صبيحة حداد إن التبرعات زادت.")).toEqual([["صبيحة حداد", "التبرعات زادت"]]);
  });
});

describe("Arabic dates with the article on the digit and on the eve of a day", () => {
  const dated = (text: string): (string | null)[] => run(text).map((c) => c.date);
  it("dates «في الـ12 من نوفمبر» as «في 12 نوفمبر»", () => {
    expect(dated("وأعلن الوزير في الـ12 من نوفمبر أن الطريق سيفتح.")).toEqual(["2025-11-12"]);
  });
  it("dates «عشية الاثنين» the day before that Monday", () => {
    expect(dated("وقال المحافظ عشية الاثنين إن الأمطار توقفت.")).toEqual(["2025-11-23"]);
    expect(dated("وقال المحافظ مساء الاثنين إن الأمطار توقفت.")).toEqual(["2025-11-24"]);
  });
});

describe("«مدرسة» as a body's head in a title", () => {
  it("keeps a school named after a king in the title («مديرة مدرسة الملك فيصل الأول منى …»)", () => {
    expect(pairs("وقالت مديرة مدرسة الملك فيصل الأول منى الخطيب إن الدراسة ستبدأ.")).toEqual([
      ["منى الخطيب", "الدراسة ستبدأ"],
    ]);
  });
});
