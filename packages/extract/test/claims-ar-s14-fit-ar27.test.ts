// Arabic conventions met in held-out batch 27 (Sahara Media, Al-Masdar Online, Al3omk, Al Roya): made-up
// sentences, one rule each.
import { describe, expect, it } from "vitest";
import { run } from "./arabic.ts";

const pairs = (text: string): [string | null, string][] =>
  run(text).map((c) => [c.speaker.name, c.content.text]);

describe("a long title, then the name between commas, then an occasion", () => {
  it("keeps a second portfolio joined by «و» in the title and names the person after the comma", () => {
    expect(
      pairs(
        'وقال وزير الفلاحة والتنمية الريفية، عبد الله ولد محمد سالم، في ندوة صحفية، إن الموسم "كان جيدا".',
      ),
    ).toEqual([["عبد الله ولد محمد سالم", 'الموسم "كان جيدا"']]);
  });
  it("reads a Mauritanian name of five words with «ولد» and a title-like word in it as one name", () => {
    expect(pairs('وقال وزير الصحة، محمد الأمين ولد الطالب، في مؤتمر صحفي، إن الوباء "تحت السيطرة".')).toEqual(
      [["محمد الأمين ولد الطالب", 'الوباء "تحت السيطرة"']],
    );
    expect(
      pairs('وقال رئيس اتحاد الناشرين، سيدي أحمد ولد الشيخ محمد، في تصريح للصحيفة، إن الكتاب "في أزمة".'),
    ).toEqual([["سيدي أحمد ولد الشيخ محمد", 'الكتاب "في أزمة"']]);
  });
  it("reads a long name that ends with a definite title word («… ولد محمد الأمين») as one name", () => {
    expect(
      pairs(
        'وقال وزير الداخلية واللامركزية، محمد أحمد ولد محمد الأمين، في مؤتمر صحفي، إن الانتخابات "ستجري في موعدها".',
      )[0]?.[0],
    ).toBe("محمد أحمد ولد محمد الأمين");
  });
  it("keeps a body's ل-genitive of the people it serves in the title («لطلاب الجامعات»)", () => {
    expect(pairs("وقال رئيس الاتحاد العام لطلاب الجامعات، يحيى أحمد، إن الامتحانات ستؤجل.")).toEqual([
      ["يحيى أحمد", "الامتحانات ستؤجل"],
    ]);
  });
  it("leaves a title alone when no name follows it", () => {
    expect(run("وقال وزير الثقافة والاتصال إن المهرجان سيقام في موعده.")[0]?.speaker.name).toBe(
      "وزير الثقافة والاتصال",
    );
  });
});

describe("a body's name that ends with a bare ب-town", () => {
  it("keeps «بساحل عدن» and «بتطوان» in the body's name before the comma of an aside", () => {
    expect(pairs('وقالت الهيئة العامة للمياه بساحل عدن، في بيان نشرته أمس، إن المخزون "نفد".')).toEqual([
      ["الهيئة العامة للمياه بساحل عدن", 'المخزون "نفد"'],
    ]);
    expect(pairs("وقالت جمعية حماية المستهلك بتطوان، في بيان لها، إن الأسعار ارتفعت.")).toEqual([
      ["جمعية حماية المستهلك بتطوان", "الأسعار ارتفعت"],
    ]);
  });
  it("keeps a source's workplace, its nisba and its town together («مصدر في شركة … الوطنية بمحافظة تعز»)", () => {
    const [c] = run(
      "نفى مصدر في شركة الاتصالات الوطنية بمحافظة تعز، فضّل عدم الكشف عن هويته، أن تكون الشبكة قد توقفت.",
    );
    expect(c && [c.speaker.name, c.content.text]).toEqual([
      "مصدر في شركة الاتصالات الوطنية بمحافظة تعز",
      "تكون الشبكة قد توقفت",
    ]);
  });
  it("after a verb that takes ب, only when the article names the town on its own too", () => {
    const text =
      "وطالبت جمعية حماية المستهلك بتطوان، في بيان لها، بلدية تطوان بمراقبة الأسعار.\nوطالبت جمعية التجار بتخفيض، في بيان، الضرائب.";
    expect(run(text)[0]?.speaker.name).toBe("جمعية حماية المستهلك بتطوان");
    expect(run(text)[1]?.speaker.name).toBe("جمعية التجار");
  });
});

