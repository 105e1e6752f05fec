// Session 19 (arprobe): what a probe of Arabic reports from outlets the sets do not cover turned up. Made-up
// sentences; no text here comes from a fixture.
import { describe, expect, it } from "vitest";
import { run } from "./arabic.ts";

const said = (text: string) => run(text).map((c) => [c.speaker.name, c.content.text]);

describe("a Gulf name of lineage between a title and the office after it", () => {
  it("keeps «X بن Y بن Z آل W» whole before «محافظ …» and «رئيس …»", () => {
    expect(
      said(
        "وقال سعادة الشيخ فهد بن علي بن جاسم آل ثاني رئيس هيئة الأسواق المالية، في كلمته أمس، إن السوق «مستقرة».",
      ),
    ).toEqual([["فهد بن علي بن جاسم آل ثاني", "السوق «مستقرة»"]]);
    expect(said("وقال الوزير ناصر بن حمد آل خليفة محافظ الهيئة إن العمل مستمر.")).toEqual([
      ["ناصر بن حمد آل خليفة", "العمل مستمر"],
    ]);
  });
});

describe("an oblique plural after a definite singular is the verb's object", () => {
  it("ends the body's name before «المواطنين», «المستثمرين», «الطرفين»", () => {
    expect(
      said("ودعت الهيئة العامة للأرصاد الجوية المزارعين والمربين إلى حماية المحاصيل من موجة الصقيع."),
    ).toEqual([["الهيئة العامة للأرصاد الجوية", "المزارعين والمربين إلى حماية المحاصيل من موجة الصقيع"]]);
    expect(said("ودعت وزارة الخارجية الطرفين إلى وقف التصعيد فورا.")).toEqual([
      ["وزارة الخارجية", "الطرفين إلى وقف التصعيد فورا"],
    ]);
    // (a plural adjective of a plural noun, or a genitive after a bare head, stays in the name)
    expect(said("وقال اتحاد الصيادين المحليين إن الموسم ضعيف.")[0]?.[0]).toBe("اتحاد الصيادين المحليين");
  });
});

describe("the noun a feminine relative describes, right after a masculine verb's named subject", () => {
  it("is the object of «نفى X الأنباء التي …», not the end of the name", () => {
    expect(said("ونفى لاعب الوسط ماركو يانكوفيتش التقارير التي تحدثت عن إصابته.")).toEqual([
      ["ماركو يانكوفيتش", "التقارير التي تحدثت عن إصابته"],
    ]);
  });
});

describe("«سيد» after a whole title is a given name (Mauritanian «سيد أحمد», «سيد محمد»)", () => {
  it("keeps it in the name, with a joiner too", () => {
    expect(said("وقال وزير الصيد سيد محمد ولد الطالب أمام النواب إن الثروة السمكية مهددة.")).toEqual([
      ["سيد محمد ولد الطالب", "الثروة السمكية مهددة"],
    ]);
  });
});

describe("a surname met before, back in quotation marks after the verb (Saudi press)", () => {
  it("is the subject before an adjunct, «لـ», a comma or a colon, and the content starts after it", () => {
    const text =
      'قال مدير الدفاع المدني العميد سعد الغامدي إن الفرق جاهزة. وأوضح "الغامدي" خلال جولة ميدانية أمس الاثنين، أن البلاغات "تراجعت بنسبة 20%". وأضاف "الغامدي" لـ"الوطن" أن الخطة "مستمرة".';
    expect(run(text).map((c) => [c.speaker.name, c.content.text, c.date])).toEqual([
      ["سعد الغامدي", "الفرق جاهزة", "2025-11-24"],
      ["سعد الغامدي", 'البلاغات "تراجعت بنسبة 20%"', "2025-11-24"],
      ["سعد الغامدي", 'الخطة "مستمرة"', "2025-11-24"],
    ]);
    expect(
      run('قال العميد سعد الغامدي إن الفرق جاهزة. وتابع "الغامدي": "لن نتهاون مع المخالفين".')
        .map((c) => c.content.text)
        .at(-1),
    ).toBe('"لن نتهاون مع المخالفين"');
  });
});
