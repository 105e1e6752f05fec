// Arabic conventions met in held-out batch 26 (Felesteen, Kurdistan 24, Assabah News, Al-Sharq): made-up
// sentences, one rule each.
import { describe, expect, it } from "vitest";
import { run } from "./arabic.ts";

describe("a short name in quotation marks before the verb", () => {
  it('reads «.. و"التربية" تعلن …» in a two-part headline as the ministry, without the marks', () => {
    const claims = run(
      'طلاب الثانوية أمام امتحان صعب.. و"التربية" تعلن تأجيل النتائج أسبوعا\nوأعلنت وزارة التربية في مصر، في بيان أمس، تأجيل النتائج أسبوعا لأسباب فنية.',
    );
    expect(claims[0] && [claims[0].speaker.mention?.text, claims[0].speaker.name]).toEqual([
      "التربية",
      "وزارة التربية في مصر",
    ]);
  });
  it('reads «"الزراعة" تحذر من …» opening a sentence', () => {
    const [c] = run('وقالت وزارة الزراعة إن الموسم جيد. "الزراعة" تحذر من انتشار آفة جديدة في الحقول.');
    const [, warning] = run(
      'وقالت وزارة الزراعة إن الموسم جيد. "الزراعة" تحذر من انتشار آفة جديدة في الحقول.',
    );
    expect(c?.speaker.name).toBe("وزارة الزراعة");
    expect(warning && [warning.speaker.mention?.text, warning.content.text]).toEqual([
      "الزراعة",
      "انتشار آفة جديدة في الحقول",
    ]);
  });
  it("leaves a quotation before a verb alone", () => {
    const claims = run('وقال الوزير إن الأزمة انتهت. "لن نتراجع" يقول الوزير.');
    expect(claims.every((c) => c.speaker.mention?.text !== "لن نتراجع")).toBe(true);
  });
});

describe("a headline verb's one-word subject is the body the article names in full", () => {
  it("names «والبيئة تحذر من …» as the ministry quoted below", () => {
    const [h] = run(
      "موجة حر تضرب البلاد.. والبيئة تحذر من حرائق الغابات\nوحذرت وزارة البيئة في الأردن، في بيان الثلاثاء، من أن حرائق الغابات قد تتكرر هذا الصيف.",
    );
    expect(h && [h.speaker.mention?.text, h.speaker.name, h.date]).toEqual([
      "البيئة",
      "وزارة البيئة في الأردن",
      "2025-11-25",
    ]);
  });
});

describe("«الحاجة» before a woman's name, and her words after the scene that brings her in", () => {
  it("reads «تقول … إنها …» after «جلست الحاجة X تنتظر …» as hers, not the ministry's", () => {
    const claims = run(
      'وحذرت وزارة الصحة من نفاد الأدوية خلال أيام.\nوفي قاعة الانتظار، جلست الحاجة سعاد يوسف النجار (70 عاما) تنتظر دواءها منذ الفجر. تقول للصحيفة إنها تأتي كل أسبوع دون جدوى، وتضيف: "لم يبق لي إلا الصبر".',
    );
    expect(claims.slice(1).map((c) => [c.speaker.name, c.speaker.mention])).toEqual([
      ["سعاد يوسف النجار", null],
      ["سعاد يوسف النجار", null],
    ]);
  });
  it("reads a masculine «يقول … إنه …» after «وقف المزارع X …» as his", () => {
    const claims = run(
      'وقال وزير الزراعة سامي حداد إن الموسم جيد.\nوفي سوق الخضار، وقف المزارع سليم عودة أمام شاحنته منذ الصباح. يقول للصحيفة إنه لم يبع شيئا منذ أسبوع، ويضيف: "الخسائر كبيرة".',
    );
    expect(claims.slice(1).map((c) => c.speaker.name)).toEqual(["سليم عودة", "سليم عودة"]);
  });
  it("leaves «وقال» with «و» to the speaker quoted last", () => {
    const claims = run(
      "وقال وزير الزراعة سامي حداد إن الموسم جيد.\nوزار الوزير المزارع سليم عودة في حقله. وقال إن الدعم سيصل قريبا.",
    );
    expect(claims.map((c) => c.speaker.name)).toEqual(["سامي حداد", "سامي حداد"]);
  });
  it("reads «وتؤكد الحاجة X أن …» with the name alone", () => {
    const [c] = run("وتؤكد الحاجة نعيمة سالم أن الخبز صار نادرا في المخيم.");
    expect(c && [c.speaker.name, c.speaker.mention?.text]).toEqual(["نعيمة سالم", "الحاجة نعيمة سالم"]);
  });
  it("keeps «الحاج» a family name", () => {
    const claims = run("وقالت الطبيبة منى الحاج إن العيادة مكتظة.\nوأوضحت الحاج أن الأدوية نفدت.");
    expect(claims.map((c) => c.speaker.name)).toEqual(["منى الحاج", "منى الحاج"]);
  });
});

