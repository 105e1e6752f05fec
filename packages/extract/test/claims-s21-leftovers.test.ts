// Session 21 (leftovers): constructions earlier lanes found wrong and left. Made-up sentences; none comes
// from a fixture or a probe.
import { describe, expect, it } from "vitest";
import { run } from "./arabic.ts";

const said = (text: string) => run(text).map((c) => [c.speaker.name, c.content.text]);

describe("an institution told after a full name («أبلغ الوزير X Y الحكومة أن …»)", () => {
  it("is the hearer, not a family name", () => {
    expect(said("وأبلغ الوزير سمير حداد الحكومة أن المحصول سيتحسن هذا الموسم.")).toEqual([
      ["سمير حداد", "المحصول سيتحسن هذا الموسم"],
    ]);
    expect(said("وأبلغت الوزيرة سلمى الحداد الشركة بأن العقد ألغي.")[0]?.[0]).toBe("سلمى الحداد");
  });
});
