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

describe("a title run without commas before the name (SANA)", () => {
  it("reads «معاون وزير …» (assistant minister) as a title before the name", () => {
    const c = run("وقال معاون وزير النقل كمال سعيد النجار إن الطريق سيفتح غدا.")[0];
    expect(c && [c.speaker.name, c.content.text]).toEqual(["كمال سعيد النجار", "الطريق سيفتح غدا"]);
  });
  it("keeps a second portfolio joined by «و» («وزيرة الزراعة وإصلاح الأراضي») in the title", () => {
    const [a, b] = run(
      "وقالت وزيرة الزراعة وإصلاح الأراضي منى سعيد الحسن إن الموسم جيد. وأضافت الوزيرة أن الأسعار مستقرة.",
    );
    expect(a && [a.speaker.name, a.content.text, b?.speaker.name]).toEqual([
      "منى سعيد الحسن",
      "الموسم جيد",
      "منى سعيد الحسن",
    ]);
  });
  it("still reads «وزير الصحة وليد الخطيب» as a title and a name starting with «و»", () => {
    const c = run("وقال وزير الصحة وليد الخطيب إن الوضع مستقر.")[0];
    expect(c?.speaker.name).toBe("وليد الخطيب");
  });
});

describe("a department («مصلحة …») and the person heading it", () => {
  it("names «رئيس مصلحة الضرائب، الدكتور X،» by the person, not the department", () => {
    const [a, b] = run(
      "وأعلنت مصلحة الضرائب المصرية تمديد المهلة. وقال رئيس مصلحة الضرائب، الدكتور حسام فؤاد الشناوي، إن التمديد نهائي، مضيفاً أن الغرامات ستطبق.",
    );
    expect(a?.speaker.kind).toBe("organisation");
    expect(b && [b.speaker.name, b.content.text]).toEqual(["حسام فؤاد الشناوي", "التمديد نهائي"]);
  });
});

describe("a quoted outlet before the verb is no quotation-first content", () => {
  it('reads «وفي تصريح إلى "…"، قال X، إن …» with the content after «إن»', () => {
    const c = run(
      'وفي تصريح إلى "الأنباء"، قال مدير المتحف، سامي عادل القرقني، إن المعرض "سيفتتح في موعده".',
    )[0];
    expect(c && [c.speaker.name, c.content.text, c.kind]).toEqual([
      "سامي عادل القرقني",
      'المعرض "سيفتتح في موعده"',
      "mixed",
    ]);
  });
});

describe("a committee of a chamber, before the person in apposition", () => {
  it("reads «رئيسة لجنة سوق X بغرفة تجارة وصناعة Y، الدكتورة Z،» as one title and Z", () => {
    const [a, b] = run(
      'وقالت رئيسة لجنة سوق العقار بغرفة تجارة وصناعة قطر، الدكتورة منى سعيد الكعبي، إن الأسعار مرتفعة، معتبرة أن الطلب "تراجع".',
    );
    expect(a && [a.speaker.name, a.content.text, b?.speaker.name]).toEqual([
      "منى سعيد الكعبي",
      "الأسعار مرتفعة",
      "منى سعيد الكعبي",
    ]);
  });
});

describe("what a body is in charge of, in apposition", () => {
  it("gives «وكانت الهيئة …، المسؤولة عن …، قد أعلنت» to the body", () => {
    const c = run(
      "وكانت الهيئة العامة للسلع التموينية، المسؤولة عن شراء القمح لحساب الحكومة، قد أعلنت أمس تعاقدها على شحنة جديدة.",
    )[0];
    expect(c && [c.speaker.name, c.speaker.kind]).toEqual(["الهيئة العامة للسلع التموينية", "organisation"]);
  });
});