describe("«في وقت يقولون فيه إن …»: a time clause goes on with the sentence's group", () => {
  it("names the group after the verb that opens the lead, with its province", () => {
    const [c] = run(
      "يشكو مئات الصيادين في محافظة البصرة من شح الأسماك منذ أشهر، في وقت يقولون فيه إن السدود قطعت المياه عنهم.",
    );
    expect(c && [c.speaker.name, c.cue.text, c.content.text]).toEqual([
      "مئات الصيادين في محافظة البصرة",
      "يقولون",
      "السدود قطعت المياه عنهم",
    ]);
  });
  it("does so after a dateline whose agency bracket touches the dash, and with «في حين»", () => {
    const [c] = run(
      "البصرة (شبكة الرافدين)- يشكو آلاف العمال من تأخر رواتبهم، في حين يؤكدون أن الشركة لم تدفع منذ ثلاثة أشهر.",
    );
    expect(c?.speaker.name).toBe("آلاف العمال");
  });
  it("keeps the square they gathered in out of the group", () => {
    const [c] = run("وتجمع آلاف العمال في ساحة المدينة، وقالوا إن الأجور تأخرت.");
    expect(c?.speaker.name).toBe("آلاف العمال");
  });
});

describe("a source opening its sentence, then a participle that goes on with it", () => {
  it("reads «وبحسب ما ذكره X …، فإن …، مرجعا …» as two claims of X", () => {
    const claims = run(
      'وقال الوزير سامر العبيدي إن الخطة جاهزة.\nوقالت النائبة هدى كريم إن الخطة متأخرة.\nوبحسب ما ذكره العبيدي في المؤتمر ذاته، فإن الوزارة دفعت نصف المستحقات، مرجعا التأخير إلى "نقص السيولة".',
    );
    expect(claims.slice(2).map((c) => [c.speaker.name, c.cue.text, c.content.text])).toEqual([
      ["سامر العبيدي", "وبحسب", "الوزارة دفعت نصف المستحقات"],
      ["سامر العبيدي", "مرجعا", 'التأخير إلى "نقص السيولة"'],
    ]);
  });
  it("reads «وبحسب X، فإن …، مشيرة إلى أن …»", () => {
    const claims = run(
      "وقالت الخبيرة ريم سعيد إن الأسعار سترتفع.\nوبحسب سعيد، فإن التضخم بلغ عشرة في المئة، مشيرة إلى أن الأجور لم ترتفع.",
    );
    expect(claims.slice(1).map((c) => c.content.text)).toEqual([
      "التضخم بلغ عشرة في المئة",
      "الأجور لم ترتفع",
    ]);
  });
});

describe("«أفاد» with an outlet's quoted name as its hearer", () => {
  it('reads «وأفاد مصدر أمني "الشروق" بأن …» with the content after «بأن»', () => {
    const [c] = run('وأفاد مصدر أمني "الشروق" بأن الموقوفين نقلوا إلى العاصمة للتحقيق معهم.');
    expect(c && [c.speaker.mention?.text, c.content.text, c.kind]).toEqual([
      "مصدر أمني",
      "الموقوفين نقلوا إلى العاصمة للتحقيق معهم",
      "indirect",
    ]);
  });
  it("keeps a quotation that opens the content", () => {
    const [c] = run('وأفاد المصدر "بأن الوضع مستقر تماما".');
    expect(c?.content.text).toBe('"بأن الوضع مستقر تماما"');
  });
});

describe("«، وهو …،» between a noun and its verb inside a content", () => {
  it("keeps «أن المتهم، وهو صاحب المحل، صرح … بأن …» in the source's claim, with no claim of its own", () => {
    const claims = run(
      "وأضاف مصدر أمني أن الموقوف، وهو صاحب المحل، صرح أمام المحققين بأن الأموال كانت للتجارة، غير أن التحريات أثبتت غير ذلك.",
    );
    expect(claims.map((c) => [c.cue.text, c.content.text])).toEqual([
      [
        "أضاف",
        "الموقوف، وهو صاحب المحل، صرح أمام المحققين بأن الأموال كانت للتجارة، غير أن التحريات أثبتت غير ذلك",
      ],
    ]);
  });
  it("still reads a subject with such an aside before its own verb", () => {
    const [c] = run("لكن الوزير، وهو في زيارة لباريس، قال إن الأزمة انتهت.");
    expect(c && [c.speaker.name, c.content.text]).toEqual(["الوزير", "الأزمة انتهت"]);
  });
});

describe("the accused acts, then speaks", () => {
  it("gives «تمسك المتهم بأقواله، مؤكدا أن …» to the accused, not the source quoted before", () => {
    const claims = run(
      'وقال مصدر قضائي إن المحكمة أجلت القضية مرتين.\nوخلال جلسة الأمس، تمسك المتهم بأقواله، مؤكدا أن "الأموال كانت قرضا".',
    );
    expect(claims[1] && [claims[1].speaker.name, claims[1].cue.text]).toEqual(["المتهم", "مؤكدا"]);
  });
});

describe("«باعتبار أن …» after a quotation is the speaker's reason", () => {
  it('keeps «"…" باعتبار أن …» in the content', () => {
    const [c] = run('وقال المحامي إن التفتيش "باطل" باعتبار أن الشرطة دخلت المنزل دون إذن.');
    expect(c?.content.text).toBe('التفتيش "باطل" باعتبار أن الشرطة دخلت المنزل دون إذن');
  });
  it("still ends it before «باعتبار» with no clause, the writer's gloss", () => {
    const [c] = run('وقال المحامي إن التفتيش "باطل" باعتبار القانون الجديد.');
    expect(c?.content.text).toBe('التفتيش "باطل"');
  });
});
