// Arabic news conventions met in held-out batch 10 (Kurdish regional politics, Moroccan MAP wire,
// Mauritanian humanitarian story, Egyptian prosecution story): made-up sentences, one rule each.
import { describe, expect, it } from "vitest";
import { brief, one, run } from "./arabic.ts";

describe("speaker names met in the tenth held-out batch", () => {
  it("reads a name that begins with «آل» («آلان») as a name, not the article", () => {
    const c = one('وقال المتحدث باسم البلدية، آلان جوزيف حداد، إن "الطرق ستفتح غدا".');
    expect(c && [c.speaker.name, c.content.text]).toEqual(["آلان جوزيف حداد", '"الطرق ستفتح غدا"']);
    expect(one("وأكد مدير الشركة، آلان دوبوا، أن الأرباح ارتفعت.")?.speaker.name).toBe("آلان دوبوا");
  });
  it("keeps a bare title word after a given name inside the name («محمد أمين …», «حسن شيخ …»)", () => {
    const c = one("ورأى أستاذ القانون بجامعة بغداد، سامي أمين العبيدي، أن القرار ملزم.");
    expect(c && [c.speaker.name, c.content.text]).toEqual(["سامي أمين العبيدي", "القرار ملزم"]);
  });
  it("names one of a definite group by it («أحد المحتجين», «إحدى الناجيات») and by «ويدعى»", () => {
    expect(one("وقال أحد المزارعين لقناة محلية إن المحصول تلف.")?.speaker.name).toBe("أحد المزارعين");
    const c = one('وقالت إحدى الناجيات، وتدعى سلمى، إن الوضع "مأساوي".');
    expect(c && [c.speaker.name, c.content.text]).toEqual(["سلمى", 'الوضع "مأساوي"']);
  });
  it("skips an apposition that tells whose the speaker is («، دفاع المتهم الثاني،»)", () => {
    const c = one('وقال المحامي رامي فوزي، دفاع المتهم الثاني، في تصريحات صحفية، إن موكله "بريء".');
    expect(c && [c.speaker.name, c.content.text]).toEqual(["رامي فوزي", 'موكله "بريء"']);
    expect(one("وقال كمال حسين، شقيق الضحية، إن العائلة تنتظر الحكم.")?.content.text).toBe(
      "العائلة تنتظر الحكم",
    );
  });
});

describe("documents that speak for their body (batch 10)", () => {
  it("reads «تحريات/تحقيقات X» as the body X, with its ل-genitive («لمباحث …»)", () => {
    const c = one("وكشفت تحريات الإدارة العامة لمباحث الضرائب أن الشركة أخفت أرباحها.");
    expect(c && [c.speaker.name, c.speaker.mention?.text, c.content.text]).toEqual([
      "الإدارة العامة لمباحث الضرائب",
      "تحريات الإدارة العامة لمباحث الضرائب",
      "الشركة أخفت أرباحها",
    ]);
  });
  it("resolves «معطيات المندوبية» to the «مندوبية» named before", () => {
    const [, data] = run(
      "أعلنت المندوبية العامة للإحصاء أن البطالة تراجعت. وحسب معطيات المندوبية، فإن الشباب الأكثر تضررا.",
    );
    expect(data?.speaker.name).toBe("المندوبية العامة للإحصاء");
  });
});

describe("reporting verbs and objects met in batch 10", () => {
  it("reads «روى» and «سجل» before a clause, and only there", () => {
    expect(
      brief(one("وتروي مريم، وهي أم لثلاثة أطفال، أنها انتظرت ساعات أمام المخبز.") as never),
    ).toMatchObject({ speaker: "مريم", cue: "تروي", content: "انتظرت ساعات أمام المخبز" });
    expect(one("وسجل الخبير أن الأسعار ارتفعت بسبب الجفاف.")?.content.text).toBe(
      "الأسعار ارتفعت بسبب الجفاف",
    );
    expect(run("وسجلت الصادرات ارتفاعا بنسبة 5 في المائة.")).toEqual([]);
    expect(run('وروى الكاتب "قصة المدينة" في كتابه الأخير.')).toEqual([]);
  });
  it("does not end an object at a clause-only verb that opens no clause («الموقع بين الطرفين»)", () => {
    const c = one("اتهمت النقابة، أمس الأحد، الوزارة بخرق الاتفاق الموقع بين الطرفين بشأن الأجور.");
    expect(c?.content.text).toBe("الوزارة بخرق الاتفاق الموقع بين الطرفين بشأن الأجور");
  });
  it("opens the object after «من» before a quotation when an adjunct stands between («حذرت، أمس، من»)", () => {
    const c = one('حذرت منظمة الصحة، أمس الاثنين، من "موجة جديدة" للوباء في المنطقة.');
    expect(c?.content.text).toBe('"موجة جديدة" للوباء في المنطقة');
  });
});

