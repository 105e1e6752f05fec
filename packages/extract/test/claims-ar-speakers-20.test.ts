// Arabic speaker conventions met in held-out batch 20 (Lebanese, Gulf, Mauritanian and Qatari papers): made-up
// sentences, one rule each.
import { describe, expect, it } from "vitest";
import { one, run } from "./arabic.ts";

describe("relayed words and the one who said them", () => {
  it("reads «نقل زوار X عنه قوله إنّ» with a quoted bloc name and a shadda on the complementizer", () => {
    const c = one(
      'ونقل زوار رئيس حزب "الغد الجديد" النائب سمير داود عنه قوله إنّ الحزب "لن يشارك في الحكومة".',
    );
    expect(c && [c.speaker.name, c.cue.text, c.content.text]).toEqual([
      "سمير داود",
      "قوله",
      'الحزب "لن يشارك في الحكومة"',
    ]);
  });
  it("reads the relayed one after «أوساط قريبة من», not the circles", () => {
    const c = one("ونقلت أوساط قريبة من الوزيرة هالة سعيد عنها قولها إنّ الموازنة ستُقرّ قريباً.");
    expect(c && [c.speaker.name, c.content.text]).toEqual(["هالة سعيد", "الموازنة ستُقرّ قريباً"]);
  });
  it("drops «فإنّ» (with shadda) after «وبحسبه،»", () => {
    const [, c] = run('قال الوزير سعد حداد إن الانتخابات ستجري. وبحسبه، فإنّ "النواب يعرفون ذلك".');
    expect(c && [c.speaker.name, c.content.text]).toEqual(["سعد حداد", '"النواب يعرفون ذلك"']);
  });
});
