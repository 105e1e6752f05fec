// Arabic conventions met in held-out batch 28 (Alsumaria, Ammon, Ennahar, Al-Riyadh): made-up sentences, one
// rule each.
import { describe, expect, it } from "vitest";
import { run } from "./arabic.ts";

const pairs = (text: string): [string | null, string][] =>
  run(text).map((c) => [c.speaker.name, c.content.text]);

describe("a quotation opening the paragraph, then «بهذه العبارة علّق TITLE، NAME، على …»", () => {
  it("names the person between commas after the title, and knows the surname afterwards", () => {
    const text = [
      '"الأسعار ما زالت مرتفعة، ولا يمكن للأسر تحملها"، بهذه العبارة علّق رئيس جمعية حماية المستهلك، سامر يوسف الخطيب، على قرار الحكومة.',
      'وقال الخطيب للغد إن نسبة التضخم "تجاوزت 5 بالمئة".',
    ].join("\n");
    expect(pairs(text)).toEqual([
      ["سامر يوسف الخطيب", '"الأسعار ما زالت مرتفعة، ولا يمكن للأسر تحملها"'],
      ["سامر يوسف الخطيب", 'نسبة التضخم "تجاوزت 5 بالمئة"'],
    ]);
  });
});

describe("a colon headline whose hearer is glued to «لـ» and not quoted («وزير الصحة لرؤيا: …»)", () => {
  const body =
    'عمان - قال وزير الصحة، الدكتور سامي عادل النسور، في تصريح خاص لرؤيا الاثنين، إن المخزون "يكفي لستة أشهر".';
  it("ends the speaker before the outlet the body says the words were told to", () => {
    const [c] = run(`وزير الصحة لرؤيا: لا نقص في أدوية الأمراض المزمنة\n${body}`);
    expect([c?.speaker.name, c?.speaker.mention?.text, c?.content.text]).toEqual([
      "سامي عادل النسور",
      "وزير الصحة",
      "لا نقص في أدوية الأمراض المزمنة",
    ]);
  });
  it("keeps a ل-genitive the body never tells anything to («الأمين العام لنقابة الأطباء»)", () => {
    const [c] = run(`الأمين العام لنقابة الأطباء: الإضراب قائم حتى إشعار آخر\n${body}`);
    expect(c?.speaker.mention?.text).toBe("الأمين العام لنقابة الأطباء");
  });
});

describe("«داعيا من لم … إلى …»: «مَن» (whoever) opens the object", () => {
  it("keeps «من» in the content of the participle", () => {
    const [, c] = run(
      'وكانت وزارة الصحة قد أكدت في بيان أن "اللقاح آمن"، داعية من لم يتلقوا الجرعة الثانية إلى "التوجه إلى أقرب مركز".',
    );
    expect(c?.content.text).toBe('من لم يتلقوا الجرعة الثانية إلى "التوجه إلى أقرب مركز"');
  });
});

describe(`«ووصفت X، في كلمة لها …، Y بأنها "…"»: the thing described after an aside`, () => {
  it("keeps the object and «بأنها» in the content, as when no aside stands between", () => {
    const [c] = run(
      'ووصفت النائبة رنا خالد العمري، في كلمة لها خلال جلسة البرلمان الاثنين، أسعار الأدوية بأنها "غير مقبولة".',
    );
    expect([c?.content.text, c?.kind]).toEqual(['أسعار الأدوية بأنها "غير مقبولة"', "mixed"]);
  });
});

describe("«وحسبه، فإن …، على حد تعبيره»", () => {
  it("ends the content before the writer's tag on the wording", () => {
    const text = [
      'وقال رئيس النقابة سامي الحداد إن الأجور "متدنية".',
      'وحسبه، فإن النقابة طالبت بزيادة الرواتب "دون جدوى"، على حد تعبيره.',
    ].join("\n");
    expect(pairs(text)[1]).toEqual(["سامي الحداد", 'النقابة طالبت بزيادة الرواتب "دون جدوى"']);
  });
});

