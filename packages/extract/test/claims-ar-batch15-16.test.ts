// Arabic news conventions met in held-out batches 15 and 16 (Egyptian service story, Moroccan parliament, Beirut
// daily, agency relays, Emirati daily, Iraqi agency, Tunisian radio, a broadcaster's website): made-up sentences,
// one rule each.
import { describe, expect, it } from "vitest";
import { one, run } from "./arabic.ts";

const said = (text: string, publishedAt?: string) =>
  run(text, publishedAt).map((c) => [c.speaker.name, c.cue.text, c.content.text]);

describe("relayed words («نقل/نقلت … عن X قوله»)", () => {
  it("reads «نقل زوار الوزير، NAME، عنه قوله إن «…»» as the minister's words, not the visitors'", () => {
    const c = one("ونقل زوار وزير الصناعة، كريم حداد، عنه قوله إن «المصانع ستعود إلى العمل قريبا».");
    expect(c && [c.speaker.name, c.speaker.mention?.text, c.cue.text, c.content.text]).toEqual([
      "كريم حداد",
      "وزير الصناعة، كريم حداد",
      "قوله",
      "«المصانع ستعود إلى العمل قريبا»",
    ]);
  });
  it("reads a relayed person with an apposition and an age, and «قوله من سريره:»", () => {
    const c = one(
      'ونقلت وكالة الأنباء عن أحد المصابين، وهو عامل يدعى سالم نور (31 عاما)، قوله من سريره في المستشفى: "انهار السقف فجأة".',
    );
    expect(c && [c.speaker.mention?.text, c.cue.text, c.content.text]).toEqual([
      "أحد المصابين، وهو عامل يدعى سالم نور",
      "قوله",
      '"انهار السقف فجأة"',
    ]);
  });
  it("reads an agency with its bracketed short name, a titled name, and «إن …، وإن …» as one claim", () => {
    expect(
      said(
        'ونقلت وكالة الأنباء الوطنية (ونا) عن مدير الموانئ، هشام العطار، قوله إن "الرصيف سيفتح غدا"، وإن "السفن ستدخل تباعا".',
      ),
    ).toEqual([["هشام العطار", "قوله", '"الرصيف سيفتح غدا"، وإن "السفن ستدخل تباعا"']]);
  });
  it("reads «ذكرت الوكالة، نقلا عن مصدر …، أن» as the source's claim with the agency's verb as cue", () => {
    expect(said("وذكرت وكالة الأنباء، نقلا عن مصدر في الميناء، أن السفينة غادرت فجرا.")).toEqual([
      ["مصدر في الميناء", "ذكرت", "السفينة غادرت فجرا"],
    ]);
  });
});

describe("headlines «X: …»", () => {
  it("reads a body's short name in guillemets before the colon, named in full by the lead", () => {
    const c = run(
      "«الشارقة للطيران»: لا رسوم جديدة على المسافرين هذا العام\nأكدت هيئة الشارقة للطيران أن الرسوم لن تتغير.",
    )[0];
    expect(c && [c.cue.text, c.speaker.mention?.text, c.speaker.name]).toEqual([
      ":",
      "الشارقة للطيران",
      "هيئة الشارقة للطيران",
    ]);
  });
  it("reads one word before the colon as the ministry the lead names («الصحة: …»)", () => {
    const c = run(
      "الزراعة: مخزون القمح يكفي حتى الصيف المقبل\nأكدت وزارة الزراعة والأمن الغذائي أن مخزون القمح كاف.",
    )[0];
    expect(c && [c.cue.text, c.speaker.name]).toEqual([":", "وزارة الزراعة والأمن الغذائي"]);
  });
  it("reads no claim from a place before the colon («نابل: …»)", () => {
    expect(
      run("نابل: انقطاع الكهرباء عن عشرة أحياء\nأفاد المدير الجهوي للشركة أن العطب سيصلح مساء اليوم.").map(
        (c) => c.cue.text,
      ),
    ).toEqual(["أفاد"]);
  });
});

describe("between the subject and its content", () => {
  it("reads past a bracketed abbreviation and a bracketed date before أن", () => {
    const c = one(
      "أعلنت نقابة عمال الموانئ (NPU) اليوم الأربعاء (11 مارس/ آذار 2026) أن أعضاءها سيتوقفون عن العمل يومين.",
      "2026-03-11",
    );
    expect(c && [c.content.text, c.date]).toEqual(["أعضاءها سيتوقفون عن العمل يومين", "2026-03-11"]);
  });
  it("reads past a body's bracketed short name before its object («وصفت شركة … (…) القرار بأنه»)", () => {
    expect(one('ووصفت شركة الطيران الوطنية (نسما) القرار بأنه "مجحف".')?.content.text).toBe(
      'القرار بأنه "مجحف"',
    );
  });
  it("reads past a branch after a dash and a bracketed name with its town before «، … بأن»", () => {
    expect(
      said(
        "أفاد الهلال الأحمر - فرع سرت، في منشور على صفحته، بأن فرقه أنقذت 12 صيادا. وأفاد مدير الشركة الوطنية للكهرباء (الستاغ) بنابل، سامي العياري، بأن العطب أصلح.",
      ).map(([, , content]) => content),
    ).toEqual(["فرقه أنقذت 12 صيادا", "العطب أصلح"]);
  });
  it("reads «، نقلا عن» as the adverb of a relay, never the dual verb «نقلا»", () => {
    expect(run("وذكرت الصحيفة، نقلا عن مسؤول، أن الميزانية أقرت.").map((c) => c.cue.text)).toEqual(["ذكرت"]);
  });
});