describe("probes in styles batch 10 did not cover (SANA-style local news, an explainer with analysts)", () => {
  it("reads the title holder's workplace between the title and the name («في حماة المهندس …»)", () => {
    const c = one("وأكد مدير المؤسسة العامة للمياه في حمص المهندس نزار كامل الشيخ أن الضخ عاد.");
    expect(c && [c.speaker.name, c.content.text]).toEqual(["نزار كامل الشيخ", "الضخ عاد"]);
    const d = one("وأوضح رئيس شعبة المرور في قيادة الشرطة بطرطوس سليم فارس حسن أن الطريق فتح.");
    expect(d?.speaker.name).toBe("سليم فارس حسن");
    expect(one("وقال الوزير في دمشق إن الاتفاق قريب.")?.speaker.name).toBe("الوزير");
  });
  it("keeps a genitive that heads a body's name inside the title («دائرة حماية المستهلك»)", () => {
    expect(one("وقال رئيس هيئة حماية البيئة كمال يوسف إن التلوث تراجع.")?.speaker.name).toBe("كمال يوسف");
  });
  it("reads «يذهب X إلى أن» as a statement, and an apposition with «د.» as the name", () => {
    const c = one('ويذهب الباحث في الشؤون التركية، د. سمير طه، إلى أن الانتخابات "محسومة".');
    expect(c && [c.speaker.name, c.cue.text, c.content.text]).toEqual([
      "سمير طه",
      "يذهب",
      'الانتخابات "محسومة"',
    ]);
    expect(run("وذهب الوزير إلى القاهرة أمس.")).toEqual([]);
  });
  it("ends a title before a «بتـ» verbal noun that a ب-verb takes («ونوه المدير بتعاون …»)", () => {
    // an adjunct after the object («في تنظيم …») made it read as a name closed by «في»
    const c = one("ونوه المدير بتعاون الأهالي في تنظيم التوزيع.");
    expect(c && [c.speaker.name, c.content.text]).toEqual(["المدير", "بتعاون الأهالي في تنظيم التوزيع"]);
  });
  it("opens a quoted object after «في بيان» («اتهمت الوزارة في بيان» and a quotation)", () => {
    expect(one('واتهمت الوزارة في بيان "جهات خارجية" بنشر الشائعات.')?.content.text).toBe(
      '"جهات خارجية" بنشر الشائعات',
    );
  });
});

describe("probes in a Sudanese humanitarian story", () => {
  it("reads a workplace with a place noun only up to a title («في محافظة حمص المهندس …»)", () => {
    expect(one("وقال المحافظ في محافظة حمص المهندس نزار الشيخ إن الضخ عاد.")?.speaker.name).toBe(
      "نزار الشيخ",
    );
    // «في ولاية شمال دارفور» is where the minister is, not his name
    expect(one("وقال وزير الصحة في ولاية شمال كردفان إن الإصابات ارتفعت.")?.speaker.name).not.toBe(
      "شمال كردفان",
    );
    expect(
      one('وقالت المنسقة المقيمة للأمم المتحدة في اليمن سارة جونسون إن "الوضع مقلق".')?.speaker.name,
    ).toBe("سارة جونسون");
  });
  it("names the topic of «أما X، NAME، فقد أكد» by the apposition", () => {
    const c = one("أما مدير المستشفى في ولاية كسلا، عادل محمود، فقد أكد أن الأسرة امتلأت.");
    expect(c && [c.speaker.name, c.content.text]).toEqual(["عادل محمود", "الأسرة امتلأت"]);
  });
  it("reads «قوات X» as a body that speaks («وقالت قوات الدعم السريع في بيان إن …»)", () => {
    const c = one("وقالت قوات الدعم السريع في بيان إن الجيش قصف السوق.");
    expect(c && [c.speaker.name, c.content.text]).toEqual(["قوات الدعم السريع", "الجيش قصف السوق"]);
  });
});

describe("probes in a Qatari diplomacy story with analysts", () => {
  it("reads «ولم يستبعد X أن …» with X as the speaker, not «ولم»", () => {
    const c = one("ولم يستبعد المحلل السياسي سامي نادر أن تتأجل الانتخابات.");
    expect(c && [c.speaker.name, c.content.text]).toEqual(["سامي نادر", "تتأجل الانتخابات"]);
  });
  it("closes a nominal source on the bracket it opened («وكالة الأنباء القطرية (قنا)»)", () => {
    const c = one("وبحث الوزيران مستجدات الملف في اتصال هاتفي، وفق ما أفادت وكالة الأنباء القطرية (قنا).");
    expect(c?.speaker.mention?.text).toBe("وكالة الأنباء القطرية (قنا)");
  });
});
