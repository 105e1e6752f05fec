// Arabic reviewer probe ar5: titles homographic with other words, described people, a quote-first speaker
// named bare with his town. Made-up sentences, one rule each.
import { describe, expect, it } from "vitest";
import { run } from "./arabic.ts";

describe("an indefinite «إمام» heading a title phrase", () => {
  it("reads «إمام المسجد … الشيخ X» as a title, not the preposition «أمام», which still opens an adjunct", () => {
    const [a, b, c] = run(
      "وقال إمام المسجد الكبير الشيخ ياسين العمري إن المصلين عادوا. وأكد إمام مسجد البلدة أن الصلاة أقيمت. وقال أمام مجلس النواب إن الترميم انتهى.",
    );
    expect([a?.speaker.name, a?.content.text, b?.speaker.mention?.text, c?.speaker.mention?.text]).toEqual([
      "ياسين العمري",
      "المصلين عادوا",
      "إمام مسجد البلدة",
      undefined,
    ]);
  });
});