describe("cues and clauses", () => {
  it("reads a verb after «، في وقت» as a new clause with its own subject", () => {
    expect(
      said("وجه نواب المعارضة انتقادات حادة للحكومة، في وقت أكد وزير النقل أن الأشغال ستنتهي قريبا."),
    ).toEqual([["وزير النقل", "أكد", "الأشغال ستنتهي قريبا"]]);
  });
  it("reads «مسجلا أن» as a participle cue that ends the content before it (not «مسجلا ارتفاعا»)", () => {
    expect(
      said(
        'وقال الوزير سعيد المراكشي إن المخزون تراجع، مسجلا أن "الطلب تضاعف". وارتفعت الصادرات، مسجلة رقما قياسيا.',
      ),
    ).toEqual([
      ["سعيد المراكشي", "قال", "المخزون تراجع"],
      ["سعيد المراكشي", "مسجلا", '"الطلب تضاعف"'],
    ]);
  });
  it("reads no claim from a verb with no object before «و» and another clause («الحكومة تنتقد والنقابة …»)", () => {
    expect(run("الحكومة تنتقد والنقابة تتمسك بموقفها.")).toEqual([]);
  });
  it("reads a quotation after «لموقع/لصحيفة» as the outlet, not the statement before the speaker", () => {
    expect(
      said('وفي حديثه لموقع "الأخبار اليوم"، يرى الباحث في الاقتصاد، نادر سليم، أن الأسعار "ستنخفض".'),
    ).toEqual([["نادر سليم", "يرى", 'الأسعار "ستنخفض"']]);
  });
  it("reads «ودعا المواطنين إلى …» with an implicit subject and the oblique plural as object", () => {
    expect(
      said("وقال مدير الشركة سامي بلحاج إن العطب أصلح. ودعا المواطنين إلى ترشيد الاستهلاك.").at(-1),
    ).toEqual(["سامي بلحاج", "دعا", "المواطنين إلى ترشيد الاستهلاك"]);
  });
  it("reads «وطالبت SURNAME الهيئة بـ…»: the body after a known surname is the one appealed to", () => {
    expect(
      said(
        "وقالت سعادة ليلى حسن المري، رئيسة الهيئة، إن الرسوم ثابتة. وطالبت المري الهيئة بـ«نشر قوائم الرسوم».",
      ).at(-1),
    ).toEqual(["ليلى حسن المري", "طالبت", "الهيئة بـ«نشر قوائم الرسوم»"]);
  });
  it("gives «وقال» after a verb that reports nothing the subject of that verb", () => {
    const c = run(
      'قال رئيس النقابة سمير داود إن الإضراب قائم. وانتقد وزير المالية هشام قاسم الإضراب، وقال إن "الخسائر كبيرة".',
    ).at(-1);
    expect(c?.cue.text).toBe("قال");
    expect(c?.speaker.name).toContain("هشام قاسم");
  });
});

describe("content boundaries", () => {
  it("ends a quoted content at its closing mark before «، قبل أن يحذف …» (the writer's narration)", () => {
    expect(
      one('وكان الوزير قد كتب، في تدوينة، أن "المعبر سيفتح غدا"، قبل أن يحذف التدوينة.')?.content.text,
    ).toBe('"المعبر سيفتح غدا"');
  });
  it("goes on with a nominal object past «، بعد أن كان …» and «، بسبب …»", () => {
    expect(
      one(
        "كشف مصدر في الوزارة عن تأجيل افتتاح الجسر إلى الربيع، بعد أن كان مقررا في الشتاء، بسبب نقص المواد.",
      )?.content.text,
    ).toBe("تأجيل افتتاح الجسر إلى الربيع، بعد أن كان مقررا في الشتاء، بسبب نقص المواد");
  });
  it("goes on with a counted object past a clause on «معظمهم»", () => {
    expect(
      one("وأعلن الجيش إنقاذ 80 مهاجرا قبالة الجزيرة، انطلق معظمهم من السواحل التونسية.")?.content.text,
    ).toBe("إنقاذ 80 مهاجرا قبالة الجزيرة، انطلق معظمهم من السواحل التونسية");
  });
});

describe("dates", () => {
  it("reads a day of the month in words («في الخامس من مارس الجاري»)", () => {
    expect(one("وكان الجيش قد أعلن، في الخامس من مارس الجاري، أن الطريق أغلق.", "2026-03-20")?.date).toBe(
      "2026-03-05",
    );
  });
});
