// Arabic conventions met in held-out batch 23 (Sudan Tribune, Al-Rai, Arab48, Xinhua Arabic): made-up
// sentences, one rule each.
import { describe, expect, it } from "vitest";
import { brief, one, run } from "./arabic.ts";

describe("a dateline run into the lead without a dash", () => {
  it("reads the verb after «PLACE DAY MONTH YEAR (AGENCY)» as opening the lead", () => {
    const c = one("عمان 24 نوفمبر 2025 (بترا) قال وزير المياه سامر فؤاد العلي إن السدود امتلأت.");
    expect(c && brief(c)).toEqual({
      speaker: "سامر فؤاد العلي",
      cue: "قال",
      content: "السدود امتلأت",
      kind: "indirect",
    });
  });
  it("reads the verb after «PLACE (AGENCY)» too", () => {
    const c = one("الرباط (و م ع) أعلنت وزارة الفلاحة أن المحصول تضاعف.");
    expect(c && [c.speaker.name, c.content.text]).toEqual(["وزارة الفلاحة", "المحصول تضاعف"]);
  });
});
