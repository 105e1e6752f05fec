// Session 24 (arleft): Arabic leftovers the session's lanes found. Made-up sentences; no text here comes from a
// fixture or a probe.
import { describe, expect, it } from "vitest";
import { run } from "./arabic.ts";

const said = (text: string) => run(text).map((c) => [c.speaker.name, c.content.text]);

describe("an honorific before a family name with the article («الشيخ النور», «مولانا النور»)", () => {
  it("is the person named in full before", () => {
    expect(
      said(
        "وقال الشيخ عبد الله الأمين إن الصلح تم. وأضاف الشيخ الأمين أن الطرفين وقعا. وقال مولانا الأمين إن الأمر انتهى.",
      ).map(([name]) => name),
    ).toEqual(["عبد الله الأمين", "عبد الله الأمين", "عبد الله الأمين"]);
  });
});

describe("a title with the ب-town of its place noun and no name", () => {
  it("«والي الجهة بفاس», «عامل الإقليم بوجدة»: names the title, not the town", () => {
    expect(said("قال والي الجهة بفاس إن المشروع سينطلق قريبا.")).toEqual([
      ["والي الجهة بفاس", "المشروع سينطلق قريبا"],
    ]);
    expect(said("وقال عامل الإقليم بوجدة إن الطريق ستفتح.")).toEqual([
      ["عامل الإقليم بوجدة", "الطريق ستفتح"],
    ]);
  });
});

describe("a seller's workplace between the title and the name", () => {
  it("«البائع في سوق …» is the title of the name after it", () => {
    expect(said("قال البائع في سوق السمك حسن عمر البدوي إن الأسعار ارتفعت.")).toEqual([
      ["حسن عمر البدوي", "الأسعار ارتفعت"],
    ]);
  });
});

describe("a mosque after a title («إمام مسجد», «حارس مسجد»)", () => {
  it("is the title's workplace, never a person named «مسجد»", () => {
    expect(said("قال حارس مسجد بالمدينة يوسف الكردي إن الباب كسر.")).toEqual([["يوسف الكردي", "الباب كسر"]]);
    expect(said("وقال إمام مسجد بالحي سامر العتوم إن المصلين تبرعوا.")).toEqual([
      ["سامر العتوم", "المصلين تبرعوا"],
    ]);
    expect(said("وأوضح حارس مسجد أن الباب كسر.")).toEqual([["حارس مسجد", "الباب كسر"]]);
  });
});

describe("a relative of one of a group («والدة أحد المرضى»)", () => {
  it("speaks, with or without a request for anonymity", () => {
    expect(said("وقالت والدة أحد الطلاب إن المدرسة بلا تدفئة.")).toEqual([
      ["والدة أحد الطلاب", "المدرسة بلا تدفئة"],
    ]);
    expect(said("وقالت والدة أحد المرضى، فضلت حجب اسمها، إن الدواء مفقود.")).toEqual([
      ["والدة أحد المرضى", "الدواء مفقود"],
    ]);
  });
});
