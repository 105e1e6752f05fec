// Arabic claim conventions met in held-out batch 21 (Al-Arabiya, Al-Sabah, Hiba Press, Al-Ayam): made-up
// sentences, one rule each.
import { describe, expect, it } from "vitest";
import { one, run } from "./arabic.ts";

describe("an aside between commas before the verb's particle", () => {
  it("skips a long occasion before «عن»: «أعرب، في إحاطة قدمها أمام …، عن …»", () => {
    const c = one(
      'وكان المنسق الأممي بيتر هولم قد أعرب، في كلمة ألقاها أمام الجمعية العامة في الثالث من مارس الماضي، عن "قلق بالغ" من تدهور الأوضاع.',
    );
    expect(c && [c.cue.text, c.content.text, c.date]).toEqual([
      "أعرب",
      '"قلق بالغ" من تدهور الأوضاع',
      "2025-03-03",
    ]);
  });
  it("skips a platform aside and a weekday aside before «بـ»: «رحّب X، في تغريدة …، الأحد، بـ…»", () => {
    const c = one('ورحب الوزير سامر خليل، في منشور على صفحته بمنصة "فيسبوك"، الأحد، بـ"القرار الشجاع".');
    expect(c && [c.content.text, c.date]).toEqual(['بـ"القرار الشجاع"', "2025-11-23"]);
  });
  it("does not take «، على حد تعبيره» after the object for the verb's particle", () => {
    const c = one(
      'وطالب النائب عن الدائرة، سمير الفقي، في تدوينة على صفحته، الحكومة بـ"إعلان حالة الطوارئ"، على حد تعبيره.',
    );
    expect(c?.content.text).toBe('الحكومة بـ"إعلان حالة الطوارئ"');
  });
});

describe("verbs of stance and proposal", () => {
  it("reads «عبّر X عن» as a statement with the content after «عن»", () => {
    const c = one("من جهتهم، عبّر عدد من السائقين عن غضبهم من ارتفاع أسعار الوقود.");
    expect(c && [c.speaker.name, c.cue.text, c.content.text]).toEqual([
      "عدد من السائقين",
      "عبّر",
      "غضبهم من ارتفاع أسعار الوقود",
    ]);
  });
  it("does not read the preposition «عبر» (via) as the verb", () => {
    expect(one("وتصل الشحنات عبر الميناء الجنوبي عن طريق البحر.")).toBeUndefined();
  });
  it("reads «عدّ» only before a clause («عدّ الأصوات» counts)", () => {
    expect(one("وعدّ الموظفون الأصوات في المركز الانتخابي حتى الفجر.")).toBeUndefined();
  });
});

describe("verbs that report only with what follows them", () => {
  it("reads «بالقول» as the cue after «عقّب … على …» (commented), and «عقب» as «after» without it", () => {
    const c = one('وعقّب النائب سالم العتيبي خلال الجلسة على رد الحكومة بالقول إن "الحل تأخر كثيراً".');
    expect(c && [c.speaker.name, c.cue.text, c.content.text]).toEqual([
      "سالم العتيبي",
      "بالقول",
      '"الحل تأخر كثيراً"',
    ]);
    expect(run("وعلق المحتجون لافتات على الجدران.")).toEqual([]);
  });
  it("reads «أبدى» with a stance the speaker owns, not a shown thing («أبدت في ردها ملاحظات كثيرة»)", () => {
    expect(one("وأبدى الوزير رضاه عن سير الأشغال.")?.content.text).toBe("رضاه عن سير الأشغال");
    const [c] = run("وكانت الوزارة قد أبدت في ردها على المقترح ملاحظات كثيرة، إذ ذكرت أن الكلفة مرتفعة.");
    expect(c && [c.cue.text, c.content.text]).toEqual(["ذكرت", "الكلفة مرتفعة"]);
  });
  it("gives what a paper learned from sources to the sources: «وعلمت الصحيفة من مصادر … أن»", () => {
    const c = one('وعلمت "الوطن" من مصادر حكومية أن الوزير سيستقيل قريباً.');
    expect(c && [c.speaker.name, c.cue.text, c.content.text]).toEqual([
      "مصادر حكومية",
      "علمت",
      "الوزير سيستقيل قريباً",
    ]);
  });
});

describe("Iraqi colon and calendar dates", () => {
  it("drops the «إن» after the colon of «وقال X …: إن …», not the one inside a quotation", () => {
    expect(
      one('وقال المتحدث باسم الدائرة، في حديث للصحيفة أمس: إن "الشبكة فقدت ألف ميغاواط".')?.content.text,
    ).toBe('"الشبكة فقدت ألف ميغاواط"');
    expect(one('وقال الوزير: "إن الحكومة لن تتراجع".')?.content.text).toBe('"إن الحكومة لن تتراجع"');
  });
  it("dates «يوم الأربعاء 12 نوفمبر الجاري» by the calendar date the weekday names", () => {
    expect(one("وكان الوزير قد صرح، يوم الأربعاء 12 نوفمبر الجاري، بأن الميناء سيفتح.")?.date).toBe(
      "2025-11-12",
    );
  });
});

describe("the words before a nominal cue at the sentence end", () => {
  it("leave out the writer's «في المقابل،» and the «و» before a verb", () => {
    const [a, b] = run(
      'وقال الوزير إن الصادرات تراجعت. في المقابل، ارتفعت الواردات بنسبة 4%، وفق أرقام "الإحصاء". وسجلت البورصة خسائر بنسبة 2%، بحسب بيانات السوق.',
    ).slice(1);
    expect([a?.content.text, b?.content.text]).toEqual([
      "ارتفعت الواردات بنسبة 4%",
      "سجلت البورصة خسائر بنسبة 2%",
    ]);
  });
});

describe("an aside with a quoted title", () => {
  it("does not open the content at a colon inside the quoted title of a report", () => {
    const c = one("وأوضح التقرير، الذي يحمل عنوان «المياه في المنطقة: التحديات والحلول»، أن الطلب سيتضاعف.");
    expect(c?.content.text).toBe("الطلب سيتضاعف");
  });
});

describe("the date of a backgrounded statement going on", () => {
  it("dates «ودعت الوزارة …» after «وكانت الوزارة قد أعلنت، في بيان … الأحد الماضي، أن …» in its paragraph with that day", () => {
    const claims = run(
      "وقال الوزير أمس إن الموسم بدأ.\nوكانت الوزارة قد أعلنت، في بيان صادر عنها يوم الأحد الماضي، أنها خصصت مليون دينار للتعويضات. ودعت الوزارة المزارعين إلى التسجيل، محذرة من أن المهلة قصيرة.",
    );
    expect(claims.map((c) => c.date)).toEqual(["2025-11-24", "2025-11-23", "2025-11-23", "2025-11-23"]);
  });
});

describe("a request for anonymity in an aside", () => {
  it("does not read «رفض ذكر اسمه» as a statement of «رفض»", () => {
    const claims = run("وقال موظف في المصنع، رفض ذكر اسمه، إن الأجور تأخرت.");
    expect(claims.map((c) => [c.speaker.name, c.content.text])).toEqual([["موظف في المصنع", "الأجور تأخرت"]]);
  });
});
