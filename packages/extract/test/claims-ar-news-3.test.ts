// Arabic news conventions met in held-out batch 9 (Kuwaiti parliament, Algerian APS, Lebanese cabinet, Saudi
// SPA) and the recurring misses of 1.39: made-up sentences, one rule each.
import { describe, expect, it } from "vitest";
import { brief, one, run } from "./arabic.ts";

describe("«رحب» and the ب-phrase it welcomes (1.40)", () => {
  it("reads «رحب X بـ…» as a statement whose content is the ب-phrase", () => {
    expect(
      brief(one("ورحبت نقابة المعلمين بقرار الحكومة، معتبرة أنه خطوة في الاتجاه الصحيح.") as never),
    ).toEqual({
      speaker: "نقابة المعلمين",
      cue: "رحبت",
      content: "بقرار الحكومة",
      kind: "indirect",
    });
    expect(one("يرحب الاتحاد بكل مبادرة تخدم اللاعبين.")?.content.text).toBe("بكل مبادرة تخدم اللاعبين");
  });
  it("reads no statement in a welcome of people («رحب بضيفه», «بالوفد الزائر»)", () => {
    expect(run("ورحب الوزير بضيفه في مقر الوزارة.")).toEqual([]);
    expect(run("ورحب رئيس البرلمان بالوفد الزائر.")).toEqual([]);
  });
  it("ends a name before a ب-object with a pronoun («بقرارها»)", () => {
    const c = one("ورحب وزير الخارجية سامح نبيل بقرارها الأخير.");
    expect(c && [c.speaker.name, c.content.text]).toEqual(["سامح نبيل", "بقرارها الأخير"]);
  });
  it("keeps a quoted ب-phrase after a named apposition as the object, not an aside", () => {
    const [welcome, view] = run(
      'ورحّب نقيب المحامين، سمير فارس الحلو، بـ"شجاعة القضاة"، معتبرا أنه "يوم تاريخي".',
    );
    expect(welcome && [welcome.speaker.name, welcome.content.text, welcome.kind]).toEqual([
      "سمير فارس الحلو",
      'بـ"شجاعة القضاة"',
      "mixed",
    ]);
    expect(view?.cue.text).toBe("معتبرا");
  });
  it("does not take an outlet quoted after «لـ» for the statement of the speaker after it", () => {
    const c = one('وفي تصريح لـ"الشروق"، قال الخبير سليم بوعزة إن الأسعار "سترتفع".');
    expect(c && [c.speaker.name, c.content.text]).toEqual(["سليم بوعزة", 'الأسعار "سترتفع"']);
  });
  it("keeps a plural institution in a ل-genitive inside the welcoming body's name", () => {
    expect(one("ورحب الاتحاد الوطني لجمعيات حماية المستهلك بالقرار.")?.speaker.name).toBe(
      "الاتحاد الوطني لجمعيات حماية المستهلك",
    );
  });
});

describe("speaker names met in the ninth held-out batch (1.40)", () => {
  it("reads «أما X فـقال» as X's statement when no comma stands before «ف»", () => {
    const claims = run('وقال الوزير إن المشروع جاهز. أما النائب فهد العازمي فرأى أن الخطة "متأخرة".');
    expect(claims[1]?.speaker.name).toBe("فهد العازمي");
  });
  it("keeps «العلي» as a family name, not the preposition «على»", () => {
    const c = one("وقال رئيس الجمعية خالد العلي إن الأسعار مستقرة.");
    expect(c && [c.speaker.name, c.content.text]).toEqual(["خالد العلي", "الأسعار مستقرة"]);
  });
  it("reads an abbreviated title «د.» before a name", () => {
    const c = one("وأكد النائب د. سعد ناصر الهاجري أن الميزانية لا تكفي.");
    expect(c && [c.speaker.name, c.content.text]).toEqual(["سعد ناصر الهاجري", "الميزانية لا تكفي"]);
    expect(one("وقال م. عادل الفهد إن الجسر سيفتتح قريبا.")?.speaker.name).toBe("عادل الفهد");
  });
  it("reads five-word names joined by «بن» and «آل»", () => {
    const c = one("وأوضح الأستاذ فيصل بن سعد آل مطلق أن العقود وقعت.");
    expect(c && [c.speaker.name, c.content.text]).toEqual(["فيصل بن سعد آل مطلق", "العقود وقعت"]);
  });
  it("reads «ذات المسؤول» (Maghrebi order) as the speaker just named", () => {
    const [, c] = run("وقال المدير رضا بوشامة إن الموسم ناجح. وأضاف ذات المسؤول أن الإقبال فاق التوقعات.");
    expect(c && [c.speaker.name, c.content.text]).toEqual(["رضا بوشامة", "الإقبال فاق التوقعات"]);
  });
  it("ends the speaker of «أبلغ» before the hearer's title", () => {
    const c = one("وأبلغ نقيب الأطباء وليد حنا وزير الصحة أن المستشفيات تعاني نقصا.");
    expect(c && [c.speaker.name, c.content.text]).toEqual(["وليد حنا", "المستشفيات تعاني نقصا"]);
  });
  it("names the person, not the title after the name («سمير داود رئيس الهيئة»)", () => {
    expect(one("وقال ماهر الصباغ رئيس الغرفة إن الصادرات تراجعت.")?.speaker.name).toBe("ماهر الصباغ");
  });
  it("reads «والي» (a governor) as a title, not «و» and a nationality", () => {
    expect(one("وأكد والي وهران، مراد بلقاسم، أن الأشغال انتهت.")?.speaker.name).toBe("مراد بلقاسم");
  });
});

