// Arabic speakers, from the misses of batch 17 (Algerian, Syrian, Jordanian and Kuwaiti styles). Made-up
// sentences: one per rule.
import { describe, expect, it } from "vitest";
import { run } from "./arabic.ts";

const who = (text: string, publishedAt?: string) =>
  run(text, publishedAt).map((c) => [c.speaker.name, c.speaker.mention?.text ?? null]);

describe("a circumstantial participle after the subject («وتابع الوزير مخاطبا النواب: …»)", () => {
  it("ends the mention, and the content opens after its colon or complementizer", () => {
    const cs = run(
      "وقال وزير الصحة سامي الخطيب إن المستشفيات جاهزة. وتابع الوزير مخاطبا الصحفيين: «لن نغلق أي مركز». وأضاف الوزير، متحدثا للإذاعة، أن الأدوية متوفرة.",
    );
    expect(cs.map((c) => [c.speaker.name, c.speaker.mention?.text])).toEqual([
      ["سامي الخطيب", "وزير الصحة سامي الخطيب"],
      ["سامي الخطيب", "الوزير"],
      ["سامي الخطيب", "الوزير"],
    ]);
    expect(cs[1]?.content.text).toBe("«لن نغلق أي مركز»");
    expect(cs[2]?.content.text).toBe("الأدوية متوفرة");
  });
  it("leaves foreign names in «ما…ا», «…يا» alone («ماريا», «ماليزيا»)", () => {
    expect(who("وقالت المغنية ماريا لوبيز إن الحفل ألغي.")[0]?.[1]).toBe("المغنية ماريا لوبيز");
  });
});

describe("«أما TITLE، النائب NAME، فرأى …»: a title and name in the aside after the topic", () => {
  it("belong to the mention; the speaker is the named person", () => {
    const cs = who(
      "أما رئيس لجنة التربية في البرلمان، النائب كريم بلعيد، فرأى أن الإصلاح متأخر، مؤكدا أن اللجنة ستراجعه.",
    );
    expect(cs).toEqual([
      ["كريم بلعيد", "رئيس لجنة التربية في البرلمان، النائب كريم بلعيد"],
      ["كريم بلعيد", null],
    ]);
  });
});

describe("a union's members in a ل-genitive («النقابة الوطنية لعمال الموانئ»)", () => {
  it("are part of the body's name", () => {
    expect(who("حذرت النقابة الوطنية لعمال الموانئ، في بيان، من أن الإضراب سيتواصل.")[0]?.[0]).toBe(
      "النقابة الوطنية لعمال الموانئ",
    );
    expect(who("وقال الاتحاد العام لموظفي البلديات إن الأجور متدنية.")[0]?.[0]).toBe(
      "الاتحاد العام لموظفي البلديات",
    );
  });
});

describe("«وأضاف لعنب بلدي أنه …»: «لـ» + an outlet the article names on its own", () => {
  it("is the hearer; the subject is implicit", () => {
    expect(
      who(
        "قال أم أحمد إن الخبز غال، وفق ما رصدته صوت المدينة. وأضاف لصوت المدينة أنه ينتظر المساعدات منذ شهر.",
      ).map((c) => c[0]),
    ).toEqual(["أم أحمد", "أم أحمد"]);
  });
  it("keeps a name that starts with ل («لطفي»)", () => {
    expect(who("وقال لطفي المرزوقي إن الموسم جيد.")[0]?.[0]).toBe("لطفي المرزوقي");
  });
});

const COURT = [
  "محامي المتهم الثاني في «قضية الأدوية»: الأدلة «ضعيفة»",
  "كتب سامي الراشد",
  "قررت المحكمة أمس تأجيل القضية إلى الشهر المقبل.",
  "وتعود وقائع القضية إلى العام الماضي.",
  "وتتهم النيابة العامة المتهم الثاني، وهو صيدلي في مستشفى حكومي، بتزوير وصفات طبية.",
  "واستمعت المحكمة إلى شهادة ضابط المباحث، النقيب سالم راشد الهاجري، الذي أفاد بأن المتهم اعترف. وأضاف الشاهد أن التحريات استمرت شهرين.",
  "وفي مرافعته، قال محامي المتهم الثاني، المحامي سعد خالد المري، إن الأدلة «ضعيفة».",
].join("\n");

describe("a court report", () => {
  const cs = run(COURT);
  it("names a headline's «محامي المتهم الثاني في «قضية …»» by the lawyer the body names (the case is no office)", () => {
    expect(cs[0]?.speaker.name).toBe("سعد خالد المري");
  });
  it("reads «وتتهم النيابة العامة المتهم الثاني، وهو …، بـ»: the accused and the clause on him are the object", () => {
    expect([cs[1]?.speaker.name, cs[1]?.content.text]).toEqual([
      "النيابة العامة",
      "المتهم الثاني، وهو صيدلي في مستشفى حكومي، بتزوير وصفات طبية",
    ]);
  });
  it("resolves «الشاهد» to the person whose testimony («شهادة») was heard", () => {
    expect(cs.map((c) => c.speaker.name).slice(2)).toEqual([
      "سالم راشد الهاجري",
      "سالم راشد الهاجري",
      "سعد خالد المري",
    ]);
  });
});

describe("a document with a possessive pronoun («تحرياتها», «تقريره»)", () => {
  it("speaks for the sentence's opening subject of its gender", () => {
    expect(
      run(
        "وكانت الشرطة قد أوقفت المشتبه بهم، بعد أن كشفت تحرياتها أنهم سرقوا المخزن. وكان مدير الميناء قد أقال الموظفين بعد أن أظهر تقريره أن البضائع اختفت.",
      ).map((c) => [c.speaker.name, c.speaker.mention?.text]),
    ).toEqual([
      ["الشرطة", "تحرياتها"],
      ["مدير الميناء", "تقريره"],
    ]);
  });
});

describe("«على» after a verbal noun that governs it in a body's name («هيئة الرقابة على …»)", () => {
  it("goes on to its definite genitive", () => {
    expect(who("وقالت لجنة الإشراف على الانتخابات إن الاقتراع نزيه.")[0]?.[0]).toBe(
      "لجنة الإشراف على الانتخابات",
    );
    expect(
      who(
        "وفي بيان صدر اليوم، رحبت هيئة الرقابة على أسواق المال بالقرار، مؤكدة أنها ستتابع التنفيذ.",
      )[0]?.[0],
    ).toBe("هيئة الرقابة على أسواق المال");
  });
});
