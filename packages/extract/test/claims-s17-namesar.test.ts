// Session 17 (lane namesar): made-up Arabic sentences on how speakers are named and their statements dated, one
// rule each, from 25 probe reports in outlets and beats no set covers; no text comes from a fixture.
import { describe, expect, it } from "vitest";
import { run } from "./arabic.ts";

const who = (text: string) =>
  run(text).map((c) => [c.speaker.name, c.speaker.mention?.text ?? null, c.content.text]);

describe("a given name with the article before «بن/بنت/ولد» («السالكة بنت الشيخ», «الخنساء بنت عمر»)", () => {
  it("is the speaker's whole name right after the verb, not a subject that ends before «بنت»", () => {
    expect(who("وقالت الخنساء بنت عمر إن المدرسة أغلقت أبوابها.")).toEqual([
      ["الخنساء بنت عمر", "الخنساء بنت عمر", "المدرسة أغلقت أبوابها"],
    ]);
    expect(who("وأكد الطاهر بن سالم أن القافلة وصلت.")[0]?.[0]).toBe("الطاهر بن سالم");
  });

  it("names the holder of a title, in apposition or right after it", () => {
    expect(who("وقالت رئيسة جمعية الأرامل، الزهراء بنت محمود، إن المساعدات تأخرت.")[0]?.[0]).toBe(
      "الزهراء بنت محمود",
    );
    expect(who("وقالت مديرة المدرسة الزهراء بنت محمود إن المساعدات تأخرت.")[0]?.[0]).toBe(
      "الزهراء بنت محمود",
    );
  });

  it("leaves a plural subject before «بن» as it was («وطالب المحتجون بن علي بالرحيل»)", () => {
    expect(who("وطالب المتظاهرون بن صالح بالاستقالة.")[0]?.[0]).toBe("المتظاهرون");
  });
});

describe("a feminine nisba closing an indefinite construct before «أن» («وسائل إعلام بلجيكية»)", () => {
  it("belongs to the unnamed source, not to the content", () => {
    expect(who("وذكرت وسائل إعلام نمساوية أن الحكومة ستستقيل.")).toEqual([
      ["وسائل إعلام نمساوية", "وسائل إعلام نمساوية", "الحكومة ستستقيل"],
    ]);
  });
});

describe("a group of the verb's preposition with a second affiliation («نواب من … في البرلمان … من أن»)", () => {
  it("keeps both in the speaker when the verb's own «من» comes again before «أن»", () => {
    expect(who("وحذر نواب من الحزب الاشتراكي في مجلس الشيوخ من أن الموازنة ستفشل.")).toEqual([
      ["نواب من الحزب الاشتراكي في مجلس الشيوخ", "نواب من الحزب الاشتراكي في مجلس الشيوخ", "الموازنة ستفشل"],
    ]);
  });

  it("still reads «من» as the verb's when it is not repeated («وحذر النائب من خطورة …»)", () => {
    expect(who("وحذر النائب من خطورة الوضع في الجنوب.")[0]?.[0]).toBe("النائب");
  });
});

describe("a body or title fronted with the clause's «و» joined to it («ونقابة المهندسين أعلنت …»)", () => {
  it("is the verb's subject without the «و»", () => {
    expect(who("ونقابة المهندسين أعلنت، في بيان أمس، أن الإضراب سيستمر.")).toEqual([
      ["نقابة المهندسين", "نقابة المهندسين", "الإضراب سيستمر"],
    ]);
    expect(who("ورابطة المزارعين طالبت بتعويض المتضررين من الفيضانات.")[0]?.[0]).toBe("رابطة المزارعين");
  });
});

describe("«، وذلك خلال لقاء/جلسة … يوم الأربعاء» closing a statement's sentence", () => {
  it("dates the statement by its occasion, not by the running day", () => {
    const claims = run(
      "وقال رئيس البلدية، مساء الاثنين، إن الطريق سيفتح قريبا.\n" +
        "واعتبرت وزيرة النقل، هدى سالم، أن المشروع «متأخر جدا»، وذلك خلال جلسة برلمانية يوم الأربعاء.",
      "2026-03-05",
    );
    expect(claims.map((c) => c.date)).toEqual(["2026-03-02", "2026-03-04"]);
  });

  it("leaves the day of an event told in the clause («وذلك في إطار جولة بدأت الأحد الماضي») alone", () => {
    const claims = run(
      "وقال الوزير، مساء الاثنين، إن الطريق سيفتح قريبا.\n" +
        "واعتبر الوزير أن المشروع «متأخر جدا»، وذلك في إطار جولة بدأت الأحد الماضي.",
      "2026-03-05",
    );
    expect(claims.map((c) => c.date)).toEqual(["2026-03-02", "2026-03-02"]);
  });
});

