// Session 13 (probe, names-ar): made-up Arabic news items on how the speaker is named; no text comes from a fixture.
import { describe, expect, it } from "vitest";
import { run } from "./arabic.ts";

const who = (text: string) =>
  run(text).map((c) => [c.speaker.name, c.speaker.mention?.text ?? null, c.content.text]);

describe("a subject before its verb with «، من جهته،» between them", () => {
  it("is the verb's speaker («X، من جانبه، أكد …», «X، بدورها، قالت …»)", () => {
    expect(who("رئيس البرلمان الليبي عقيلة صالح، من جانبه، أكد أن الانتخابات ستجرى في موعدها.")).toEqual([
      ["عقيلة صالح", "رئيس البرلمان الليبي عقيلة صالح", "الانتخابات ستجرى في موعدها"],
    ]);
    expect(who("وزارة التربية، بدورها، قالت إن الامتحانات لن تؤجل.")).toEqual([
      ["وزارة التربية", "وزارة التربية", "الامتحانات لن تؤجل"],
    ]);
  });
});

describe("a reporting verb inside the content of an SVO statement", () => {
  it("is no new statement whose subject runs over «قالت إن» («… قالت إن بغداد تتابع …»)", () => {
    expect(who("الناطقة باسم البعثة الأممية سلمى حداد قالت إن بغداد تتابع الملف باهتمام.")).toEqual([
      ["سلمى حداد", "الناطقة باسم البعثة الأممية سلمى حداد", "بغداد تتابع الملف باهتمام"],
    ]);
  });
});

describe("a name with an aside «وهو …» and a noun that reads as a cue", () => {
  it("keeps «وهو طالب جامعي» an aside on the speaker, not a claim of «طالب»", () => {
    expect(who("ويقول سامر، وهو طالب في كلية الطب، إن المحاضرات تلغى كل أسبوع.")).toEqual([
      ["سامر", "سامر، وهو طالب في كلية الطب", "المحاضرات تلغى كل أسبوع"],
    ]);
  });

  it("reads «تحمل لافتة» as a banner, not «لافتة إلى» (pointing out)", () => {
    expect(who("وقالت امرأة كانت تحمل لافتة إن الحي بلا ماء منذ شهر.")).toEqual([
      ["امرأة كانت تحمل لافتة", "امرأة كانت تحمل لافتة", "الحي بلا ماء منذ شهر"],
    ]);
  });
});

describe("an unnamed person described as «آخر» and by a past relative clause", () => {
  it("is named by the whole description («سيدة أخرى كانت تبيع …», «رجل آخر»)", () => {
    expect(who("وقالت سيدة أخرى كانت تبيع الخبز إن الطحين مفقود. وقال رجل آخر إن الأسعار ارتفعت.")).toEqual([
      ["سيدة أخرى كانت تبيع الخبز", "سيدة أخرى كانت تبيع الخبز", "الطحين مفقود"],
      ["رجل آخر", "رجل آخر", "الأسعار ارتفعت"],
    ]);
  });
});

describe("the head of a body or place named in construct, with no name of their own", () => {
  it("is named by the whole title, not by the town or body («رئيس بلدية صفاقس», «رئيس حركة فتح»)", () => {
    expect(
      who("قال رئيس بلدية صفاقس إن الأشغال ستنتهي قريبا. وقالت رئيسة جمعية الأمل إن التبرعات تراجعت."),
    ).toEqual([
      ["رئيس بلدية صفاقس", "رئيس بلدية صفاقس", "الأشغال ستنتهي قريبا"],
      ["رئيسة جمعية الأمل", "رئيسة جمعية الأمل", "التبرعات تراجعت"],
    ]);
  });

  it("leaves the body's one-word name in the title before a person's name", () => {
    expect(who("قال رئيس حركة فتح جبريل الرجوب إن الحوار مستمر.")[0]?.[0]).toBe("جبريل الرجوب");
  });
});

