// Session 11 (left-ar): made-up probes of constructions the Arabic rules left open.
import { describe, expect, it } from "vitest";
import { run } from "./arabic.ts";

describe("a name ending like a cue verb («فيري» ~ «يرى») inside the subject of an earlier verb", () => {
  it("stays part of the name: the earlier verb is the cue", () => {
    const [a, b] = run(
      "وقال وزير المالية الإيطالي لوكا فيري إن الميزانية ستقر قبل نهاية العام. وأكدت المتحدثة باسم الحزب كلارا فيتالي أن الانتخابات في موعدها.",
    );
    expect([a?.speaker.name, a?.cue.text, b?.speaker.name, b?.cue.text]).toEqual([
      "لوكا فيري",
      "قال",
      "كلارا فيتالي",
      "أكدت",
    ]);
  });

  it("still reads «فيرى» after a topic with «أما» as the verb", () => {
    const [a] = run("أما وزير الاقتصاد فيرى أن التضخم سيتراجع في الربع المقبل.");
    expect([a?.speaker.name, a?.content.text]).toEqual(["وزير الاقتصاد", "التضخم سيتراجع في الربع المقبل"]);
  });
});

describe("«ردّ الوزير فقال إن …»: و/ف and a reporting verb after a subject", () => {
  it("is the subject's next verb, not a word of its name", () => {
    const claims = run(
      "ورد وزير النقل فقال إن القطارات ستعود للعمل غدا. وعاد المدرب وأكد أن الفريق سيقاتل حتى النهاية.",
    );
    expect(claims.map((c) => c.speaker.name)).toEqual(["وزير النقل", "المدرب"]);
  });
});

describe("a title word alone after an honorific («المطران سعادة», «الشيخ أمين»)", () => {
  it("is the name", () => {
    const claims = run(
      "وقال المطران سعادة إن أبواب الكنيسة مفتوحة للنازحين. وأوضح الشيخ أمين أن لجنة الصلح اجتمعت مرتين.",
    );
    expect(claims.map((c) => c.speaker.name)).toEqual(["سعادة", "أمين"]);
  });
});

describe("«امام» without its hamza seat before a mosque", () => {
  it("is the title after a reporting verb or opening the sentence", () => {
    const claims = run(
      "وقال امام مسجد الرحمة الشيخ عادل منصور إن حملة التبرعات جمعت الكثير. امام وخطيب الجامع الكبير يؤكد أن صلاة العيد في الساحة.",
    );
    expect(claims.map((c) => c.speaker.name)).toEqual(["عادل منصور", "إمام وخطيب الجامع الكبير"]);
  });

  it("stays the preposition after other words («تجمعوا امام المسجد»)", () => {
    const [a] = run("وقالت الشرطة إن المحتجين تجمعوا امام المسجد الكبير بعد الصلاة.");
    expect([a?.speaker.name, a?.content.text]).toEqual([
      "الشرطة",
      "المحتجين تجمعوا امام المسجد الكبير بعد الصلاة",
    ]);
  });
});

describe("«وقال أحدهم» after a group quoted in an earlier sentence", () => {
  it("is one of that group", () => {
    const claims = run(
      "وقال شهود عيان إن الحريق اندلع قبل الفجر. وقال أحدهم إن فرق الإطفاء تأخرت ساعة. وأكد مزارعون في القرية أن المحصول تلف. وأضاف أحدهم أن التعويض لم يصل.",
    );
    expect(claims.map((c) => c.speaker.name)).toEqual([
      "شهود عيان",
      "أحد شهود عيان",
      "مزارعون في القرية",
      "أحد مزارعين",
    ]);
  });

  it("stays unnamed after a single speaker", () => {
    const claims = run("وقال الوزير إن المحادثات متعثرة. وقال أحدهم إن الخلاف على الحدود.");
    expect(claims[1]?.speaker.name).toBe("أحدهم");
  });
});

