// Arabic news conventions met in held-out batches 4–8 and from the misses of 1.31: made-up sentences, one rule each.
import { describe, expect, it } from "vitest";
import { brief, one, run } from "./arabic.ts";

describe("Arabic news conventions met in the fourth held-out batch (1.30)", () => {
  it("gives «كتب فيها», a participle after «كما» and after a dateline the subject of the opening verb", () => {
    const claims = run(
      'ورحب الأمين العام للاتحاد الإفريقي بالاتفاق في تغريدة على منصة إكس، كتب فيها أن "الحوار هو الحل".',
    );
    expect(claims.map((c) => [c.speaker.name, c.content.text])).toEqual([
      ["الأمين العام للاتحاد الإفريقي", '"الحوار هو الحل"'],
    ]);
    expect(
      one("كما أشادت المفوضية الأوروبية بالدور القطري، مؤكدة استعدادها لتقديم دعم مالي.")?.speaker.name,
    ).toBe("المفوضية الأوروبية");
    expect(one("الدوحة - قنا: رحبت دولة قطر بتوقيع الاتفاق، معربة عن أملها في نجاحه.")?.speaker.name).toBe(
      "دولة قطر",
    );
  });
  it("reads no statement in «يذكر أن» or «تنقّل»", () => {
    expect(run("يذكر أن النزاع اندلع قبل أربع سنوات.")).toEqual([]);
    expect(run("وكان الاتفاق قد وقع بعد أشهر تنقل خلالها الوسطاء بين العاصمتين.")).toEqual([]);
  });
  it("reads «وصف X الاتفاق بأنه …» with the description as content and the named apposition as speaker", () => {
    const c = one('وصف رئيس وفد الحكومة إلى المفاوضات، وزير العدل ألبير نيونزيما، الاتفاق بأنه "تاريخي".');
    expect(c && [c.speaker.name, c.content.text]).toEqual(["ألبير نيونزيما", 'الاتفاق بأنه "تاريخي"']);
  });
  it("tells a given name in ل from a ل-genitive", () => {
    expect(
      one("وقالت الباحثة الرئيسية في الدراسة، الدكتورة لينا الحاج، إن الفريق شمل ثلاثة آلاف طالب.")?.speaker
        .name,
    ).toBe("لينا الحاج");
    expect(one("وقال المجلس الوطني لحقوق الإنسان إن الوضع مقلق.")?.speaker.name).toBe(
      "المجلس الوطني لحقوق الإنسان",
    );
  });
  it("reads «ووفقا للشركة» as the company, past a relative clause on the source", () => {
    const [, c] = run(
      'أعلنت شركة "واحة باي" الإماراتية عن إطلاق محفظة رقمية.\nووفقا للشركة، فإن المحفظة مرخصة.',
    );
    expect(c?.speaker.name).toContain("واحة باي");
    expect(
      one("ووفقا للدراسة، التي نشرت الشهر الماضي، فإن الاستخدام المفرط يرتبط بالقلق.")?.content.text,
    ).toBe("الاستخدام المفرط يرتبط بالقلق");
  });
  it("takes the relayed source of «وفق ما نقلته وكالة X عن Y» and «بحسب ما أفاد به Y»", () => {
    const c = one('وتعتزم الشركة طرح أسهمها خلال عامين، وفق ما نقلته وكالة "بلومبرغ" عن مصادر مطلعة.');
    expect(c && [c.speaker.name, c.content.text]).toEqual([
      "مصادر مطلعة",
      "تعتزم الشركة طرح أسهمها خلال عامين",
    ]);
    expect(
      one("ومن المتوقع أن تطلق الشركة خدمات جديدة، بحسب ما أفاد به مسؤول في الشركة.")?.speaker.name,
    ).toBe("مسؤول في الشركة");
  });
  it("reads «أظهرت دراسة أجراها باحثون … أن»", () => {
    const c = one("أظهرت دراسة حديثة أجراها باحثون في الجامعة أن ثلث المراهقين يعانون من القلق.");
    expect(c && [c.speaker.name, c.content.text]).toEqual(["دراسة حديثة", "ثلث المراهقين يعانون من القلق"]);
  });
  it("reads subjects after «غير أن», before «، ف» past an aside, and with a relative clause before the verb", () => {
    const [, c] = run(
      "اعتبر الخبير طارق الحمادي أن المنافسة ستشتد.\nغير أن الحمادي نبه إلى أن الثقة لا تبنى بسرعة.",
    );
    expect(c && [c.speaker.name, c.content.text]).toEqual(["طارق الحمادي", "الثقة لا تبنى بسرعة"]);
    expect(
      one("أما مدير أحد المحلات، الذي طلب عدم ذكر اسمه، فقال إن محله فقد زبائنه.")?.speaker.mention?.text,
    ).toBe("مدير أحد المحلات");
    expect(one("لكن جمعيات أهلية تعمل في مجال الصحة النفسية اعتبرت أن الخطوة متأخرة.")?.speaker.name).toBe(
      "جمعيات أهلية تعمل في مجال الصحة النفسية",
    );
  });
  it("skips a definite apposition and a writer's «، ما يجعل»", () => {
    expect(
      one("نفى المتحدث باسم الشركة، المشغل الرئيسي للميناء، أن تكون الشركة أوقفت الرواتب.")?.content.text,
    ).toBe("تكون الشركة أوقفت الرواتب");
    expect(
      one("وتشير تقديرات البنك الدولي إلى أن التحويلات بلغت 39 مليار دولار، ما يجعلها من الأكبر.")?.content
        .text,
    ).toBe("التحويلات بلغت 39 مليار دولار");
  });
});

