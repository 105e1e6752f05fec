// Arabic news conventions met in held-out batch 11 (Arab League statement story, Egyptian parliament,
// Somali humanitarian report) and known misreads: made-up sentences, one rule each.
import { describe, expect, it } from "vitest";
import { run } from "./arabic.ts";

describe("speaker phrases met in the eleventh held-out batch", () => {
  it("keeps a bracketed abbreviation inside a person's title («ممثل منظمة … (يونيسف) في …، X»)", () => {
    const [said, urged] = run(
      "وقال ممثل منظمة الأمم المتحدة للطفولة (يونيسف) في اليمن، الدكتور سامي فريد، إن الأطفال يعانون، داعيا المانحين إلى التحرك.",
    );
    expect(said && [said.speaker.name, said.content.text]).toEqual(["سامي فريد", "الأطفال يعانون"]);
    expect(urged?.speaker.name).toBe("سامي فريد");
  });
});

describe("documents that speak for their body (batch 11)", () => {
  it("reads a bare «التقرير» after a body's report as that body, and not after a person's", () => {
    const [, added] = run(
      "قالت منظمة العفو الدولية، في تقرير نشرته أمس، إن السجون مكتظة. وأضاف التقرير أن المعتقلين يحرمون من العلاج.",
    );
    expect(added && [added.speaker.name, added.speaker.mention?.text]).toEqual([
      "منظمة العفو الدولية",
      "التقرير",
    ]);
  });
});

describe("content boundaries met in batch 11", () => {
  it("keeps «، فيما …» that sets a figure against the speaker's figure, not a writer's contrast or a new cue", () => {
    expect(
      run("وأوضح المدير أن الميزانية لم تصرف إلا بنسبة 30%، فيما يحتاج القطاع إلى 2.5 مليار دينار.")[0]
        ?.content.text,
    ).toBe("الميزانية لم تصرف إلا بنسبة 30%، فيما يحتاج القطاع إلى 2.5 مليار دينار");
    // (a plain contrast stays too: every fitted set that has one keeps it with the statement)
    expect(run("وأكد المدير أن الأسعار استقرت، فيما ارتفعت أجور النقل.")[0]?.content.text).toBe(
      "الأسعار استقرت، فيما ارتفعت أجور النقل",
    );
    const claims = run("وقال المدير إن المبيعات بلغت 5 ملايين، فيما قالت النقابة إن 300 عامل سرحوا.");
    expect(claims.map((c) => c.content.text)).toEqual(["المبيعات بلغت 5 ملايين", "300 عامل سرحوا"]);
  });
});

describe("the accused of «اتهم» (known misreads)", () => {
  it("reads the words before «بـ» as the accused when no subject is stated", () => {
    const [, accused] = run("قال الجيش إن الطريق آمن. واتهمت قوات الحرس الجمهوري بإحراق المحاصيل في القرية.");
    expect(accused && [accused.speaker.name, accused.content.text]).toEqual([
      "الجيش",
      "قوات الحرس الجمهوري بإحراق المحاصيل في القرية",
    ]);
  });
  it("does not read the accused into the accuser's name («اتهمت شرطة المرور السائقين بـ…»)", () => {
    const c = run("واتهمت شرطة المرور السائقين بتجاوز السرعة.")[0];
    expect(c && [c.speaker.name, c.content.text]).toEqual(["شرطة المرور", "السائقين بتجاوز السرعة"]);
  });
});

describe("institutions' own names (known misreads)", () => {
  it("keeps the noun of a «بلا» inside an unquoted name («منظمة مهندسون بلا حدود»)", () => {
    const c = run("وقالت منظمة مهندسون بلا حدود إن الجسر انهار.")[0];
    expect(c && [c.speaker.name, c.content.text]).toEqual(["منظمة مهندسون بلا حدود", "الجسر انهار"]);
  });
  it("keeps a hyphenated family name whole («نكويتا-سلامي»)", () => {
    const c = run("وقال رئيس الوزراء جوزيف نكويتا-سلامي إن الانتخابات ستجرى في موعدها.")[0];
    expect(c?.speaker.name).toBe("جوزيف نكويتا-سلامي");
  });
});