describe("a judge or prosecutor named after the feminine or the prosecutor's title («القاضية», «المدعية العامة»)", () => {
  it("is named without the title", () => {
    expect(who("وقالت القاضية ماريا لوبيز إن الدفاع لم يقدم أدلة.")[0]?.[0]).toBe("ماريا لوبيز");
    expect(who("وأكدت المدعية العامة نوال حداد أن التحقيق سيستمر.")[0]?.[0]).toBe("نوال حداد");
    expect(who("وقال المدعي العام كريم يوسف إن التحقيق سيستمر.")[0]?.[0]).toBe("كريم يوسف");
  });
});

describe("a quoted name after «طائرات», «سفينة», «منظومة» in a content", () => {
  it("is no quotation: the claim stays indirect", () => {
    const [c] = run('وأوضح المدير أن الشركة ستشغل طائرات "إمبراير" على الخطوط الداخلية.');
    expect(c?.kind).toBe("indirect");
  });
});

describe("«بحسب تقرير صادر عن X في أكتوبر الماضي، …»: the month the document came out", () => {
  it("is no part of the source's name", () => {
    const [c] = run(
      "وبحسب تقرير صادر عن منظمة الأغذية والزراعة في يونيو/حزيران الماضي، تراجع الصيد بنسبة الربع.",
    );
    expect([c?.speaker.name, c?.content.text]).toEqual(["منظمة الأغذية والزراعة", "تراجع الصيد بنسبة الربع"]);
  });
});

describe("a headline «وزارة X: …» over the words of the body's «وزير/وزيرة X»", () => {
  it("takes the day the minister said them", () => {
    const claims = run(
      "وزارة الزراعة: تراجع أسعار القمح بنسبة 20 في المئة\n" +
        "قال وزير الزراعة، خالد يوسف، يوم الاثنين 2 مارس، إن أسعار القمح تراجعت بنسبة 20 في المئة.",
      "2026-03-05",
    );
    expect(claims.map((c) => [c.speaker.name, c.date])).toEqual([
      ["وزارة الزراعة", "2026-03-02"],
      ["خالد يوسف", "2026-03-02"],
    ]);
  });
});

describe("words said at the lead's event named back with the article («خلال الوقفة», «خلال حفل الافتتاح»)", () => {
  it("take the event's day, not that of the statement before", () => {
    const claims = run(
      "نظم عشرات المعلمين، أمس الأربعاء، وقفة احتجاجية أمام البرلمان.\n" +
        "وقال وزير التربية، في مؤتمر صحفي مساء الاثنين، إن الرواتب ستصرف قريبا.\n" +
        "وقالت الناشطة ليلى حسن، خلال الوقفة، إن المعلمين لن يتراجعوا.",
      "2026-03-05",
    );
    expect(claims.map((c) => c.date)).toEqual(["2026-03-02", "2026-03-04"]);
  });

  it("take the day of a lead that gives its weekday with the date («الجمعة 27 مارس»)", () => {
    const claims = run(
      "أدانت محكمة الجنايات، الخميس 26 مارس/آذار 2026، ثلاثة موظفين بالاختلاس.\n" +
        "وقال رئيس المحكمة، في حيثيات الحكم، إن الأدلة كانت كافية.",
      "2026-03-28",
    );
    expect(claims.map((c) => c.date)).toEqual(["2026-03-26"]);
  });
});

describe("a body's «لـ» genitive of people and a bare country («الاتحاد العام لعمال السودان»)", () => {
  it("stays in the title, so the name in apposition after it is the speaker's", () => {
    expect(who("وقال رئيس الاتحاد العام لعمال مصر، سالم عبده، إن الرواتب متأخرة.")[0]?.[0]).toBe("سالم عبده");
  });
});

describe("«وقالت مصادر قضائية ليورونيوز إن …»: an unnamed source and the outlet it told", () => {
  it("is named by the description, not by the outlet", () => {
    expect(who("وقال مسؤول عسكري لواشنطن بوست إن الهدنة صامدة.")[0]?.[0]).toBe("مسؤول عسكري");
    expect(who("وأكدت مصادر دبلوماسية لأكسيوس أن المفاوضات متعثرة.")[0]?.[0]).toBe("مصادر دبلوماسية");
  });

  it("keeps a nisba or a body in «لـ» in the source («مصدر أمني لبناني», «مصادر لجنة التحقيق»)", () => {
    expect(who("وقال مصدر أمني لبناني إن الهدنة صامدة.")[0]?.[0]).toBe("مصدر أمني لبناني");
    expect(who("وقالت مصادر لجنة التحقيق إن الجلسة ستعقد.")[0]?.[0]).toBe("مصادر لجنة التحقيق");
  });
});

describe("a title's affiliation with a body's quoted name before the holder's name («في نقابة «أونيا»، X،»)", () => {
  it("reads the name in apposition after it", () => {
    expect(who('وقال الأمين العام في نقابة "نور"، حسن منصور، إن التبرعات تراجعت.')[0]?.[0]).toBe("حسن منصور");
  });
});
