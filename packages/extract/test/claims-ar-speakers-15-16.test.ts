// Arabic speakers, from the misses of batches 15–16 (Emirati, Iraqi, Tunisian, Moroccan, DW and Sky News
// Arabic styles). Made-up sentences: one per rule.
import { describe, expect, it } from "vitest";
import { run } from "./arabic.ts";

const who = (text: string, publishedAt?: string) =>
  run(text, publishedAt).map((c) => [c.speaker.name, c.speaker.mention?.text ?? null]);

describe("a request for anonymity between commas («، فضّل عدم ذكر اسمه،»)", () => {
  it("is no name: the unnamed source is its description, with its place", () => {
    expect(
      who("وقال صاحب أحد المخابز في حي النصر، فضّل عدم ذكر اسمه، إن الطحين شحيح. وتابع: «الأسعار نار»."),
    ).toEqual([
      ["صاحب أحد المخابز في حي النصر", "صاحب أحد المخابز في حي النصر"],
      ["صاحب أحد المخابز في حي النصر", null],
    ]);
  });
});

describe("a known name followed by a definite body («وطالبت الشامي الوزارة بـ…»)", () => {
  it("ends the name: the body is the verb's object, and a later «بيانات الوزارة» is the body's", () => {
    const cs = who(
      "وقالت ليلى الشامي، رئيسة جمعية المستهلك، إن الأسعار مرتفعة. وأكدت الوزارة أن الأسعار مستقرة. وطالبت الشامي الوزارة بـ«رقابة أشد». وبحسب بيانات الوزارة، ارتفع المؤشر 3%.",
    );
    expect(cs.map((c) => c[0])).toEqual(["ليلى الشامي", "الوزارة", "ليلى الشامي", "الوزارة"]);
    expect(cs[2]?.[1]).toBe("الشامي");
  });
});

describe("a title's place between it and the apposition that names the person", () => {
  it("«صاحب مكتب عقارات في الحي الشرقي من المدينة، سامر يوسف،»", () => {
    expect(
      who("ويقول صاحب مكتب عقارات في الحي الشرقي من المدينة، سامر يوسف، للصحيفة إن الإيجارات تضاعفت.")[0],
    ).toEqual(["سامر يوسف", "صاحب مكتب عقارات في الحي الشرقي من المدينة، سامر يوسف"]);
  });
});

describe("a place in construct inside a title («مجلس محافظة كركوك», «محافظ ديالى»)", () => {
  it("belongs to the title; the name after it is the person's", () => {
    const cs = who(
      "حمّل عضو مجلس محافظة كركوك سعد جاسم الجبوري الشركة المنفذة مسؤولية التأخير. وكان محافظ ديالى مثنى علي التميمي قد أعلن أن المشروع سيكتمل.",
    );
    expect(cs.map((c) => c[0])).toEqual(["سعد جاسم الجبوري", "مثنى علي التميمي"]);
    expect(
      run("حمّل عضو مجلس محافظة كركوك سعد جاسم الجبوري الشركة المنفذة مسؤولية التأخير.")[0]?.content.text,
    ).toBe("الشركة المنفذة مسؤولية التأخير");
  });
});

describe("«ودعا المواطنين إلى …»: a definite plural in «ـين» after the verb", () => {
  it("is the verb's object (oblique case); the subject is implicit", () => {
    const cs = run(
      "وأكد مدير الشركة كمال العياري أن الأشغال تتقدم. ودعا المتساكنين إلى الصبر، مؤكدا أن الماء سيعود.",
    );
    expect(cs.map((c) => c.speaker.name)).toEqual(["كمال العياري", "كمال العياري", "كمال العياري"]);
    expect(cs[1]?.content.text).toBe("المتساكنين إلى الصبر");
  });
  it("leaves a nominative plural subject alone («وقال المحتجون»)", () => {
    expect(who("وقال المحتجون إن الحي بلا كهرباء.")[0]?.[0]).toBe("المحتجون");
  });
});

describe("«المكلف بالإعلام في …» (Maghrebi title of a media officer)", () => {
  it("is a title whose apposition names the person", () => {
    expect(
      who(
        "واعتبر المكلف بالإعلام في جمعية حماية البيئة، هشام الطرابلسي، في تصريح للإذاعة، أن التلوث خطير.",
      )[0],
    ).toEqual(["هشام الطرابلسي", "المكلف بالإعلام في جمعية حماية البيئة، هشام الطرابلسي"]);
  });
});