describe("Arabic news conventions met in the fifth held-out batch (1.31)", () => {
  it("keeps a quoted «وهو ما …» as the speaker's", () => {
    expect(one('وأضاف الطرابلسي أن الأسعار تراجعت، وهو ما "سيضغط على مداخيل الفلاحين".')?.content.text).toBe(
      'الأسعار تراجعت، وهو ما "سيضغط على مداخيل الفلاحين"',
    );
  });
  it("reads a town before the apposition and «يدعى X» as the name", () => {
    expect(one("أوضح المدير الجهوي للفلاحة بالقيروان، سامي البجاوي، أن الإنتاج سيتضاعف.")?.speaker.name).toBe(
      "سامي البجاوي",
    );
    expect(one("وقال فلاح من منطقة الجم، يدعى عبد الستار، إن الأجرة ارتفعت.")?.speaker.name).toBe(
      "عبد الستار",
    );
    expect(
      one("وقال مدير فرع المؤسسة في حلب، المهندس باسل عيسى، في تصريح صحفي، إن المخابز جاهزة.")?.speaker.name,
    ).toBe("باسل عيسى");
  });
  it("gives a document's words to the body it belongs to, and drops the occasion from a source", () => {
    const [, c] = run(
      "أعلنت وزارة السياحة والآثار أن الزوار ازدادوا.\nوبحسب أرقام الوزارة، فإن الدخل ارتفع.",
    );
    expect(c?.speaker.name).toBe("وزارة السياحة والآثار");
    expect(
      one("وكان المجلس قد قرر تمديد العمل بالتذكرة، وفق ما أعلن وزير الدولة لشؤون الإعلام في مؤتمر صحفي.")
        ?.speaker.name,
    ).toBe("وزير الدولة لشؤون الإعلام");
  });
  it("names an unnamed source by its whole description", () => {
    expect(one("وأوضح طبيب في المستشفى الوحيد العامل في المدينة أن المخزون ينفد.")?.speaker.name).toBe(
      "طبيب في المستشفى الوحيد العامل في المدينة",
    );
  });
  it("reads اشتكى and «أرجع X ذلك إلى» (not «يرجع ذلك إلى»)", () => {
    const c = one("لكن أصحاب مكاتب سياحية في مدينة مادبا اشتكوا من تراجع أعداد المجموعات الأوروبية.");
    expect(c && [c.speaker.name, c.content.text]).toEqual([
      "أصحاب مكاتب سياحية في مدينة مادبا",
      "تراجع أعداد المجموعات الأوروبية",
    ]);
    const d = one('وأرجع الخبير السياحي عوني الربضي ذلك إلى "ارتفاع أسعار التذاكر".');
    expect(d && [d.speaker.name, d.content.text]).toEqual(["عوني الربضي", 'ذلك إلى "ارتفاع أسعار التذاكر"']);
    expect(run("ويرجع ذلك إلى ارتفاع الأسعار.")).toEqual([]);
  });
  it("reads an abbreviation in brackets after an institution and «في خطوة قال إنها»", () => {
    expect(one("أكدت منظمة الأغذية والزراعة (فاو) في تقرير أن إنتاج القمح تراجع.")?.content.text).toBe(
      "إنتاج القمح تراجع",
    );
    const claims = run(
      'وكان الديوان الوطني للزيت قد أعلن عن فتح باب التصدير، في خطوة قال إنها تهدف إلى "تخفيف الضغط".',
    );
    expect(claims.map((c) => [c.speaker.name, c.content.text])).toEqual([
      ["الديوان الوطني للزيت", "فتح باب التصدير"],
      ["الديوان الوطني للزيت", 'تهدف إلى "تخفيف الضغط"'],
    ]);
  });
});