describe("two named people after a title's dual («الرئيسان X وY», «وزيرا الخارجية الأردني X والعراقي Y»)", () => {
  it("speak together, and each keeps their own name later", () => {
    expect(
      who(
        "أكد الملكان محمد السادس وعبد الله الثاني، خلال مباحثاتهما في الرباط، دعمهما لحل الدولتين. وقال محمد السادس إن المغرب سيواصل دعمه.",
      ),
    ).toEqual([
      ["محمد السادس وعبد الله الثاني", "الملكان محمد السادس وعبد الله الثاني", "دعمهما لحل الدولتين"],
      ["محمد السادس", "محمد السادس", "المغرب سيواصل دعمه"],
    ]);
    expect(
      who("وقال وزيرا الخارجية الأردني أيمن الصفدي والعراقي فؤاد حسين إن التنسيق بين البلدين مستمر.")[0]?.[0],
    ).toBe("أيمن الصفدي وفؤاد حسين");
  });

  it("names no one when only nisbas follow the dual («وزيرا الخارجية الكويتي والعماني»)", () => {
    expect(who("أكد وزيرا الخارجية الكويتي والعماني، خلال لقائهما، أهمية التهدئة.")[0]?.[0]).toBe(
      "وزيرا الخارجية الكويتي والعماني",
    );
  });

  it("keeps «كل من X وY» out of the name of X alone later", () => {
    expect(
      who(
        "وأكد كل من النائب سعيد الزين والنائبة هدى القاسم أن القانون مجحف. وقال الزين إن الكتلة ستطعن فيه.",
      )[1]?.[0],
    ).toBe("سعيد الزين");
  });
});

describe("a later title for the same office under other words", () => {
  it("«العاهل المغربي» is the king named before («الملك محمد السادس»)", () => {
    expect(
      who(
        "وجه الملك محمد السادس رسالة إلى القمة أكد فيها أن التضامن واجب. وشدد العاهل المغربي على أهمية التنمية.",
      )
        .map((c) => c[0])
        .at(-1),
    ).toBe("محمد السادس");
  });

  it("«النائب» is the member of parliament named before («عضو لجنة … النيابية», «عضو مجلس النواب»)", () => {
    expect(
      who(
        "قال عضو اللجنة المالية النيابية جمال كوجر إن الموازنة تأخرت. وأضاف النائب الكردي أن الرواتب مضمونة.",
      ).map((c) => c[0]),
    ).toEqual(["جمال كوجر", "جمال كوجر"]);
  });
});

describe("a body's name with a ل-genitive of countries, support or relief", () => {
  it("keeps «لدول …», «لدعم …», «لإغاثة وتشغيل …» in the name", () => {
    expect(who("دعا الاتحاد البرلماني لدول الساحل إلى حوار شامل.")[0]?.[0]).toBe(
      "الاتحاد البرلماني لدول الساحل",
    );
    expect(who("قالت الهيئة الوطنية لدعم الصادرات إن الطلب ارتفع.")[0]?.[0]).toBe(
      "الهيئة الوطنية لدعم الصادرات",
    );
    expect(who("قال مدير الصندوق العربي لإغاثة وتشغيل العمال إن المنح ستصرف.")[0]?.[0]).toBe(
      "مدير الصندوق العربي لإغاثة وتشغيل العمال",
    );
  });
});

describe("a document as the subject, with the body that issued it", () => {
  it("speaks for the body in its ل-genitive after its adjectives («التقرير الفصلي للبنك المركزي»)", () => {
    expect(who("وذكر التقرير الفصلي للبنك المركزي أن التضخم تراجع.")[0]?.slice(0, 2)).toEqual([
      "البنك المركزي",
      "التقرير الفصلي للبنك المركزي",
    ]);
  });

  it("speaks for the subject of its clause of issuing («الدراسة التي أعدتها …», «تقرير نشرته …»)", () => {
    expect(who("وأكدت الدراسة التي أعدتها وزارة الصحة أن التدخين تراجع.")[0]).toEqual([
      "وزارة الصحة",
      "الدراسة التي أعدتها وزارة الصحة",
      "التدخين تراجع",
    ]);
    expect(who("وأشار تقرير نشرته الأمم المتحدة إلى أن الجوع يتفاقم.")[0]?.[0]).toBe("الأمم المتحدة");
  });
});