describe("«وقال أحدهم للإذاعة إن …»", () => {
  it("«أحدهم» is the whole subject, one of the group the sentence counted; the outlet is the hearer", () => {
    expect(who("وتجمع عدد من الفلاحين أمام المندوبية، وقال أحدهم للإذاعة إن المحصول ضاع.")[0]).toEqual([
      "أحد الفلاحين",
      "أحدهم",
    ]);
    expect(who("وقال أحدهم للإذاعة إن المحصول ضاع.")[0]).toEqual(["أحدهم", "أحدهم"]);
  });
});

describe("a name followed by the object of a verb that reports nothing («انتقد X الإضراب بشدة»)", () => {
  it("ends before a definite verbal noun (إفعال) or a manner word", () => {
    const cs = run(
      "ومن جانبه، انتقد وزير المالية النمساوي فرانز غروبر الإعلان بشدة، وقال إن الخطة غير واقعية. وأشار الوزير إلى أن العجز سيرتفع.",
    );
    expect(cs.map((c) => c.speaker.name).filter((n) => n !== null)).toEqual(cs.map(() => "فرانز غروبر"));
  });
});

describe("a headline's title named only further down the story", () => {
  it("«وزير الصحة الفرنسي: …» is the minister the body names with that office", () => {
    const cs = run(
      'وزير الصحة الفرنسي: الموجة الثانية "أقل حدة"\nسجلت فرنسا أمس 2000 إصابة جديدة.\nوقالت الوكالة الوطنية للصحة إن الوضع مستقر.\nوأعلن المعهد الوطني للإحصاء أن الوفيات تراجعت.\nوأضاف المعهد أن الأرقام أولية.\nوقال وزير الصحة الفرنسي أوليفييه ماران إن الموجة "أقل حدة".',
    );
    expect(cs[0]?.speaker.name).toBe("أوليفييه ماران");
  });
});

describe("«المسؤول الحكومي» after a named minister", () => {
  it("an official's kind («الحكومي») does not keep him apart from the minister", () => {
    expect(
      run(
        "وقال نبيل الصالحي، وزير النقل، إن الطرق ستفتح. وأضاف المسؤول الحكومي أن الأشغال ستنتهي قريبا.",
      ).map((c) => c.speaker.name),
    ).toEqual(["نبيل الصالحي", "نبيل الصالحي"]);
  });
});

describe("a subject joined by «و» in a headline («… والصحة العالمية تحذر من …»)", () => {
  it("does not keep the conjunction", () => {
    const c = run('ارتفاع الإصابات بالكوليرا.. والصحة العالمية تحذر من "تفش واسع"\nسجلت الوزارة 40 حالة.')[0];
    expect(c?.speaker.mention?.text).toBe("الصحة العالمية");
  });
});

describe("a body's name with a bracketed short name, a ل-verbal noun or a branch after a dash", () => {
  it("«للشركة الوطنية لاستثمار وتطوير الموانئ (سونام) بالمهدية، X،»", () => {
    const c = run(
      "أفاد المدير الجهوي للشركة الوطنية لاستثمار وتطوير الموانئ (سونام) بالمهدية، رياض بن عمر، بأن الميناء سيغلق.",
    )[0];
    expect(c && [c.speaker.name, c.content.text]).toEqual(["رياض بن عمر", "الميناء سيغلق"]);
  });
  it("«اتحاد عمال النقل الفرنسي (CGT)», «شركة الخطوط الجوية الفرنسية (إير فرانس)»", () => {
    const cs = run(
      'أعلن اتحاد نقابات العمال الفرنسي (CGT) اليوم أن الإضراب سيستمر. ووصفت شركة الخطوط الجوية الفرنسية (إير فرانس) الإضراب بأنه "مكلف".',
    );
    expect(cs.map((c) => c.content.text)).toEqual(["الإضراب سيستمر", 'الإضراب بأنه "مكلف"']);
  });
  it("«الهلال الأحمر التونسي - فرع قابس»", () => {
    expect(
      who("أفاد الهلال الأحمر التونسي - فرع قابس، في منشور على صفحته، بأن الفرق أنقذت 12 شخصا.")[0]?.[1],
    ).toBe("الهلال الأحمر التونسي - فرع قابس");
  });
});

// (the relayed speaker with «، وهو … يدعى Y (31 عاما)،» is tested in claims-ar-batch15-16.test.ts)
describe("«نقلت الوكالة عن X، NAME، قوله …» (a relayed speaker with an apposition)", () => {
  it("«عن مدير الهيئة، X، قوله إن …»", () => {
    expect(
      run("ونقلت الوكالة الرسمية عن مدير هيئة الطيران المدني، كريم الساعدي، قوله إن المطار سيفتتح.")[0]
        ?.speaker.name,
    ).toBe("كريم الساعدي");
  });
});