describe("Arabic news conventions from the misses of 1.31 (1.32)", () => {
  it("reads a ب-institution inside a title and names the person after it", () => {
    const c = one("وقال رئيس لجنة الطاقة بالبرلمان سعيد المحمدي إن المحطة ستعمل قريبا.");
    expect(c && [c.speaker.name, c.content.text]).toEqual(["سعيد المحمدي", "المحطة ستعمل قريبا"]);
    expect(one("وأكدت مديرة الصحة بالمحافظة الدكتورة هدى ناصر أن اللقاحات متوفرة.")?.speaker.name).toBe(
      "هدى ناصر",
    );
  });
  it("keeps a given name that begins with the article whole", () => {
    expect(one("وقال رئيس الاتحاد الجهوي، الطيب الزواري، إن الإضراب قائم.")?.speaker.name).toBe(
      "الطيب الزواري",
    );
    expect(one("وأكد السيد المنصف بن سالم أن الموسم واعد.")?.speaker.name).toBe("المنصف بن سالم");
    expect(one("وأوضح الكاتب العام للنقابة المختار العلوي أن المفاوضات متوقفة.")?.speaker.name).toBe(
      "المختار العلوي",
    );
  });
  it("names a quantified subject by its description", () => {
    expect(one("وأكد عدد من النواب المستقلين أن التعديل مخالف للدستور.")?.speaker.name).toBe(
      "عدد من النواب المستقلين",
    );
    expect(one("وقالت مجموعة من الأطباء إن المستشفى يفتقر إلى الأدوية.")?.speaker.name).toBe(
      "مجموعة من الأطباء",
    );
  });
  it("reads more circumstantial participles, with a participle right after its verb", () => {
    const claims = run(
      "وقالت النائبة إن الميزانية غير كافية، مقترحة زيادة مخصصات التعليم، ومحملة الحكومة مسؤولية العجز.",
    );
    expect(claims.map((c) => [c.cue.text, c.content.text])).toEqual([
      ["قالت", "الميزانية غير كافية"],
      ["مقترحة", "زيادة مخصصات التعليم"],
      ["محملة", "الحكومة مسؤولية العجز"],
    ]);
    const [, c] = run("وقال المحافظ إن الطرق مفتوحة. وأضاف مستدركا: «لكن الحذر واجب».");
    expect(c && [c.speaker.name, c.content.text]).toEqual(["المحافظ", "«لكن الحذر واجب»"]);
  });
  it("reads a relative verb between an indefinite source and أن", () => {
    const c = one("وأظهرت أرقام رسمية نشرت أمس الأربعاء أن صادرات الفوسفات تراجعت بنسبة عشرة في المئة.");
    expect(c && [c.speaker.name, c.content.text]).toEqual([
      "أرقام رسمية",
      "صادرات الفوسفات تراجعت بنسبة عشرة في المئة",
    ]);
  });
  it("reads ردّ before a clause or a quote, not «ورد في» (it is stated in)", () => {
    const claims = run(
      "وردّ وزير المالية رامي العطار بأن الخطة ممولة بالكامل.\nوقال النائب سامي حداد إن الأرقام غير دقيقة. فردّ الوزير قائلا: «الأرقام منشورة».",
    );
    expect(claims.map((c) => [c.speaker.name, c.cue.text, c.content.text])).toEqual([
      ["رامي العطار", "ردّ", "الخطة ممولة بالكامل"],
      ["سامي حداد", "قال", "الأرقام غير دقيقة"],
      ["رامي العطار", "قائلا", "«الأرقام منشورة»"],
    ]);
    // (what the report states is the report's claim since session 9, with «ورد في» as its cue, no reply)
    expect(
      run("وورد في التقرير السنوي أن العجز تقلص إلى النصف.").map((c) => [c.cue.text, c.content.text]),
    ).toEqual([["ورد في", "العجز تقلص إلى النصف"]]);
  });
});