describe("Arabic dates told outside statements (1.40)", () => {
  it("takes the lead's day past a headline line", () => {
    const claims = run(
      "البرلمان يقر قانون المرور الجديد\nأقر البرلمان في جلسته أمس الاثنين قانون المرور الجديد.\nوقال النائب سالم العتيبي خلال الجلسة إن القانون يشدد العقوبات.",
      "2025-11-25",
    );
    expect(claims.map((c) => c.date)).toEqual(["2025-11-24"]);
  });
  it("dates a statement by the day a sentence with no statement told just before it", () => {
    const claims = run(
      "وقال الوزير إن الموازنة جاهزة.\nواستقبل رئيس الحكومة مساء الأحد وفدا من التجار. وأبلغ رئيس الوفد سمير داود رئيس الحكومة أن الأسواق راكدة.",
      "2025-11-25",
    );
    expect(claims.map((c) => c.date)).toEqual([null, "2025-11-23"]);
  });
  it("does not take a planned day («من المقرر أن … الأحد») for a day told", () => {
    const claims = run(
      "ومن المقرر أن يجتمع المجلس الأحد لمناقشة الموازنة. وقال النائب سالم داود إن الأرقام غير دقيقة.",
      "2025-11-25",
    );
    expect(claims.map((c) => c.date)).toEqual([null]);
  });
  it("gives a scene sentence closing a statement's paragraph to that paragraph only", () => {
    const claims = run(
      "واستقبل الرئيس مساء الأحد وفدا نقابيا. وقال رئيس الوفد عادل منصور إن المطالب واضحة.\nأما النائب وليد سعد فاعتبر أن الحكومة تماطل. جاء ذلك في حديث إذاعي صباح اليوم.",
      "2025-11-25",
    );
    expect(claims.map((c) => [c.speaker.name, c.date])).toEqual([
      ["عادل منصور", "2025-11-23"],
      ["وليد سعد", "2025-11-25"],
    ]);
  });
});

describe("content and sources met in the ninth held-out batch (1.40)", () => {
  it("goes on past «، لكنها» when the pronoun cannot be the speaker's", () => {
    expect(one("وقال المدير إن الشركة حققت أرباحا، لكنها تواجه ديونا كبيرة.")?.content.text).toBe(
      "الشركة حققت أرباحا، لكنها تواجه ديونا كبيرة",
    );
    // the speaker's own «لكنه» still ends the statement
    expect(one("وقال المدير إن الشركة حققت أرباحا، لكنه لم يذكر قيمتها.")?.content.text).toBe(
      "الشركة حققت أرباحا",
    );
  });
  it("reads the source of «حسب ما أفاد به» past its day and town, with the apposition that names it", () => {
    const c = one(
      "وهران - تم توزيع ألفي طرد غذائي على العائلات المعوزة، حسب ما أفاد به يوم الأحد بوهران مدير النشاط الاجتماعي، السيد كمال بن عودة.",
    );
    expect(c && [c.speaker.name, c.cue.text]).toEqual(["كمال بن عودة", "حسب"]);
  });
  it("goes on past a comma with a nominal object's «مع», «ضمن», «بما في ذلك» …", () => {
    expect(one("وحذرت الأرصاد من عاصفة رملية، مع رياح قد تبلغ 70 كيلومترا في الساعة.")?.content.text).toBe(
      "عاصفة رملية، مع رياح قد تبلغ 70 كيلومترا في الساعة",
    );
    expect(one("وأعلنت الشركة عن خطة توسع، ضمن استراتيجيتها للعام المقبل.")?.content.text).toBe(
      "خطة توسع، ضمن استراتيجيتها للعام المقبل",
    );
    // «معربا» after the comma is the next statement, not «مع»
    expect(run("وحذر الخبير من أزمة، معربا عن قلقه.").map((c) => c.content.text)).toEqual(["أزمة", "قلقه"]);
  });
  it("reads «حسب ما علم لدى X» as X's statement", () => {
    expect(one("وحسب ما علم لدى مديرية التجارة، فإن الأسعار استقرت.")?.speaker.name).toBe("مديرية التجارة");
  });
  it("keeps nisba adjectives after «مصادر» in the unnamed source's description", () => {
    expect(one("وأكدت مصادر نيابية مطلعة أن الجلسة تأجلت.")?.speaker.name).toBe("مصادر نيابية مطلعة");
  });
});