describe("an age epithet («الرجل الستيني», «الشابة العشرينية») for the person quoted before", () => {
  it("is that person, of that gender, not a new unnamed speaker", () => {
    expect(
      who(
        "يقول حسن، وهو صياد من صور، إن البحر لم يعد آمنا. ويضيف الرجل الستيني أن رزقه انقطع. وتقول ابنته سلمى إن العائلة تعيش على الديون. وتتابع الشابة العشرينية أنها تركت الجامعة.",
      ).map((c) => c[0]),
    ).toEqual(["حسن", "حسن", "سلمى", "سلمى"]);
  });
});

describe("«المسؤول» with its nisba, or «القيادي», after an official the article does not name", () => {
  it("is that official, by the title the article gave («مدير المطار في جيبوتي» … «المسؤول الجيبوتي»)", () => {
    expect(
      who(
        "وأوضح مدير المطار في جيبوتي أن الحركة تراجعت. وقال المسؤول الجيبوتي إن الهجمات في البحر الأحمر السبب. وأكد قيادي بارز في الحزب أن الانتخابات مؤجلة. وأضاف القيادي أن القرار نهائي.",
      ).map((c) => c[0]),
    ).toEqual(["مدير المطار", "مدير المطار", "قيادي بارز في الحزب", "قيادي بارز في الحزب"]);
  });
});

describe("two bodies joined by «و», each under its own head, before a joint statement", () => {
  it("speak together and leave each body its own name later", () => {
    expect(
      who(
        "قالت وزارة الداخلية الليبية وهيئة السلامة الوطنية في بيان مشترك إن الطرق أغلقت. وأضافت هيئة السلامة الوطنية أن الفرق منتشرة.",
      ),
    ).toEqual([
      [
        "وزارة الداخلية الليبية وهيئة السلامة الوطنية",
        "وزارة الداخلية الليبية وهيئة السلامة الوطنية",
        "الطرق أغلقت",
      ],
      ["هيئة السلامة الوطنية", "هيئة السلامة الوطنية", "الفرق منتشرة"],
    ]);
  });
});

describe("a second titled person after a comma and «و» («X، ووزير المالية Y،»)", () => {
  it("speaks with the first, and the first keeps their own name later", () => {
    expect(
      who(
        "وقال وزير الاقتصاد اللبناني عامر البساط، ووزير المالية ياسين جابر، في مؤتمر صحفي، إن الدعم سيستمر. وأضاف البساط أن الأسعار ستراقب.",
      ).map((c) => c[0]),
    ).toEqual(["عامر البساط وياسين جابر", "عامر البساط"]);
  });
});

describe("a military rank with its grade after the place of the office («… في اليمن الفريق أول X»)", () => {
  it("keeps the grade in the title, out of the name", () => {
    expect(
      who("قال قائد المنطقة العسكرية الرابعة في اليمن الفريق أول فضل حسن إن الجبهات هادئة.")[0]?.[0],
    ).toBe("فضل حسن");
  });
});

describe("«رئيس الدبلوماسية» + the country's nisba for the foreign minister named before", () => {
  it("is that minister, and not another country's", () => {
    expect(
      who(
        "قال وزير الخارجية التونسي محمد علي النفطي إن تونس تدعم الحوار. وأضاف رئيس الدبلوماسية التونسية أن الاتحاد المغاربي ضرورة. وأكد رئيس الدبلوماسية الليبية أن طرابلس توافق.",
      ).map((c) => c[0]),
    ).toEqual(["محمد علي النفطي", "محمد علي النفطي", "رئيس الدبلوماسية الليبية"]);
  });
});