describe("Arabic news conventions met in the seventh held-out batch (1.33)", () => {
  it("reads a verb after an agency dateline ending in a slash, and «معاليه» as the minister", () => {
    const claims = run(
      "دبي في 5 مايو/ وام/ أعلن معالي الدكتور راشد النعيمي، وزير الطاقة، أن إنتاج الكهرباء ارتفع.\nوأكد معاليه أن الشبكة جاهزة للصيف.",
    );
    expect(claims.map((c) => [c.speaker.name, c.content.text])).toEqual([
      ["راشد النعيمي", "إنتاج الكهرباء ارتفع"],
      ["راشد النعيمي", "الشبكة جاهزة للصيف"],
    ]);
  });
  it("reads «أحد X، ويدعى Y» and «أحدهم، ويدعى Y» as Y, and «ومقرها …» as no name", () => {
    expect(one("وقال أحد سائقي الأجرة، ويدعى سمير، إن الوقود شحيح.")?.speaker.name).toBe("سمير");
    const [, c] = run("واشتكى التجار من الركود. وقال أحدهم، ويدعى كريم حداد، إن المبيعات تراجعت.");
    expect(c?.speaker.name).toBe("كريم حداد");
    expect(one('وذكرت منظمة "نور" للحقوق، ومقرها لندن، أنها وثقت عشرين حالة.')?.speaker.name).toBe(
      'منظمة "نور" للحقوق',
    );
  });
  it("names a quantified construct with its place, and a body with what it belongs to", () => {
    expect(one("وأكد عدد من أصحاب المحلات في السوق القديمة أن المبيعات تراجعت.")?.speaker.name).toBe(
      "عدد من أصحاب المحلات في السوق القديمة",
    );
    const c = one(
      "وحمّلت القيادة العسكرية التابعة للحكومة المعترف بها دوليا الطرف الآخر المسؤولية، محملة إياه تبعات التصعيد.",
    );
    expect(c?.speaker.name).toBe("القيادة العسكرية التابعة للحكومة المعترف بها دوليا");
  });
  it("prefers the apposition with a one-word title over an institution's own name", () => {
    expect(one("وأفاد مدير مستشفى الأمل، الطبيب رامي خليل، بأن الأسرّة ممتلئة.")?.speaker.name).toBe(
      "رامي خليل",
    );
  });
  it("reads مرجعا and ملوحا like the other participles", () => {
    const claims = run(
      'وقال المدير إن الأرباح تراجعت، مرجعا ذلك إلى "ارتفاع الكلفة"، وملوحا بخفض عدد الموظفين.',
    );
    expect(claims.map((c) => [c.cue.text, c.content.text])).toEqual([
      ["قال", "الأرباح تراجعت"],
      ["مرجعا", 'ذلك إلى "ارتفاع الكلفة"'],
      ["ملوحا", "بخفض عدد الموظفين"],
    ]);
  });
  it("ends the content before «، غير أن X قالوا» and keeps a quoted «، فيما …» as the speaker's", () => {
    const claims = run(
      "وكانت الشركة قد أعلنت الشهر الماضي أنها أوقفت الإنتاج، غير أن العمال قالوا إن المصنع يعمل.",
    );
    expect(claims.map((c) => c.content.text)).toEqual(["أوقفت الإنتاج", "المصنع يعمل"]);
    expect(one('وأوضح الوزير أن الصادرات استقرت، فيما سجلت السياحة "نموا قياسيا".')?.content.text).toBe(
      'الصادرات استقرت، فيما سجلت السياحة "نموا قياسيا"',
    );
    // (a plain contrast stays too: every fitted set that has one keeps it with the statement)
    expect(one("وقال الوزير إن الصادرات استقرت، فيما تراجعت الواردات.")?.content.text).toBe(
      "الصادرات استقرت، فيما تراجعت الواردات",
    );
  });
  it("keeps a pluperfect's time word to itself and dates a call by the statement that continues it", () => {
    const claims = run(
      "الخرطوم - قتل خمسة أشخاص مساء الأحد في قصف على السوق.\nوكانت الوزارة قد أعلنت الأسبوع الماضي أنها أرسلت المساعدات، لكن السكان قالوا إن شيئا لم يصل.\nودعا المنسق الأممي فرانك ليبر الطرفين إلى وقف القتال، وقال في بيان الثلاثاء إن المدنيين يدفعون الثمن.",
      "2026-07-14",
    );
    expect(claims.map((c) => [c.cue.text, c.date])).toEqual([
      // (a week, no day of it: session 16)
      ["أعلنت", null],
      ["قالوا", "2026-07-12"],
      ["دعا", "2026-07-14"],
      ["قال", "2026-07-14"],
    ]);
  });
  it("ends a name at the verb's own particle, a definite ب-phrase or an addressee with «لل»", () => {
    const c = one("وأعرب المفوض السامي لحقوق الإنسان فولكر تورك عن قلقه من تدهور الأوضاع.");
    expect(c && [c.speaker.name, c.content.text]).toEqual(["فولكر تورك", "قلقه من تدهور الأوضاع"]);
    expect(one("وأشاد رئيس الوزراء سامي الخطيب بالاتفاق، مؤكدا أنه يفتح صفحة جديدة.")?.speaker.name).toBe(
      "سامي الخطيب",
    );
    expect(one("وقالت النائبة عن حزب الوسط سلمى عيسى للصحفيين إن الجلسة تأجلت.")?.speaker.name).toBe(
      "سلمى عيسى",
    );
    expect(one("وتوقع صندوق النقد العربي في تقريره أن يتباطأ النمو.")?.speaker.name).toBe(
      "صندوق النقد العربي",
    );
  });
  it("reads the genitive after «باسم» whole and a body's own name before the person's", () => {
    const c = one("وقالت المتحدثة باسم مفوضية اللاجئين، سارة نور، إن آلاف الأسر نزحت.");
    expect(c && [c.speaker.name, c.content.text]).toEqual(["سارة نور", "آلاف الأسر نزحت"]);
    expect(one("وقال المتحدث باسم حركة فتح منير الجاغوب إن الحوار مستمر.")?.speaker.name).toBe(
      "منير الجاغوب",
    );
  });
  it("gives a participle after «وكان المصرف … قد» the bank", () => {
    const claims = run(
      "وقال المحلل سامي عيد إن السوق مستقرة.\nوكان البنك المركزي قد خفض الفائدة الأسبوع الماضي، مرجحا أن يتراجع التضخم.",
    );
    expect(claims[1]?.speaker.name).toBe("البنك المركزي");
  });
});