describe("a dual subject («الوزيران», «الجانبان») after two people were named", () => {
  it("names both, after a meeting or after each spoke, and leaves each one's own name alone", () => {
    const a = run(
      "استقبل وزير الداخلية التونسي كمال الفقي نظيره الليبي عماد الطرابلسي في تونس. وأكد الوزيران أن أمن الحدود مسؤولية مشتركة. وقال الفقي إن اللجان ستجتمع شهريا.",
    );
    const b = run(
      "وقالت رئيسة الوزراء الإيطالية جورجيا ميلوني إن الهجرة تحد أوروبي. وقال نظيرها اليوناني كيرياكوس ميتسوتاكيس إن بلاده تدعم الخطة. وأكد الجانبان أن التعاون ضروري.",
    );
    expect(a.map((c) => c.speaker.name)).toEqual(["كمال الفقي وعماد الطرابلسي", "كمال الفقي"]);
    expect(b.map((c) => c.speaker.name)).toEqual([
      "جورجيا ميلوني",
      "كيرياكوس ميتسوتاكيس",
      "جورجيا ميلوني وكيرياكوس ميتسوتاكيس",
    ]);
  });

  it("stays unnamed when only one person was named", () => {
    const [, b] = run("وقال وزير النقل إن الطرق مفتوحة. وأكد الطرفان أن الاتفاق صامد.");
    expect(b?.speaker.name).toBe("الطرفان");
  });
});

describe("Gulf and royal titles: «ولي العهد», «خادم الحرمين الشريفين», «العاهل», a regnal number", () => {
  it("are titles before the name, and the name ends at the regnal number", () => {
    const claims = run(
      "وقال ولي العهد الكويتي الشيخ صباح الخالد إن الحكومة الجديدة ستعلن قريبا. وأكد خادم الحرمين الشريفين الملك سلمان بن عبد العزيز أن المملكة تدعم الحوار. وقال العاهل الأردني الملك عبد الله الثاني إن القدس خط أحمر. وقال ولي أمر طالبة إن المدرسة أغلقت.",
    );
    expect(claims.map((c) => c.speaker.name)).toEqual([
      "صباح الخالد",
      "سلمان بن عبد العزيز",
      "عبد الله الثاني",
      "ولي أمر طالبة",
    ]);
  });

  it("a regnal number closes the name before a meeting's object", () => {
    const claims = run(
      "وبحث الرئيس الفرنسي إيمانويل ماكرون مع الملك محمد السادس الأوضاع في المنطقة. وأكد الجانبان أن الشراكة استراتيجية.",
    );
    expect(claims.map((c) => c.speaker.name)).toEqual(["إيمانويل ماكرون ومحمد السادس"]);
  });
});

describe("a ب-object right after a title («وطالب الوزير بمحاسبة المسؤولين»)", () => {
  it("is the verb's object, not the title holder's name; a name in ب still is one", () => {
    const claims = run(
      "وطالب المحامي بمحاسبة المقصرين في الحادث. ورحب الوزير بإطلاق المبادرة. ورحب النائب بدر العلي بالاتفاق.",
    );
    expect(claims.map((c) => [c.speaker.name, c.content.text])).toEqual([
      ["المحامي", "بمحاسبة المقصرين في الحادث"],
      ["الوزير", "بإطلاق المبادرة"],
      ["بدر العلي", "بالاتفاق"],
    ]);
  });
});

describe("«تعهد» (pledged) and a headline's present tense", () => {
  it("reads a pledge with its ب-phrase or clause, in the body and in a headline", () => {
    const claims = run(
      "محافظ البنك المركزي يتعهد بكبح التضخم\nوتعهدت وزيرة التخطيط بأن الخطة ستنشر قبل نهاية الشهر.",
    );
    expect(claims.map((c) => [c.speaker.name, c.cue.text, c.content.text])).toEqual([
      ["محافظ البنك المركزي", "يتعهد", "بكبح التضخم"],
      ["وزيرة التخطيط", "تعهدت", "الخطة ستنشر قبل نهاية الشهر"],
    ]);
  });

  it("takes no pledge from the noun «تعهد» without its ب-phrase or clause", () => {
    expect(run("وفي إطار تعهد الحكومة، قررت الوزارة خفض الأسعار.")).toEqual([]);
  });

  it("does not read a headline's present-tense verb after a title as the title holder's name", () => {
    const claims = run(
      "وزير الصحة يزور مستشفى البشير\nعمان - قال وزير الصحة اليوم إن المستشفى سيتوسع. وأضاف الوزير أن العمل بدأ.",
    );
    expect(claims.map((c) => c.speaker.name)).toEqual(["وزير الصحة", "وزير الصحة"]);
  });
});