describe("how the outlet got the statement, between commas", () => {
  it('is an aside before the verb\'s object («، توصلت جريدة "…" بنسخة منه،»)', () => {
    const [c] = run(
      'طالبت جمعية أولياء التلاميذ، في بيان أصدرته أمس، توصلت جريدة "الأخبار" بنسخة منه، المديرية بفتح تحقيق في الحادث.',
    );
    expect(c?.content.text).toBe("المديرية بفتح تحقيق في الحادث");
  });
  it('is no finding of the outlet inside the occasion («، في بيان توصلت "…" بنسخة منه، إن …»)', () => {
    expect(pairs('وقالت النقابة، في بيان توصلت "هسبريس" بنسخة منه، إن الإضراب سيستمر.')).toEqual([
      ["النقابة", "الإضراب سيستمر"],
    ]);
    expect(pairs("وتوصلت الدراسة إلى أن التلوث ارتفع.")).toEqual([["الدراسة", "التلوث ارتفع"]]);
  });
});

describe("a headline's speaker named by a short form the body spells out", () => {
  it("reads «… والهيئة تقول إن …» joined to a first clause, as the body the article names", () => {
    const [c] = run(
      "عدن.. انقطاع المياه يتجاوز يومين والهيئة تقول إن المضخات تعطلت\nوقالت الهيئة العامة للمياه بعدن، في بيان أمس، إن المضخات تعطلت بسبب الحر.",
    );
    expect(c && [c.speaker.mention?.text, c.speaker.name, c.content.text]).toEqual([
      "الهيئة",
      "الهيئة العامة للمياه بعدن",
      "المضخات تعطلت",
    ]);
  });
  it("reads an indefinite body and its nisba («جمعية أهلية تطالب …») as the body of that head", () => {
    const [c] = run(
      "جمعية أهلية تطالب بترميم سور المدينة القديمة\nطالبت جمعية أصدقاء المدينة القديمة، في بيان أمس، البلدية بترميم السور.",
    );
    expect(c && [c.speaker.mention?.text, c.speaker.name]).toEqual([
      "جمعية أهلية",
      "جمعية أصدقاء المدينة القديمة",
    ]);
  });
});

describe("«عازيا ذلك إلى …»", () => {
  it("is a participle cue whose content keeps its object and «إلى»", () => {
    const claims = run('وأقر المدير بأن نتائج الفرع "ضعيفة"، عازيا ذلك إلى "نقص الأساتذة في الأرياف".');
    expect(claims.map((c) => [c.cue.text, c.content.text])).toEqual([
      ["أقر", 'نتائج الفرع "ضعيفة"'],
      ["عازيا", 'ذلك إلى "نقص الأساتذة في الأرياف"'],
    ]);
  });
});

describe("a critic named in apposition to a title", () => {
  it("reads «، الناقد السينمائي X،» as the name of the title holder, and «المتحدث ذاته» after it", () => {
    const claims = run(
      'وفي تصريح للجريدة، قال منسق الحملة، الناقد السينمائي سعيد العمراني، إن "القاعة جزء من تاريخنا".\nوتابع المتحدث ذاته أن الحملة ستستمر.',
    );
    expect(claims.map((c) => c.speaker.name)).toEqual(["سعيد العمراني", "سعيد العمراني"]);
  });
});

describe("a headline's short title", () => {
  it("is the minister whose longer title has the nisba of its word («وزير الاقتصاد» → «… الاقتصادي»)", () => {
    const [c] = run(
      'وزير الاقتصاد: النمو هذا العام "فاق التوقعات"\nوقال وزير التخطيط والتعاون الاقتصادي، أحمد ولد سيدي، في مؤتمر صحفي، إن النمو "فاق التوقعات".',
    );
    expect(c && [c.speaker.mention?.text, c.speaker.name]).toEqual(["وزير الاقتصاد", "أحمد ولد سيدي"]);
  });
});

describe("a Mauritanian short name «ولد …» before a verb that takes ب", () => {
  it("keeps the title word after «ولد» in the name, not as the verb's object", () => {
    const claims = run(
      'قال رئيس الرابطة، محمد ولد الشيخ سيديا، إن الإضراب "ناجح".\nوطالب ولد الشيخ سيديا بـ"زيادة الرواتب".',
    );
    expect(claims[1] && [claims[1].speaker.mention?.text, claims[1].content.text]).toEqual([
      "ولد الشيخ سيديا",
      'بـ"زيادة الرواتب"',
    ]);
  });
});