describe("recurring Arabic misses of the earlier batches (1.40)", () => {
  it("names «صياد من ولاية X، يدعى Y،» by the name the apposition gives", () => {
    expect(one("وقال مزارع من محافظة إربد، يدعى خالد الزعبي، إن الموسم خاسر.")?.speaker.name).toBe(
      "خالد الزعبي",
    );
  });
  it("goes on past a comma with a second verbal noun joined by «و»", () => {
    expect(one("وأعلنت البلدية إغلاق السوق القديم، وتعويض التجار المتضررين.")?.content.text).toBe(
      "إغلاق السوق القديم، وتعويض التجار المتضررين",
    );
  });
  it("reads the word after a definite institution as the object, not its own name", () => {
    const c = one("وأعلنت الوزارة إطلاق منصة رقمية للشكاوى.");
    expect(c && [c.speaker.name, c.content.text]).toEqual(["الوزارة", "إطلاق منصة رقمية للشكاوى"]);
    // «آنذاك» (at the time) is an adjunct, not a name or the content
    expect(one("وقالت النقابة آنذاك إن الإضراب مستمر.")?.content.text).toBe("الإضراب مستمر");
  });
  it("reads «سجلات X» as a document that speaks", () => {
    expect(one("وتشير سجلات المستشفى إلى أن الإصابات تضاعفت.")?.speaker.name).toBe("سجلات المستشفى");
  });
  it("ends a name before the ب-verbal noun of «طالب»", () => {
    const c = one("وطالب النائب ماجد سعيد الحربي بإلغاء الرسوم الجديدة.");
    expect(c && [c.speaker.name, c.content.text]).toEqual(["ماجد سعيد الحربي", "بإلغاء الرسوم الجديدة"]);
  });
});

describe("Arabic pronoun sources (1.40)", () => {
  it("gives «وبحسبه، …» and «ووفقا لها، …» to the speaker the pronoun stands for", () => {
    const [, c] = run("وقال المدير فهد الشمري إن المبيعات زادت. وبحسبه، فإن الطلب يتركز في الرياض.");
    expect(c && [c.speaker.name, c.content.text]).toEqual(["فهد الشمري", "الطلب يتركز في الرياض"]);
    const [, d] = run("وأكدت الطبيبة ليلى حداد أن الحالات قليلة. ووفقا لها، فإن العلاج متوفر.");
    expect(d?.speaker.name).toBe("ليلى حداد");
  });
  it("gives «ونقلت عنه الوكالة قوله» to the speaker the pronoun stands for, not the agency", () => {
    const [, c] = run("وقال المحافظ سامر عيد إن الطرق مغلقة. ونقلت عنه قناة محلية قوله إن الإخلاء مستمر.");
    expect(c && [c.speaker.name, c.cue.text, c.content.text]).toEqual(["سامر عيد", "قوله", "الإخلاء مستمر"]);
    const [, d] = run("وقالت الوزيرة رنا خوري إن المدارس جاهزة. ونقلت الصحيفة عنها قولها إن الكتب وصلت.");
    expect(d && [d.speaker.name, d.cue.text]).toEqual(["رنا خوري", "قولها"]);
  });
  it("ends a name before «نظيره» (met his counterpart)", () => {
    const [c] = run("التقى وزير الخارجية سالم العتيبي نظيره المصري. وقال العتيبي إن اللقاء مثمر.");
    expect(c?.speaker.name).toBe("سالم العتيبي");
  });
});
