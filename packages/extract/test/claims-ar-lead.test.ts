// Arabic lede constructions, made-up sentences: a title, its name in apposition, an aside, the particle.
import { describe, expect, it } from "vitest";
import { one } from "./arabic.ts";

describe("a title and the name in apposition after it", () => {
  it("names the person when the family name carries the article («محمد العلي», not «على»)", () => {
    const a = one("أعلن وزير النقل، سالم العلي، عن خطة لتوسيع شبكة الطرق.");
    expect(a && [a.speaker.name, a.content.text]).toEqual(["سالم العلي", "خطة لتوسيع شبكة الطرق"]);
    const b = one("وقال وزير النقل، سالم العلي، يوم الأربعاء، إن الخطة ستبدأ قريبا.");
    expect(b && [b.speaker.name, b.content.text]).toEqual(["سالم العلي", "الخطة ستبدأ قريبا"]);
  });
});
