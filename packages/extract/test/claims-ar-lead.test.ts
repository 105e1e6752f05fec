// Arabic lede constructions, made-up sentences: a title, its name in apposition, an aside, the particle.
import { describe, expect, it } from "vitest";
import { one, run } from "./arabic.ts";

describe("a title and the name in apposition after it", () => {
  it("names the person when the family name carries the article («محمد العلي», not «على»)", () => {
    const a = one("أعلن وزير النقل، سالم العلي، عن خطة لتوسيع شبكة الطرق.");
    expect(a && [a.speaker.name, a.content.text]).toEqual(["سالم العلي", "خطة لتوسيع شبكة الطرق"]);
    const b = one("وقال وزير النقل، سالم العلي، يوم الأربعاء، إن الخطة ستبدأ قريبا.");
    expect(b && [b.speaker.name, b.content.text]).toEqual(["سالم العلي", "الخطة ستبدأ قريبا"]);
  });
});

describe("a weekday still to come inside the content", () => {
  it("is when something will happen, not when it was said («الأحد المقبل»)", () => {
    // published on Tuesday 2025-11-25: «الأحد» alone would be the 23rd
    const [a, b] = run(
      "أعلنت الوزارة أن الموظفين سيعودون إلى العمل الأحد المقبل. وقال الوزير إن الرواتب ستصرف.",
    );
    expect(a?.date).toBeNull();
    expect(b?.date).toBeNull();
  });
});

describe("a document as the speaker", () => {
  it("names the body a statement belongs to («بيان للنيابة العامة», «بيان لوزارة الصحة»)", () => {
    const [a, b] = run(
      "وقررت النيابة حبس المتهمين أربعة أيام، بحسب بيان للنيابة العامة. وأفاد بيان لوزارة الصحة بأن عدد الإصابات ارتفع إلى 40 حالة.",
    );
    expect(a?.speaker.name).toBe("النيابة العامة");
    expect(b?.speaker.name).toBe("وزارة الصحة");
  });
  it("reads «مذكرة» before a noun or adjective as a memo, not the participle «مذكرة بأن»", () => {
    const [a, b] = run(
      "وكشفت مذكرة رسمية أن الشركة ستغلق فرعين. وتحدثت الوزيرة عن الخطة، مذكرة بأن الحكومة وعدت بها.",
    );
    expect(a && [a.cue.text, a.speaker.name, a.content.text]).toEqual([
      "كشفت",
      "مذكرة رسمية",
      "الشركة ستغلق فرعين",
    ]);
    expect(b && [b.cue.text, b.speaker.name]).toEqual(["مذكرة", "الوزيرة"]);
  });
});
