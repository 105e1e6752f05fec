// Session 21 (arleft): Arabic names this session's probes left. Made-up sentences; no text here comes from a
// fixture or a probe.
import { describe, expect, it } from "vitest";
import { run } from "./arabic.ts";

const said = (text: string) => run(text).map((c) => [c.speaker.name, c.content.text]);

describe("a bare name before the verb's particle and «أن»", () => {
  it("keeps a family name with the article that is no nisba («الحداد», «الخطيب»)", () => {
    expect(said("وأشار ماهر الحداد إلى أن الجسر يحتاج إلى صيانة عاجلة.")).toEqual([
      ["ماهر الحداد", "الجسر يحتاج إلى صيانة عاجلة"],
    ]);
    expect(said("وحذر رامي النجار من أن الموسم الزراعي مهدد بالجفاف.")).toEqual([
      ["رامي النجار", "الموسم الزراعي مهدد بالجفاف"],
    ]);
  });

  it("reads «علي» as the name Ali before «إلى أن»", () => {
    expect(said("وأشار علي عبد الحسين إلى أن الآبار جفت في ثلاث قرى.")).toEqual([
      ["علي عبد الحسين", "الآبار جفت في ثلاث قرى"],
    ]);
    expect(said("وأشار علي منصور إلى أن الآبار جفت في ثلاث قرى.")).toEqual([
      ["علي منصور", "الآبار جفت في ثلاث قرى"],
    ]);
  });
});
