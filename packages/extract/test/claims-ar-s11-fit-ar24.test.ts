// Arabic conventions met in held-out batch 24 (Petra, El Khabar, CNN Arabic, FilGoal): made-up sentences,
// one rule each.
import { describe, expect, it } from "vitest";
import { run } from "./arabic.ts";

describe("«لدى» ties a title to its court or post", () => {
  it("reads «التمس وكيل الجمهورية لدى محكمة …، أمس، …» with the court in the speaker", () => {
    const [c] = run("التمس وكيل الجمهورية لدى محكمة وهران، أمس، تسليط عقوبة خمس سنوات حبسا في حق المقاول.");
    expect(c && [c.speaker.mention?.text, c.content.text]).toEqual([
      "وكيل الجمهورية لدى محكمة وهران",
      "تسليط عقوبة خمس سنوات حبسا في حق المقاول",
    ]);
  });
  it("keeps «لدى وصوله» (on arriving) out of the speaker", () => {
    const [c] = run("وقال الوزير لدى مخاطبته المزارعين إن الموسم واعد.");
    expect(c?.speaker.name).toBe("الوزير");
  });
});

describe("a figure coordinated with a requested sentence or an allocation", () => {
  it("keeps «، و3 سنوات لكل من …» in the object of «التمس»", () => {
    const [c] = run(
      "كما التمس النائب العام عقوبة 5 سنوات حبسا في حق المقاول، و3 سنوات لكل من المحاسب والسائق.",
    );
    expect(c?.content.text).toBe("عقوبة 5 سنوات حبسا في حق المقاول، و3 سنوات لكل من المحاسب والسائق");
  });
  it("keeps «، وسنتين …» and «، و150 مليونا …» too", () => {
    const [a] = run("والتمست النيابة السجن ثلاث سنوات للمتهم الأول، وسنتين للمتهم الثاني.");
    const [b] = run("وأعلنت الوزارة تخصيص 200 مليون دينار لبناء المدارس، و150 مليونا لترميم المستشفيات.");
    expect([a?.content.text, b?.content.text]).toEqual([
      "السجن ثلاث سنوات للمتهم الأول، وسنتين للمتهم الثاني",
      "تخصيص 200 مليون دينار لبناء المدارس، و150 مليونا لترميم المستشفيات",
    ]);
  });
});

describe("a name first met, then its title without a comma, as a verb's subject", () => {
  it("reads «أبدى X Y المدير الفني للنادي رضاه عن …» with the whole name and title", () => {
    const [c] = run("وأبدى سامي الفقي المدير الفني للنادي رضاه عن أداء اللاعبين.");
    expect(c && [c.speaker.name, c.content.text]).toEqual(["سامي الفقي", "رضاه عن أداء اللاعبين"]);
  });
  it("gives a participle after a verb that reports nothing that subject", () => {
    const [c] = run("وأشاد كمال شوقي المدير الفني للنادي الأهلي بأداء الفريق، مؤكدا أن الفوز مستحق.");
    expect(c && [c.speaker.name, c.content.text]).toEqual(["كمال شوقي", "الفوز مستحق"]);
  });
});

describe("a ب-phrase with a possessive genitive after a titled name is the verb's object", () => {
  it("keeps «بروح لاعبيه» out of the name of «أشاد المدرب X بروح لاعبيه، مؤكدا …»", () => {
    const [c] = run("وأشاد المدرب سمير داود بروح لاعبيه، مؤكدا أن الفريق تطور كثيرا.");
    expect(c?.speaker.name).toBe("سمير داود");
  });
});

describe("«أبدى» with a feeling is no statement", () => {
  it("reads «أبدى X غضبه من …» and «أبدى النواب غضبهم من …» as showing a feeling", () => {
    expect(run("أبدى رامي الحسن المدير الفني للفريق غضبه الشديد من قرارات الحكم.")).toEqual([]);
    expect(run("وأبدى النواب غضبهم من قرار الحكومة.")).toEqual([]);
  });
});

