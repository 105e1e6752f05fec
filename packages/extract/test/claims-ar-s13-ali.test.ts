// Session 13 (lead): «علي» after a reporting verb is the name Ali when a clause opens right after the name, and
// the preposition «على» with a dotted ya (as much of the press writes it) otherwise; made-up sentences.
import { describe, expect, it } from "vitest";
import { run } from "./arabic.ts";

const pairs = (text: string): [string | null, string][] =>
  run(text).map((c) => [c.speaker.name, c.content.text]);

describe("«علي» after the verb", () => {
  it("is the speaker Ali before «إن/أن» or an aside", () => {
    expect(pairs("وقال علي حسن إن الأسعار ارتفعت كثيرا.")).toEqual([["علي حسن", "الأسعار ارتفعت كثيرا"]]);
    expect(pairs("قال علي الأحمد إن الوضع صعب في المخيم.")).toEqual([["علي الأحمد", "الوضع صعب في المخيم"]]);
    expect(pairs("وقال علي إن الحكومة ستلتزم بوعودها.")).toEqual([["علي", "الحكومة ستلتزم بوعودها"]]);
    expect(pairs("وقال علي منصور، وهو سائق أجرة، إن الوقود نفد.")).toEqual([["علي منصور", "الوقود نفد"]]);
  });
  it("is the speaker after a verb that takes «على» only when a name follows it", () => {
    expect(pairs("وأكد علي عبد الله أن الاجتماع انتهى دون اتفاق.")).toEqual([
      ["علي عبد الله", "الاجتماع انتهى دون اتفاق"],
    ]);
    expect(run("وأكد علي ضرورة أن تلتزم الحكومة بوعودها.")[0]?.speaker.name ?? null).toBeNull();
    expect(run("وشدد علي أهمية أن يشارك الجميع في الانتخابات.")[0]?.speaker.name ?? null).toBeNull();
    expect(run("وأكد علي أن الحكومة ستلتزم بوعودها.")[0]?.speaker.name ?? null).toBeNull();
  });
  it("is the preposition after a title when the verb takes «على» and «أن» follows", () => {
    expect(pairs("وشدد الوزير علي أن الحكومة ستلتزم بالجدول.")).toEqual([
      ["الوزير", "الحكومة ستلتزم بالجدول"],
    ]);
    expect(pairs("وقال الوزير علي العبيدي إن الحكومة ستلتزم بالجدول.")).toEqual([
      ["علي العبيدي", "الحكومة ستلتزم بالجدول"],
    ]);
  });
});

describe("the audience told after a title", () => {
  it("is no genitive of the title («للصحفيين», «للإذاعة»)", () => {
    expect(run("وقال الوزير للصحفيين إن المفاوضات متوقفة.")[0]?.speaker.mention?.text).toBe("الوزير");
    expect(pairs("وقال وزير الخارجية للصحفيين إن المفاوضات متوقفة.")).toEqual([
      ["وزير الخارجية", "المفاوضات متوقفة"],
    ]);
    expect(run("وقالت المتحدثة للإذاعة إن البث سيستمر.")[0]?.speaker.mention?.text).toBe("المتحدثة");
  });
  it("leaves a title's own «لل» genitive alone", () => {
    expect(run("وقال المستشار الإعلامي للرئيس إن الزيارة ستتم.")[0]?.speaker.mention?.text).toBe(
      "المستشار الإعلامي للرئيس",
    );
  });
});
