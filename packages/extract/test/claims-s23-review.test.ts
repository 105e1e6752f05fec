// Session 23 (review): duplicated logic mended. Each context that reads a shape now asks the one module
// that defines it, so the same words are read alike everywhere (made-up sentences).
import { describe, expect, it } from "vitest";
import { run } from "./arabic.ts";

const said = (text: string) => run(text).map((c) => [c.speaker.name, c.content.text]);

describe("an abbreviated title reads the same in every context (ar/abbreviated-title.ts)", () => {
  it("«ا.د.» without the hamza's seat before a name, alone or after a title", () => {
    expect(said("قال ا.د. وسيم القادري إن المختبر سيفتح أبوابه قريبا.")).toEqual([
      ["وسيم القادري", "المختبر سيفتح أبوابه قريبا"],
    ]);
    expect(said("وأكد النائب ا.م.د. رامي السلطان أن اللجنة ستنهي عملها.")).toEqual([
      ["رامي السلطان", "اللجنة ستنهي عملها"],
    ]);
  });
  it("letters joined by dots in an apposition after the title («، م.د. X،»)", () => {
    expect(said("وأوضحت رئيسة النقابة، م.د. سلمى الراشد، أن الإضراب مستمر.")).toEqual([
      ["سلمى الراشد", "الإضراب مستمر"],
    ]);
  });
});

describe("the time words that close an issuer in «في بلاغ صادر عن X» are the shared weekdays (ar/issued-aside.ts)", () => {
  it("«الثلثاء» (the Lebanese spelling) closes the issuer as «الثلاثاء» does", () => {
    const c = run(
      'وقال المدير كامل الحايك إن المعبر "سيفتح غدا".\nكما أُعلن، في بلاغ صادر عن بلدية صور الثلثاء، أن السوق سيغلق أسبوعا.',
    )[1];
    expect([c?.speaker.name, c?.content.text]).toEqual(["بلدية صور", "السوق سيغلق أسبوعا"]);
  });
});
