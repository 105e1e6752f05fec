// Session 22 (arprobe): Arabic speakers the lane's probes found. Made-up sentences; no text here comes from a
// fixture or a probe.
import { describe, expect, it } from "vitest";
import { run } from "./arabic.ts";

const said = (text: string) => run(text).map((c) => [c.speaker.name, c.content.text]);

describe("a professor's «أ.د.» before the name", () => {
  it("is one abbreviated title, not the end of the sentence", () => {
    expect(said("وقال عميد كلية الزراعة أ.د. فراس نبيل الحوراني إن المحصول تراجع هذا العام.")).toEqual([
      ["فراس نبيل الحوراني", "المحصول تراجع هذا العام"],
    ]);
  });

  it("also as the Iraqi «أ.م.د.» of an assistant professor", () => {
    expect(said("وأوضح عميد كلية العلوم أ.م.د. كاظم جواد الساعدي أن الملوحة ارتفعت.")).toEqual([
      ["كاظم جواد الساعدي", "الملوحة ارتفعت"],
    ]);
  });
});

describe("an apposition of a title and an abbreviated title before the name", () => {
  it("keeps «النائب م. X» after a long title between commas", () => {
    expect(
      said("وقالت رئيسة لجنة الطاقة النيابية، النائب م. سلمى فارس الخطايبة، إن الأسعار سترتفع."),
    ).toEqual([["سلمى فارس الخطايبة", "الأسعار سترتفع"]]);
  });
});

describe("the given name «مالك» after a title", () => {
  it("opens the name after an honorific or an abbreviated title", () => {
    expect(said("وقال الدكتور مالك سليم العواودة إن الموسم انتهى.")).toEqual([
      ["مالك سليم العواودة", "الموسم انتهى"],
    ]);
    expect(said("وقال مدير المركز د. مالك سليم العواودة إن الموسم انتهى.")).toEqual([
      ["مالك سليم العواودة", "الموسم انتهى"],
    ]);
  });
});

describe("a body met inside a title that ends with an abbreviated title", () => {
  it("is named without the abbreviation", () => {
    const claims = run(
      'وقال رئيس جامعة البلقاء أ.د. سامر توفيق الزعبي إن العجز "كبير". وأوضحت الجامعة أن الرسوم لن ترتفع.',
    );
    expect(claims.map((c) => c.speaker.name)).toEqual(["سامر توفيق الزعبي", "جامعة البلقاء"]);
  });
});

describe("an agency's day before the «عن» of a relay", () => {
  it("still gives the words to the one quoted", () => {
    expect(
      said(
        'ونقلت وكالة الأنباء الأردنية (بترا) أمس عن وزير الزراعة، المهندس نادر سليم الفايز، قوله إن الموسم "واعد".',
      ),
    ).toEqual([["نادر سليم الفايز", 'الموسم "واعد"']]);
    expect(
      said("ونقلت الوكالة مساء الأحد عن المتحدث باسم الوزارة، سعد حامد العلي، قوله إن التحقيق مستمر."),
    ).toEqual([["سعد حامد العلي", "التحقيق مستمر"]]);
  });
});

describe("an honorific and an abbreviated title in the apposition after a body's title", () => {
  it("names the one after «الشيخ د.», not the words of the mosque's name", () => {
    expect(
      said("وقال إمام جامع الملك عبدالعزيز بتبوك، الشيخ د. ماجد فالح العنزي، إن الصلاة أقيمت في موعدها."),
    ).toEqual([["ماجد فالح العنزي", "الصلاة أقيمت في موعدها"]]);
  });
});

describe("a relative clause of talking after an indefinite source under «بحسب»", () => {
  it("is no part of the source", () => {
    expect(said('وبحسب مصدر أمني في المحافظة تحدث لـ"الرأي" مساء أمس، أغلقت الطرق الفرعية.')).toEqual([
      ["مصدر أمني في المحافظة", "أغلقت الطرق الفرعية"],
    ]);
  });
});