describe("an envoy's state and «لدى …» before the name («سفير مصر لدى الأردن X»)", () => {
  it("belong to the title; the person alone is named", () => {
    const claims = run(
      "وقال سفير السودان لدى مصر عماد الدين عدوي إن الجالية تتلقى الرعاية. وقال مندوب ليبيا لدى الجامعة العربية طاهر السني إن الاجتماع طارئ. وأضاف سفير السودان لدى مصر أن القنصلية ستفتح أبوابها السبت.",
    );
    expect(claims.map((c) => c.speaker.name)).toEqual(["عماد الدين عدوي", "طاهر السني", "عماد الدين عدوي"]);
  });

  it("takes a bare state before a name of two words or more", () => {
    const [a] = run("وأكد سفير قطر سالم مبارك آل شافي أن المساعدات ستصل تباعا.");
    expect(a?.speaker.name).toBe("سالم مبارك آل شافي");
  });

  it("keeps an unnamed envoy's state in the title, and «لدى وصوله» (on arriving) out of it", () => {
    const claims = run(
      "وقال سفير تونس لدى وصوله إلى المطار إن الرحلات ستستأنف. وأوضح سفير كندا أن السفارة مغلقة. وذكر سفير اليابان لدى ليبيا أن الدعم متواصل.",
    );
    expect(claims.map((c) => c.speaker.mention?.text)).toEqual([
      "سفير تونس",
      "سفير كندا",
      "سفير اليابان لدى ليبيا",
    ]);
    expect(claims.map((c) => c.speaker.name)).toEqual(["سفير تونس", "سفير كندا", "سفير اليابان لدى ليبيا"]);
  });
});

describe("a plural verb after a sentence opened by a group's act («وتجمع المحتجون …، وقالوا إن …»)", () => {
  it("goes with that group, not with the person quoted before", () => {
    const claims = run(
      "وقال المحافظ سمير العلي إن الطريق سيفتح غدا. واعتصم عشرات المعلمين أمام المديرية، وقالوا إن رواتبهم متأخرة منذ شهرين. وتجمع المزارعون قرب السوق وقالوا إن الأسعار لا تغطي التكلفة.",
    );
    expect(claims.map((c) => c.speaker.name)).toEqual(["سمير العلي", "عشرات المعلمين", "المزارعون"]);
  });

  it("a singular verb still takes the person before", () => {
    const claims = run(
      "وقال المحافظ سمير العلي إن الطريق سيفتح غدا. وتجمع المزارعون قرب السوق، وأضاف أن الأسعار مستقرة.",
    );
    expect(claims.map((c) => c.speaker.name)).toEqual(["سمير العلي", "سمير العلي"]);
  });
});

describe("«كل من X وY» and a dual in construct («رئيسا البلدين»)", () => {
  it("names both parties of «كل من», split where both sides name someone", () => {
    const claims = run(
      "وأكد كل من وزير الزراعة السوري أحمد الحسن ونظيره العراقي عباس جبر أن الموسم واعد. وشددت كل من تونس والجزائر على حماية الحدود. وقال كل من الحكم والمراقب إن المباراة انتهت بلا حوادث.",
    );
    expect(claims.map((c) => c.speaker.name)).toEqual([
      "أحمد الحسن وعباس جبر",
      "تونس والجزائر",
      "الحكم والمراقب",
    ]);
  });

  it("reads «رئيسا البلدين» as the two presidents just named", () => {
    const claims = run(
      "واستقبل الرئيس الموريتاني محمد ولد الغزواني نظيره السنغالي باسيرو ديوماي فاي في نواكشوط. وأكد رئيسا البلدين أن التعاون الأمني أولوية.",
    );
    expect(claims.map((c) => c.speaker.name)).toEqual(["محمد ولد الغزواني وباسيرو ديوماي فاي"]);
  });
});

