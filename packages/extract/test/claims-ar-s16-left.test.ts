// Arabic leftovers of 1.60: made-up sentences, one rule each.
import { describe, expect, it } from "vitest";
import { run } from "./arabic.ts";

const pairs = (text: string): [string | null, string | undefined][] =>
  run(text).map((c) => [c.speaker.name, c.speaker.mention?.text]);

describe("«نظيرتها» (a woman's woman counterpart) is read as «نظيره» is", () => {
  it("ends the host's name before it, so that «الأخيرة» is the counterpart", () => {
    const text = [
      "التقت وزيرة الخارجية سلمى الحسيني نظيرتها الإسبانية آنا مارتينيث في مدريد أمس.",
      'وقالت الأخيرة إن بلادها "تدعم الحل السياسي".',
    ].join("\n");
    expect(pairs(text)).toEqual([["آنا مارتينيث", "الأخيرة"]]);
  });
  it("keeps the host's name whole when she then speaks, and «نظيرتها» later names the counterpart", () => {
    const text = [
      "استقبلت وزيرة الخارجية سلمى الحسيني نظيرتها الإسبانية آنا مارتينيث في عمان أمس.",
      'وأكدت الحسيني أن العلاقات "متينة".',
      'من جهتها، قالت نظيرتها الإسبانية إن مدريد "تدعم الحل السياسي".',
    ].join("\n");
    expect(pairs(text).map(([name]) => name)).toEqual(["سلمى الحسيني", "آنا مارتينيث"]);
  });
});

describe("«مدير المدرسة في قرية العين أحمد حسن»: a title, «في», a place closed by a definite word, a name", () => {
  it("names the person, not the office, and knows the surname afterwards", () => {
    const text = [
      'وقال مدير المدرسة في قرية العين أحمد حسن إن الدراسة "ستستأنف قريبا".',
      'وأضاف حسن أن الصفوف "تضررت".',
    ].join("\n");
    expect(pairs(text)).toEqual([
      ["أحمد حسن", "مدير المدرسة في قرية العين أحمد حسن"],
      ["أحمد حسن", "حسن"],
    ]);
  });
});

describe("quotation marks round a name the word before them calls a name are no quotation (kind)", () => {
  it("keeps a claim indirect when its only quotation marks wrap an app's, a hall's or a place's name", () => {
    const text = [
      'وقال المتحدث إن الحجز سيتم عبر تطبيق "درب" أو عبر الموقع الإلكتروني.',
      "وأوضح مدير الثقافة أن البلدية ستعيد فتح قاعة «النخيل» بعد ترميمها.",
      "وذكرت مصادر محلية أن السيول جرفت عشرات المنازل بمنطقة «وادي الرمل» شرقي المدينة.",
    ].join("\n");
    expect(run(text).map((c) => c.kind)).toEqual(["indirect", "indirect", "indirect"]);
  });
  it("still counts the speaker's own short wording in quotation marks as a partial quotation", () => {
    const [c] = run('وقال الوزير إن الوضع "تحت السيطرة" رغم الأمطار.');
    expect(c?.kind).toBe("mixed");
  });
});