describe("«توصل إلى أن» (a finding), «يأمل أن» (a hope) and «أكمل:» (went on) report", () => {
  it("reads «توصلت دراسة …، نشرت …، إلى أن …» and «وتوصل الباحثون إلى أن …»", () => {
    const [a] = run("توصلت دراسة حديثة، نشرت في مجلة طبية، إلى أن قلة النوم تضعف الذاكرة.");
    const [b] = run("وتوصل الباحثون إلى أن الدواء يخفض ضغط الدم.");
    expect([a?.speaker.name, a?.content.text, b?.speaker.name, b?.content.text]).toEqual([
      "دراسة حديثة",
      "قلة النوم تضعف الذاكرة",
      "الباحثون",
      "الدواء يخفض ضغط الدم",
    ]);
  });
  it("keeps «توصل الطرفان إلى اتفاق» (an act) out", () => {
    expect(run("وتوصل الطرفان إلى اتفاق لوقف إطلاق النار.")).toEqual([]);
  });
  it("reads «ويأمل X أن …» with the content after the subjunctive «أن»", () => {
    const [c] = run("ويأمل وزير النقل كريم سالم أن تنتهي أشغال الطريق قبل الصيف.");
    expect(c && [c.speaker.name, c.cue.text, c.content.text]).toEqual([
      "كريم سالم",
      "يأمل",
      "تنتهي أشغال الطريق قبل الصيف",
    ]);
  });
  it("reads «وأكمل: …» as the last speaker going on, and not «أكمل علاجه»", () => {
    const claims = run('وقال المدرب كمال حسن: "قدمنا مباراة جيدة". وأكمل: "سنعود أقوى في المباراة المقبلة".');
    expect(claims.map((c) => c.speaker.name)).toEqual(["كمال حسن", "كمال حسن"]);
    expect(run("وأكمل اللاعب علاجه في ألمانيا.")).toEqual([]);
  });
});

describe("a document before a headline's colon", () => {
  it("reads «دراسة: …» and «تقرير أممي: …» as the document's claim", () => {
    const [a] = run(
      "دراسة: الصيام المتقطع قد يحمي القلب من الشيخوخة\nلندن (رويترز) - توصلت دراسة جديدة إلى أن الصيام المتقطع يحمي القلب.",
    );
    const [b] = run(
      "تقرير أممي: ملايين الأطفال خارج المدارس في السودان\nقال تقرير للأمم المتحدة إن الحرب حرمت الملايين من التعليم.",
    );
    expect([a?.cue.text, a?.content.text, b?.speaker.name, b?.content.text]).toEqual([
      ":",
      "الصيام المتقطع قد يحمي القلب من الشيخوخة",
      "تقرير أممي",
      "ملايين الأطفال خارج المدارس في السودان",
    ]);
  });
});

describe("«عالم» without the article is a scientist's title", () => {
  it("reads «يرى عالم الاجتماع في جامعة …، X، أن …» and «عالمة الفيزياء X»", () => {
    const [a] = run("ويرى عالم الاجتماع في جامعة دمشق، سامي الحلبي، أن الظاهرة تتسع.");
    const [b] = run("وقالت عالمة الفيزياء ليلى سالم إن التجربة نجحت.");
    expect([a?.speaker.name, a?.content.text, b?.speaker.name]).toEqual([
      "سامي الحلبي",
      "الظاهرة تتسع",
      "ليلى سالم",
    ]);
  });
});

describe("the charges a denial answers end its subject", () => {
  it("reads «أنكر المتهم الرئيسي التهم المنسوبة إليه» with the charges as content", () => {
    const [c] = run("وأنكر المتهم الرئيسي التهم المنسوبة إليه، مؤكدا أن كل العقود قانونية.");
    expect(c && [c.speaker.mention?.text, c.content.text]).toEqual(["المتهم الرئيسي", "التهم المنسوبة إليه"]);
  });
  it("reads «نفى المدير العام التهمة …» and «أنكر الوزير الاتهامات …» too", () => {
    const [a] = run("ونفى المدير العام التهمة الموجهة إليه.");
    const [b] = run("وأنكر الوزير الاتهامات الموجهة إليه.");
    expect([a?.speaker.name, a?.content.text, b?.speaker.name, b?.content.text]).toEqual([
      "المدير العام",
      "التهمة الموجهة إليه",
      "الوزير",
      "الاتهامات الموجهة إليه",
    ]);
  });
});

describe("defendants known by initials in brackets", () => {
  const report =
    "التمس وكيل الجمهورية، أمس، تسليط عقوبة 5 سنوات حبسا في حق رئيس البلدية السابق (س.م)، و3 سنوات في حق صاحب شركة النقل (ر.ع).\n" +
    "وأنكر المتهم الرئيسي التهم المنسوبة إليه، مؤكدا أن كل العقود قانونية.\n" +
    "ورد المتهم بأن التأخر سببه الأمطار.\n" +
    "أما المتهم الثاني، صاحب الشركة، فقد اعترف بتلقي أموال.\n" +
    "وقال صاحب الشركة إن الأموال تسبيقات قانونية.";
  it("names «المتهم الرئيسي» by the first initials, and «المتهم» after it the same", () => {
    const claims = run(report);
    const initials = (k: number) => claims[k]?.speaker.name;
    expect([1, 2, 3].map(initials)).toEqual(["س.م", "س.م", "س.م"]);
  });
  it("names «المتهم الثاني» by the second initials and «صاحب الشركة» by its description", () => {
    const claims = run(report);
    const initials = (k: number) => claims[k]?.speaker.name;
    expect([4, 5].map(initials)).toEqual(["ر.ع", "ر.ع"]);
  });
});