describe(`«غير أن مصدرا من …، فضل عدم ذكر اسمه، أكد لـ"…" أن …»`, () => {
  it("gives the words to the unnamed source before its request for anonymity, not to the speaker before", () => {
    const text = [
      'وقال مدير المستشفى، الدكتور كريم بلقاسم، إن الوضع "تحت السيطرة".',
      'غير أن مصدرا من مركز الأورام بسطيف، فضل عدم ذكر اسمه، أكد لـ"الخبر" أن الأسرة "ممتلئة منذ أسبوع".',
    ].join("\n");
    const [, c] = run(text);
    expect([c?.speaker.mention?.text, c?.content.text]).toEqual([
      "مصدرا من مركز الأورام بسطيف",
      'الأسرة "ممتلئة منذ أسبوع"',
    ]);
    expect(c?.speaker.name).not.toBe("كريم بلقاسم");
  });
});

describe(`«"…"، يروي X، وهو …، مضيفا أن …»: a verb of telling after the quotation`, () => {
  it("reports the quotation before «يروي», and the participle after it is the same person's", () => {
    const claims = run(
      '"لم أجد سريرا واحدا في المستشفى"، يروي سمير، وهو عامل بناء من الحي، مضيفا أن ابنه "ينتظر منذ يومين".',
    );
    expect(claims.map((c) => [c.speaker.name, c.cue.text, c.content.text])).toEqual([
      ["سمير", "يروي", '"لم أجد سريرا واحدا في المستشفى"'],
      ["سمير", "مضيفا", 'ابنه "ينتظر منذ يومين"'],
    ]);
  });
});

describe(`«وجاء في الوثيقة، المؤرخة في …، أن "…"، مشيرة إلى أن …»`, () => {
  const text = [
    "حصل موقعنا، اليوم الثلاثاء، على رسالة صادرة عن مديرية التربية تقضي بتأجيل الامتحانات.",
    'وجاء في الرسالة، المؤرخة في العاشر من أيار الجاري، أن "الامتحانات ستؤجل أسبوعا"، مشيرة إلى أن المدارس "ستبقى مفتوحة".',
  ].join("\n");
  it("reads the document's words even with a participle after them, both the issuer's", () => {
    expect(
      run(text, "2025-05-20").map((c) => [c.speaker.name, c.speaker.mention?.text ?? null, c.content.text]),
    ).toEqual([
      ["مديرية التربية", "الرسالة", '"الامتحانات ستؤجل أسبوعا"'],
      ["مديرية التربية", null, 'المدارس "ستبقى مفتوحة"'],
    ]);
  });
  it("dates them by the document's own date", () => {
    expect(run(text, "2025-05-20").map((c) => c.date)).toEqual(["2025-05-10", "2025-05-10"]);
  });
});

describe("an unnamed source in the accusative after «غير أن», «لكن» («مصدرا طبيا»)", () => {
  it("names it in the nominative, with its adjectives", () => {
    expect(pairs('لكن مصدرا طبيا أكد أن الأجهزة "معطلة".')[0]?.[0]).toBe("مصدر طبي");
    expect(pairs('غير أن مسؤولا رفيعا في الوزارة قال إن الميزانية "لم تصرف".')[0]?.[0]).toBe(
      "مسؤول رفيع في الوزارة",
    );
  });
});

describe("«وعلّق TITLE، NAME، على … بالقول إن …»", () => {
  it("finds «بالقول» past the apposition and names the person between commas", () => {
    const [c] = run(
      'وعلّق رئيس جمعية حماية المستهلك، سامر يوسف الخطيب، على القرار بالقول إن الأسعار "مرتفعة".',
    );
    expect(c && [c.speaker.name, c.cue.text, c.content.text]).toEqual([
      "سامر يوسف الخطيب",
      "بالقول",
      'الأسعار "مرتفعة"',
    ]);
  });
});
