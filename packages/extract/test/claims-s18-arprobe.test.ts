// Session 18 (arprobe): what a probe of Arabic reports from outlets the sets do not cover turned up. Made-up
// sentences; no text here comes from a fixture or from the probe texts.
import { describe, expect, it } from "vitest";
import { brief, run } from "./arabic.ts";

// (2025-11-25 is a Tuesday)
const dates = (text: string) => run(text, "2025-11-25").map((c) => [c.speaker.name, c.date]);

describe("a headline's weekday is no running day", () => {
  it("leaves a statement undated when only the headline names a day (often the coming one)", () => {
    expect(
      dates(
        "«الموازنة» على طاولة المجلس الأربعاء\nكتبت هدى الشمري:\nيناقش مجلس الأمة الأربعاء المقبل مشروع الموازنة العامة.\nوقال رئيس لجنة الميزانيات، النائب خالد العتيبي، لـ«الرأي» إن العجز «أكبر من المعلن».",
      ),
    ).toEqual([["خالد العتيبي", null]]);
    // (the lead's own day still dates the lead's statement)
    expect(
      dates(
        "«الموازنة» على طاولة المجلس الأربعاء\nقال رئيس لجنة الميزانيات، النائب خالد العتيبي، أمس الاثنين، إن العجز «أكبر من المعلن».",
      ),
    ).toEqual([["خالد العتيبي", "2025-11-24"]]);
  });
});

describe("a dateline with its filing day is no part of the content before a trailing source", () => {
  it("starts the content after «المدينة D شهر YYYY (وكالة) -» and «المدينة D-M-YYYY وكالة-»", () => {
    expect(
      run(
        "صفاقس 14 جانفي 2026 (وات) - تراجع إنتاج الحبوب بنسبة 18 بالمائة، وفق ما أفاد به ديوان الحبوب.",
      ).map(brief),
    ).toEqual([
      {
        speaker: "ديوان الحبوب",
        cue: "وفق",
        content: "تراجع إنتاج الحبوب بنسبة 18 بالمائة",
        kind: "indirect",
      },
    ]);
    expect(
      run("جنين 2-4-2026 وفا- اعتقلت قوات الاحتلال أربعة شبان من البلدة، بحسب ما أفاد به نادي الأسير.").map(
        (c) => c.content.text,
      ),
    ).toEqual(["اعتقلت قوات الاحتلال أربعة شبان من البلدة"]);
  });
});

describe("the object after a statement's platform, its comma and a time between commas", () => {
  it("reads «عزت X في بيان على موقع «…»، اليوم …، Y إلى …» and «بررت X في بيان نشرته عبر «…»، Y بـ…»", () => {
    expect(
      run(
        'وعزت الشركة في بيان على موقع البورصة "بورصتنا"، اليوم الثلاثاء، تراجع مبيعاتها إلى ضعف الطلب المحلي.',
      ).map(brief),
    ).toEqual([
      {
        speaker: "الشركة",
        cue: "عزت",
        content: "تراجع مبيعاتها إلى ضعف الطلب المحلي",
        kind: "indirect",
      },
    ]);
    expect(
      run('وبررت البلدية في بيان نشرته عبر "فيسبوك"، إغلاق السوق بأعمال الصيانة الطارئة.').map((c) => [
        c.speaker.name,
        c.content.text,
      ]),
    ).toEqual([["البلدية", "إغلاق السوق بأعمال الصيانة الطارئة"]]);
  });
});

describe("agency titles run into the name without commas", () => {
  const speakers = (text: string) => run(text).map((c) => [c.speaker.name, c.content.text]);
  it("takes the file and the region a title covers as the title's («مسؤول ملف X شمال Y NAME»)", () => {
    expect(speakers("وقال منسق ملف الأسرى جنوب الضفة رامي حمايل إن قوات الاحتلال اعتقلت عشرة شبان.")).toEqual(
      [["رامي حمايل", "قوات الاحتلال اعتقلت عشرة شبان"]],
    );
    expect(speakers("وقال ناشط حقوق الإنسان شمال الأغوار عارف دراغمة إن المستعمرين هدموا خيمتين.")).toEqual([
      ["عارف دراغمة", "المستعمرين هدموا خيمتين"],
    ]);
    expect(
      speakers("وقال منسق ملف الجدار في شمال القدس نادر عمار إن الجرافات اقتلعت أشجار الزيتون."),
    ).toEqual([["نادر عمار", "الجرافات اقتلعت أشجار الزيتون"]]);
  });
  it("takes a place's compass word and a definite body's town as the title's", () => {
    expect(speakers("وقال رئيس بلدية جنوب الشونة خالد الحمود إن الأمطار أغرقت الشوارع.")).toEqual([
      ["خالد الحمود", "الأمطار أغرقت الشوارع"],
    ]);
    expect(
      speakers("وأفاد مدير العمليات في الهلال الأحمر بطولكرم سائد زيود بأن الطواقم نقلت مصابين."),
    ).toEqual([["سائد زيود", "الطواقم نقلت مصابين"]]);
  });
});