describe("a «وهو/وهي» clause between the speaker and the words", () => {
  it("keeps «وهو يغادر القاعة» out of the speaker and the content", () => {
    const [a] = run('وقال الوزير وهو يغادر القاعة: "سنعود غدا".');
    const [b] = run("وقالت الأم وهي تبكي إن ابنها بريء.");
    expect([a?.speaker.name, a?.content.text, a?.kind, b?.speaker.name, b?.content.text]).toEqual([
      "الوزير",
      '"سنعود غدا"',
      "direct",
      "الأم",
      "ابنها بريء",
    ]);
  });
});

describe("«، بصفته …،» (in one's capacity as) after the speaker", () => {
  it("keeps the capacity out of the speaker's name and out of the content", () => {
    const [a] = run("من جهته، طالب ممثل الخزينة العمومية، بصفتها طرفا مدنيا، بإلزام المتهمين بدفع تعويض.");
    const [b] = run("وقال رئيس البلدية، بصفته رئيسا للجنة، إن المشروع تأخر.");
    expect([a?.speaker.name, a?.content.text, b?.speaker.name, b?.content.text]).toEqual([
      "ممثل الخزينة العمومية",
      "بإلزام المتهمين بدفع تعويض",
      "رئيس البلدية",
      "المشروع تأخر",
    ]);
  });
});

describe("a second title holder joined by «و» is no name", () => {
  it("does not name «رئيس المصلحة» «ومهندس المتابعة» after «… لكل من رئيس المصلحة ومهندس المتابعة»", () => {
    const claims = run(
      "والتمست النيابة سنتين حبسا لكل من رئيس مصلحة الصفقات بالمديرية ومهندس المتابعة.\nواستمعت المحكمة إلى رئيس مصلحة الصفقات بالمديرية، الذي صرح بأنه كان ينفذ التعليمات.",
    );
    expect(claims.at(-1)?.speaker.name).toBe("رئيس مصلحة الصفقات بالمديرية");
  });
});

describe("a study's author as a title, and a quotation's speaker named in an apposition", () => {
  it("reads «…، يقول المؤلف المشارك في الدراسة، البروفيسور X، من مركز …» with X as the speaker", () => {
    const [c] = run(
      '"النتائج مشجعة جدا"، يقول المؤلف المشارك في الدراسة، البروفيسور سامر خوري، من جامعة بيروت.',
    );
    expect(c && [c.speaker.name, c.content.text]).toEqual(["سامر خوري", '"النتائج مشجعة جدا"']);
  });
  it("reads «المؤلفة الرئيسية للدراسة X» and an apposition the sentence's end closes", () => {
    const [a] = run("وقالت المؤلفة الرئيسية للدراسة ليلى حسن إن النتائج مشجعة.");
    const [b] = run('"النتائج مشجعة"، يقول الباحث الرئيسي في المشروع، الدكتور سامي علي.');
    expect([a?.speaker.name, b?.speaker.name]).toEqual(["ليلى حسن", "سامي علي"]);
  });
});

describe("«علّق/عقّب X على …» takes «على» as its particle", () => {
  it("ends the name before «على اللقطة» and gives «قائلا» that speaker", () => {
    const [c] = run(
      'وعلق الخبير التحكيمي سمير فتحي الديب على اللقطة عبر قناة "النيل" قائلا: "هناك تلامس خفيف".',
    );
    expect(c && [c.speaker.name, c.cue.text, c.content.text]).toEqual([
      "سمير فتحي الديب",
      "قائلا",
      '"هناك تلامس خفيف"',
    ]);
  });
});

describe("an implicit subject after a verb that reports nothing, its subject a name then a construct title", () => {
  it("gives «وكتب …: …» the subject of «واعتذر X قائد الفريق لجماهيره …»", () => {
    const [c] = run(
      'واعتذر كريم عاطف حسونة قائد الفريق لجماهير النادي عن الخسارة، وكتب عبر حسابه: "سنعود أقوى في المباراة المقبلة".',
    );
    expect(c?.speaker.name).toBe("كريم عاطف حسونة");
  });
  it("keeps a given name that is a title word («رائد») a name", () => {
    const [c] = run("وأبدى سامي رائد الحسن المدير الفني للنادي رضاه عن أداء اللاعبين.");
    expect(c?.speaker.name).toBe("سامي رائد الحسن");
  });
});

describe("«رائد» after an honorific is a given name, not the rank", () => {
  it("names «الدكتور رائد محمود الشبول» in full, also after a workplace", () => {
    const [a] = run("وقال مدير المديرية في الوزارة الدكتور رائد سمير الحسن إن الإصابات تراجعت.");
    const [b] = run("وقال وزير الصحة الدكتور رائد الحسن إن الإصابات تراجعت.");
    expect([a?.speaker.name, b?.speaker.name]).toEqual(["رائد سمير الحسن", "رائد الحسن"]);
  });
});