describe("more titles and given names («الكابتن», «السعيد», «الياس»)", () => {
  it("reads them as an honorific and as given names", () => {
    const claims = run(
      "وأكد الكابتن حسام حسن أن المنتخب جاهز. وصرح والي ولاية سطيف السعيد بوزيد أن المشروع سيسلم قريبا. وقال المطران الياس نصار إن الكنيسة مفتوحة.",
    );
    expect(claims.map((c) => c.speaker.name)).toEqual(["حسام حسن", "السعيد بوزيد", "الياس نصار"]);
  });
});

describe("«باسم» after a non-spokesperson title, and a body in a ل-genitive with its own name", () => {
  it("reads «باسم» as the given name Bassem and «لحركة حماس» as the title's body", () => {
    const claims = run(
      "وقال عضو المكتب السياسي لحركة فتح باسم خوري إن الحوار سيستأنف. وقال المتحدث باسم الهلال الأحمر إن القوافل وصلت. وقال مسؤول لحركة الجهاد إن الوفد غادر.",
    );
    expect(claims.map((c) => c.speaker.name)).toEqual([
      "باسم خوري",
      "المتحدث باسم الهلال الأحمر",
      "مسؤول لحركة الجهاد",
    ]);
  });
});

describe("a municipality's town and a participle's last ب-phrase inside the title", () => {
  it("«رئيس بلدية صيدا X Y» names X Y; «المكلف بالإعلام» names no one", () => {
    const claims = run(
      "وقال رئيس بلدية طرابلس رياض يمق إن النفايات تتراكم. وأكد المكلف بالإعلام أن الحملة متواصلة.",
    );
    expect(claims.map((c) => c.speaker.name)).toEqual(["رياض يمق", "المكلف بالإعلام"]);
  });
});

describe("«علّق على»: the commented thing after the commenter's name", () => {
  it("ends the name at «على», for «فقال» and a participle after it", () => {
    const claims = run(
      "وعلق المحامي نبيل الشامي على الحكم فقال إنه قابل للطعن. وعلق المحلل الرياضي كريم فهمي على المباراة عبر قناة محلية قائلا إن الدفاع انهار.",
    );
    expect(claims.map((c) => c.speaker.name)).toEqual(["نبيل الشامي", "كريم فهمي"]);
  });

  it("reads «عقّب» before a person's title as the comment, and «عقب الاجتماع» still as «after»", () => {
    const claims = run(
      "وعقب النائب فادي سلامة على رد الحكومة قائلا إن الأرقام غير دقيقة. وعقب الاجتماع، قال الوزير إن الخطة جاهزة.",
    );
    expect(claims.map((c) => c.speaker.name)).toEqual(["فادي سلامة", "الوزير"]);
  });
});

describe("a bare office in construct with a place noun and its definite name («مدير منطقة الشمال التعليمية X»)", () => {
  it("keeps the place in the title however long it is, and names the person after it", () => {
    const [a] = run("وقال مدير منطقة الجنوب الصحية وليد منصور إن الحالات في تراجع.");
    expect(a?.speaker.name).toBe("وليد منصور");
  });
});

describe("a definite noun of people before a name («الطالبة سارة», «الشاب محمد»)", () => {
  it("names the person, as «المواطن X» does", () => {
    const claims = run("وقالت الطالبة ريم إن الامتحان كان صعبا. وقال الشاب يوسف ناصر إن فرص العمل قليلة.");
    expect(claims.map((c) => c.speaker.name)).toEqual(["ريم", "يوسف ناصر"]);
  });
});

describe("«X ونظيره Y» after any verb", () => {
  it("gives the counterpart's full name to a later surname", () => {
    const claims = run(
      "ووقع وزير النقل الأردني ماهر أبو السمن ونظيره السوري يعرب بدر مذكرة تفاهم. وقال بدر إن الخط سيفتح قريبا.",
    );
    expect(claims.map((c) => c.speaker.name)).toEqual(["يعرب بدر"]);
  });
});
