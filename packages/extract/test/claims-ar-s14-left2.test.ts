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
