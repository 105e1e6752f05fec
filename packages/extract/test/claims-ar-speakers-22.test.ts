// Arabic speaker conventions met in held-out batch 22 (SANA, Al-Wasat, Atheer, RT Arabic): made-up
// sentences, one rule each.
import { describe, expect, it } from "vitest";
import { brief, run } from "./arabic.ts";

describe("where the speaker lives, after the name", () => {
  it("ends the name before «من أهالي …» and reads the quotation before «يقول» as the content", () => {
    const [a, b] = run(
      '"خسرنا المحصول كله في ليلة واحدة"، يقول المزارع سعيد محمود الأحمد من أهالي القرية، مضيفاً أن الفرق "تأخرت".',
    );
    expect(a && brief(a)).toEqual({
      speaker: "سعيد محمود الأحمد",
      cue: "يقول",
      content: '"خسرنا المحصول كله في ليلة واحدة"',
      kind: "direct",
    });
    expect(b?.speaker.name).toBe("سعيد محمود الأحمد");
  });
  it("ends the name before «من سكان …» when the complementizer comes after it", () => {
    const c = run("وقال الصياد كريم عادل النجار من سكان الحي القديم إن البحر هائج.")[0];
    expect(c && [c.speaker.name, c.content.text]).toEqual(["كريم عادل النجار", "البحر هائج"]);
  });
});