describe("the country of the body a spokesman speaks for", () => {
  it("keeps «في السعودية» in «متحدث باسم وزارة الصحة في السعودية إن …», not «في بيان»", () => {
    const [a] = run("قال متحدث باسم وزارة الصحة في السعودية إن الوضع مستقر.");
    const [b] = run("قال متحدث باسم الشرطة في بيان إن الوضع مستقر.");
    expect([a?.speaker.name, b?.speaker.name]).toEqual([
      "متحدث باسم وزارة الصحة في السعودية",
      "متحدث باسم الشرطة",
    ]);
  });
});

describe("an outlet in Latin script as the hearer, and a workplace's larger body", () => {
  it("keeps «لـCNN» out of the speaker and «باتحاد الكرة» in the source's description", () => {
    const [a] = run("وقال مصدر في الوزارة لـCNN إن اللجنة ستجتمع.");
    const [b] = run("وكشف مصدر في لجنة الحكام باتحاد الكرة لـKooora.com أن اللجنة ستجتمع الأحد.");
    expect([a?.speaker.name, b?.speaker.name]).toEqual([
      "مصدر في الوزارة",
      "مصدر في لجنة الحكام باتحاد الكرة",
    ]);
  });
});

describe("«قبل أن + verb» keeps the sentence's speaker", () => {
  it("reads «…، قبل أن يلتمس البراءة لموكله» as the lawyer's request, its object the content", () => {
    const claims = run("واعتبر المحامي سليم بن عمر أن موكله بريء، قبل أن يلتمس البراءة لموكله.");
    const c = claims[1];
    expect(c && [c.speaker.name, c.cue.text, c.content.text]).toEqual([
      "سليم بن عمر",
      "يلتمس",
      "البراءة لموكله",
    ]);
    // the same without hamza on alif («قبل ان»)
    const [, d] = run("واعتبر المحامي سليم بن عمر ان موكله بريء، قبل ان يلتمس البراءة لموكله.");
    expect(d && [d.speaker.name, d.content.text]).toEqual(["سليم بن عمر", "البراءة لموكله"]);
  });
});

describe("content before a nominal cue opening with «و» and a perfect verb", () => {
  it("drops the «و» of «وشهد العالم …، بحسب X» and «وبلغ العجز …، وفق X», not of «وزير المالية»", () => {
    const [a] = run("وشهد العالم أربعة أحداث ابيضاض جماعي منذ عام 1998، بحسب الإدارة الوطنية للمحيطات.");
    const [b] = run("وبلغ العجز التجاري ثلاثة مليارات دولار، وفق البنك المركزي.");
    const [c] = run("وزير المالية سيستقيل الأسبوع المقبل، بحسب مصادر مطلعة.");
    expect([a, b, c].map((x) => x?.content.text.split(" ")[0])).toEqual(["شهد", "بلغ", "وزير"]);
  });
});

describe("«، على حد وصفه» after the content is the writer's tag", () => {
  it("ends the content before it", () => {
    const [c] = run('وقال المدرب سامي علي إن الفوز "جاء عن استحقاق"، على حد وصفه.');
    expect(c?.content.text).toBe('الفوز "جاء عن استحقاق"');
  });
});

describe("whom a defence team defends belongs to the speaker", () => {
  it("reads «وطالبت هيئة الدفاع عن باقي المتهمين بـ…» with the content from «بـ»", () => {
    const [a] = run("وطالبت هيئة الدفاع عن باقي المتهمين بإفادة موكليها بالبراءة.");
    const [b] = run("وطالب فريق الدفاع عن الصحفي بالإفراج عنه.");
    expect([a?.speaker.name, a?.content.text, b?.speaker.name, b?.content.text]).toEqual([
      "هيئة الدفاع عن باقي المتهمين",
      "بإفادة موكليها بالبراءة",
      "فريق الدفاع عن الصحفي",
      "بالإفراج عنه",
    ]);
  });
});

describe("«وعقّب» before a person's title is the verb (commented), not «after»", () => {
  it("gives «قائلا» the subject of «وعقب المحلل X على القرار»", () => {
    const [c] = run("وعقب المحلل السياسي فهد العنزي على القرار قائلا إن الحكومة تسرعت.");
    expect(c && [c.speaker.name, c.content.text]).toEqual(["فهد العنزي", "الحكومة تسرعت"]);
  });
});

describe("a person described, then known by initials in brackets", () => {
  it("names «صاحب محل (م.ب)» by the initials, without the brackets", () => {
    const [c] = run("وقال صاحب محل (م.ب) إن الأسعار ارتفعت.");
    expect(c && [c.speaker.name, c.speaker.mention?.text]).toEqual(["م.ب", "صاحب محل (م.ب)"]);
  });
});