describe("Arabic news conventions met in the eighth held-out batch (1.39)", () => {
  it("reads «وفق/بحسب ما ذكرت» with a named subject as a source, past «في تقرير أصدرته أمس»", () => {
    const [c] = run(
      "ووفق ما ذكرت هيئة الإحصاء الوطنية في دراسة نشرتها أمس، فإن عدد المصانع الجديدة تضاعف.",
      "2026-03-04",
    );
    expect(c && brief(c)).toEqual({
      speaker: "هيئة الإحصاء الوطنية",
      cue: "ووفق",
      content: "عدد المصانع الجديدة تضاعف",
      kind: "indirect",
    });
    expect(c?.date).toBe("2026-03-03");
    // «بحسب ما قال،» with no subject is still the speaker's own words, not a source
    expect(run("وقال الوزير إن الأسعار ارتفعت، بحسب ما قال.").map((x) => x.cue.text)).toEqual(["قال"]);
  });
  it("names the body that issued a statement («بيان صادر عن …») and keeps «العام» as its adjective", () => {
    const [c] = run("وبحسب بيان صادر عن مديرية الدفاع المدني العام، فإن الحريق أخمد بالكامل.");
    expect(c?.speaker.name).toBe("مديرية الدفاع المدني العام");
    const [d] = run("وبحسب ما أعلنت اللجنة العام الماضي، فإن الحريق أخمد بالكامل.");
    expect(d?.speaker.name).toBe("اللجنة");
  });
  it("keeps «قضائي/طبي» inside an unnamed source and a bare day's name inside a person's name", () => {
    expect(run('وقال مصدر طبي لـ"الشروق" إن الجرحى نقلوا إلى المستشفى.')[0]?.speaker.name).toBe("مصدر طبي");
    const [c] = run("وقال الصياد ناصر بن جمعة الهاشمي، الذي يعمل في البحر منذ عشرين عاما، إن الموسم جيد.");
    expect(c && brief(c)).toEqual({
      speaker: "ناصر بن جمعة الهاشمي",
      cue: "قال",
      content: "الموسم جيد",
      kind: "indirect",
    });
  });
});