describe("a definite or quoted body that acts first is the one its short name later speaks for", () => {
  it("resolves «الهيئة» to «الهيئة العامة للمياه» introduced by an act, quoted or not", () => {
    const names = (text: string) => run(text).map((c) => c.speaker.name);
    expect(
      names(
        'خفضت "الهيئة العامة للمياه" في حلب ساعات الضخ إلى النصف.\nوقالت الهيئة في بيان إن منسوب النهر انخفض إلى مستوى قياسي.',
      ),
    ).toEqual(["الهيئة العامة للمياه"]);
    expect(
      names(
        "خفضت الهيئة العامة للمياه في حلب ساعات الضخ إلى النصف.\nوقالت الهيئة في بيان إن منسوب النهر انخفض إلى مستوى قياسي.",
      ),
    ).toEqual(["الهيئة العامة للمياه"]);
  });
});

describe("a named camp or a body named after a person inside a title", () => {
  const speakers = (text: string) => run(text).map((c) => c.speaker.name);
  it("reads «منسق مخيم X للنازحين، NAME،» and «مدير مستشفى ابن X [في Y الدكتور] NAME»", () => {
    expect(speakers("قال منسق معسكر أبوشوك للنازحين، يعقوب محمد عبدالله، إن المياه شحيحة.")).toEqual([
      "يعقوب محمد عبدالله",
    ]);
    expect(speakers("وقال مدير مدرسة ابن خلدون ماجد العيسى إن الدوام سيستأنف الأحد.")).toEqual([
      "ماجد العيسى",
    ]);
    expect(
      speakers("وقال مدير مستشفى ابن رشد في نابلس الدكتور فادي سمارة إن المستشفى استقبل جريحين."),
    ).toEqual(["فادي سمارة"]);
  });
});

describe("an aside opening with «وهو/وهي» after an unnamed speaker", () => {
  it("is no name: «أحد المزارعين، وهو صاحب بستان في القرية، …» speaks as «أحد المزارعين»", () => {
    expect(
      run("وقال أحد المزارعين، وهو صاحب بستان في القرية، لمراسلنا إن المحصول تلف بالكامل.").map(
        (c) => c.speaker.name,
      ),
    ).toEqual(["أحد المزارعين"]);
    expect(
      run("وقالت إحدى الأمهات، وهي معلمة متقاعدة، إن المدرسة أغلقت أبوابها.").map((c) => c.speaker.name),
    ).toEqual(["إحدى الأمهات"]);
  });
});

describe("a wound's state in the passive («وُصفت حالته بالحرجة») is no one's words", () => {
  it("leaves «وصفت إحداها بالخطيرة» and «ووصفت حالتها بالمستقرة» out, and keeps a speaker's «وصف X بالخطير»", () => {
    expect(
      run("وقال الناطق باسم الإسعاف إن الطواقم نقلت ثلاثة مصابين، وصفت إحداها بالخطيرة.").map(
        (c) => c.cue.text,
      ),
    ).toEqual(["قال"]);
    expect(run("وأصيبت امرأة بشظايا في ساقها، ووصفت حالتها بالمستقرة.")).toEqual([]);
    expect(run("ووصف الوزير الوضع الأمني بالخطير.").map((c) => c.speaker.name)).toEqual(["الوزير"]);
  });
});

describe("«وصف» with the one described as its pronoun («ووصفها X بأنها …»)", () => {
  it("is a claim of the subject after the verb, its content after «بأنه/بأنها»", () => {
    expect(run('وودعت الجماهير حارس المرمى، ووصفه المدرب بأنه "صمام أمان الفريق".').map(brief)).toEqual([
      { speaker: "المدرب", cue: "وصفه", content: '"صمام أمان الفريق"', kind: "direct" },
    ]);
    expect(
      run("وافتتح الوزير المكتبة الجديدة، ووصفتها رئيسة البلدية بأنها مكسب ثقافي للمدينة.").map(
        (c) => c.content.text,
      ),
    ).toEqual(["مكسب ثقافي للمدينة"]);
  });
});
