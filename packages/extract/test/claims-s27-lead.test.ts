// Session 27 (lead, at the merge): a stance noun right after the cue verb, with or without a time phrase between,
// opens the verb's object; the subject is implicit (the artime lane's rule had read «وأكد أمس حرص …» as «حرص»).
// Made-up sentences; no text here comes from a fixture or a probe.
import { describe, expect, it } from "vitest";
import { run } from "./arabic.ts";

const said = (text: string) => run(text).map((c) => [c.speaker.name, c.content.text]);

describe("a stance noun right after the cue («وأكد أمس حرص الحكومة على …»)", () => {
  const before = "وقال محافظ المدينة سامر خليل عودة إن الطريق سيفتح قريبا. ";
  it("is the object: the claim goes on with the speaker before", () => {
    expect(said(`${before}وأكد أمس حرص الحكومة على دعم البلديات.`)[1]).toEqual([
      "سامر خليل عودة",
      "حرص الحكومة على دعم البلديات",
    ]);
    expect(said(`${before}وجدد ضرورة إصلاح شبكة المياه.`)[1]).toEqual([
      "سامر خليل عودة",
      "ضرورة إصلاح شبكة المياه",
    ]);
  });
  it("leaves a named subject after the time phrase as it was", () => {
    expect(said(`${before}وأكد أمس الوزير رامي فؤاد الحلبي أن العمل مستمر.`)[1]).toEqual([
      "رامي فؤاد الحلبي",
      "العمل مستمر",
    ]);
  });
});