describe("Arabic names and cues met in the eighth held-out batch (1.39)", () => {
  it("reads an apposition name that begins with «علي» (not the preposition «على»)", () => {
    const [c] = run('وقال مؤسس المنصة، علي كريم الساعدي، لـ"المدى" إن عدد المستخدمين تضاعف.');
    expect(c?.speaker.name).toBe("علي كريم الساعدي");
    expect(c?.content.text).toBe("عدد المستخدمين تضاعف");
  });
  it("keeps a participle's ب-phrase in the title before the name («المختص بالقضايا المالية»)", () => {
    const [c] = run("وقال الطبيب المتخصص بالأمراض الصدرية كمال يوسف إن الإصابات تراجعت.");
    expect(c && brief(c)).toEqual({
      speaker: "كمال يوسف",
      cue: "قال",
      content: "الإصابات تراجعت",
      kind: "indirect",
    });
  });
  it("does not read «قد يهدد نموها» inside the content as a new statement", () => {
    const claims = run("وحذر الباحث من أن التلوث قد يهدد حياة الأسماك خلال الصيف.");
    expect(claims.map(brief)).toEqual([
      {
        speaker: "الباحث",
        cue: "حذر",
        content: "التلوث قد يهدد حياة الأسماك خلال الصيف",
        kind: "indirect",
      },
    ]);
    expect(run("وهدد النائب سامي حداد بالانسحاب من الكتلة.")[0]?.cue.text).toBe("هدد");
  });
});

describe("Arabic bodies met in the eighth held-out batch (1.39)", () => {
  it("keeps a coordinated construct closed by the complementizer in a body's name («وموارد المياه»)", () => {
    const [c] = run("أعلنت وزارة البيئة والتغير المناخي وشؤون البحار أن موسم الصيد سيبدأ مبكرا.");
    expect(c?.speaker.name).toBe("وزارة البيئة والتغير المناخي وشؤون البحار");
    expect(c?.content.text).toBe("موسم الصيد سيبدأ مبكرا");
  });
  it("gives «وأضاف البيان» to the body whose statement was just reported", () => {
    const claims = run(
      "وقالت هيئة الطيران المدني في بيان إن الرحلات ستستأنف غدا. وأضاف البيان أن المسافرين سيبلغون بالمواعيد.",
    );
    expect(claims.map((c) => c.speaker.name)).toEqual(["هيئة الطيران المدني", "هيئة الطيران المدني"]);
  });
});
