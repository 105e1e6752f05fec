// Arabic news conventions met in held-out batch 14 (agency police story, interview write-up, health story,
// economic analysis): made-up sentences, one rule each.
import { describe, expect, it } from "vitest";
import { run } from "./arabic.ts";

const said = (text: string) => run(text).map((c) => [c.speaker.name, c.cue.text, c.content.text]);

describe("a headline «NAME: words» whose name the body gives a speaker", () => {
  it("reads an interviewee's bare name before the colon as a claim of that person", () => {
    expect(
      said("سلمى العبيدي: المصارف الصغيرة لن تصمد\nوتقول العبيدي إن المصارف الصغيرة تعاني نقص السيولة."),
    ).toEqual([
      ["سلمى العبيدي", ":", "المصارف الصغيرة لن تصمد"],
      ["سلمى العبيدي", "تقول", "المصارف الصغيرة تعاني نقص السيولة"],
    ]);
  });
  it("reads a ministry's short name («الخارجية المصرية:») that the lead gives in full", () => {
    const c = run(
      "الخارجية المصرية: إجلاء 300 مواطن من مناطق القتال\nأعلنت وزارة الخارجية المصرية، الأحد، إجلاء 300 مواطن.",
    )[0];
    expect(c && [c.cue.text, c.speaker.mention?.text]).toEqual([":", "الخارجية المصرية"]);
  });
  it("reads no claim when the words before the colon name no speaker of the body", () => {
    expect(
      run("مدينة الرباط: افتتاح معرض الكتاب\nقال وزير الثقافة إن المعرض يستقبل 700 ناشر.").map(
        (c) => c.cue.text,
      ),
    ).toEqual(["قال"]);
  });
});

describe("«اكتفى X بالقول» (said no more than)", () => {
  it("reads «بالقول» as the cue of the subject's words", () => {
    expect(
      said(
        'وعن موعد الانتخابات، اكتفى رئيس المفوضية سعيد كامل بالقول: "سنعلن الموعد قريبا". واكتفت الوزيرة بالقول إن "الملف مغلق".',
      ),
    ).toEqual([
      ["سعيد كامل", "بالقول", '"سنعلن الموعد قريبا"'],
      ["الوزيرة", "بالقول", '"الملف مغلق"'],
    ]);
  });
  it("reads nothing when the subject did something else («اكتفت الشركة بنشر …»)", () => {
    expect(run("واكتفت الشركة بنشر صور المصنع الجديد.")).toEqual([]);
  });
});

describe("a reporting verb opening a relative clause («، الذي يرى أن …»)", () => {
  it("speaks for the titled antecedent, and a participle after it continues that speaker", () => {
    expect(
      said(
        'ويخالفه الرأي رئيس غرفة التجارة سامر العلي، الذي يرى أن الركود سيستمر عامين، مضيفا أن "الأسواق خائفة".',
      ),
    ).toEqual([
      ["سامر العلي", "يرى", "الركود سيستمر عامين"],
      ["سامر العلي", "مضيفا", '"الأسواق خائفة"'],
    ]);
  });
  it("reads no claim in a relative clause without a أن-clause («الذي أعلن استقالته»)", () => {
    expect(run("وتضم اللجنة مدير الشركة، الذي أعلن استقالته العام الماضي.")).toEqual([]);
  });
});

describe("the hearer «للجزيرة نت», «للوكالة» after a reporting verb", () => {
  it("is not the subject of a verb whose subject is implicit («وتقول للوكالة إن …»)", () => {
    const cs = run('وأكدت الباحثة سعاد مراد أن الأسعار سترتفع، وتقول للوكالة إن "السوق متوترة".');
    expect(cs.map((c) => [c.speaker.name, c.speaker.mention?.text ?? null])).toEqual([
      ["سعاد مراد", "الباحثة سعاد مراد"],
      ["سعاد مراد", null],
    ]);
  });
  it("ends a three-word name after a title run («… سامي فؤاد الحسن للجزيرة نت إن»)", () => {
    const c = run('ويقول الخبير المالي الأردني سامي فؤاد الحسن للجزيرة نت إن "البنوك مترددة".')[0];
    expect(c && [c.speaker.name, c.content.text]).toEqual(["سامي فؤاد الحسن", '"البنوك مترددة"']);
  });
});

describe("a verb with its particle right after it («وشدد على ضرورة …»)", () => {
  it("has an implicit subject: the word after the particle opens the content", () => {
    const cs = run("وقال الوزير إن الخطة جاهزة. وشدد على ضرورة تسريع التنفيذ.");
    expect(cs.map((c) => [c.speaker.name, c.speaker.mention?.text ?? null, c.content.text])).toEqual([
      ["الوزير", "الوزير", "الخطة جاهزة"],
      ["الوزير", null, "ضرورة تسريع التنفيذ"],
    ]);
  });
});

describe("«ونقلت القناة عن مصادر … أن …» (relayed without «قوله»)", () => {
  it("gives the claim to the ones relayed, not the outlet", () => {
    const c = run(
      'ونقلت صحيفة "الوطن" عن مصادر في وزارة الخارجية أن الزيارة أرجئت، وأن موعدا جديدا سيحدد.',
    )[0];
    expect(c && [c.speaker.name, c.cue.text, c.content.text]).toEqual([
      "مصادر في وزارة الخارجية",
      "نقلت",
      "الزيارة أرجئت، وأن موعدا جديدا سيحدد",
    ]);
  });
  it("keeps the town of an unnamed source's workplace in its description («… بالقاهرة»)", () => {
    const c = run("ونقلت الإذاعة عن مسؤول في هيئة الموانئ بالإسكندرية أن الرصيف الجديد جاهز.")[0];
    expect(c?.speaker.name).toBe("مسؤول في هيئة الموانئ بالإسكندرية");
  });
});

describe("«…، في خطوة يقول X إنها …»", () => {
  it("gives the clause on the step to the subject after its verb", () => {
    const cs = run("أقرت الحكومة خطة جديدة للنقل، في خطوة يقول الخبراء إنها ستخفف الزحام.");
    expect(cs.map((c) => [c.speaker.name, c.cue.text, c.content.text])).toEqual([
      ["الخبراء", "يقول", "ستخفف الزحام"],
    ]);
  });
});

describe("«المسؤولة السابقة» for a former deputy the article named", () => {
  it("resolves to the deputy introduced with her name", () => {
    const cs = run(
      "تعتقد النائبة السابقة لرئيس هيئة الاستثمار، الدكتورة هالة منصور، أن الإصلاح تأخر. وتلفت المسؤولة السابقة إلى أن الأنظمة معقدة.",
    );
    expect(cs.map((c) => c.speaker.name)).toEqual(["هالة منصور", "هالة منصور"]);
  });
});

describe("a headline title with the country's adjective the lede leaves out", () => {
  it("names the minister whose full title gives no country («وزير الصحة المغربي» → «وزير الصحة والحماية …»)", () => {
    const cs = run(
      "وزير الصحة المغربي يكشف ارتفاع الإصابات\nالرباط - كشف وزير الصحة والحماية الاجتماعية خالد آيت الطالب عن ارتفاع الإصابات بالحصبة.",
    );
    expect(cs.map((c) => c.speaker.name)).toEqual(["خالد آيت الطالب", "خالد آيت الطالب"]);
  });
  it("keeps apart a minister of another country («الأردني» is not «الإيراني»)", () => {
    const cs = run(
      "وزير الخارجية الأردني يحذر من التصعيد\nعمان - حذر وزير الخارجية الإيراني علي رضا من أن التصعيد خطير.",
    );
    expect(cs.map((c) => c.speaker.name)).toEqual(["وزير الخارجية الأردني", "علي رضا"]);
  });
});

describe("words between a cue and its content that are not the content", () => {
  it("«أكدت فيها أن …» with no statement named before the verb: content after «فيها أن»", () => {
    const cs = said(
      "وقالت الوزارة إن العملية نجحت. وجاء ذلك في رسالة إلى الأعضاء، أكدت فيها أن الموعد ثابت.",
    );
    expect(cs[1]).toEqual(["الوزارة", "أكدت", "الموعد ثابت"]);
  });
  it("«مستبعدا في الوقت نفسه …»: content after «في الوقت نفسه»", () => {
    const cs = said("وقال الخبير إن الأسعار سترتفع، مستبعدا في الوقت نفسه حدوث ركود هذا العام.");
    expect(cs[1]).toEqual(["الخبير", "مستبعدا", "حدوث ركود هذا العام"]);
  });
});

describe("a title with the deputised office in a ل-genitive («النائبة السابقة لمحافظ البنك …»)", () => {
  it("is a title, not a name the body's bank could take", () => {
    const cs = run(
      "حوار مع النائبة السابقة لمحافظ البنك المركزي الأردني\nوبحسب ما أعلنه البنك المركزي الأردني في بيان، فإن الاحتياطي ارتفع.",
    );
    expect(cs.map((c) => c.speaker.name)).toEqual(["البنك المركزي الأردني"]);
  });
});

describe("«أبلغ الوزير «الصحيفة» أن …»: a quoted outlet as the hearer", () => {
  it("takes the أن-clause after the outlet's name as the content", () => {
    const c = run("وأبلغ وزير الطاقة سامر حداد «الشرق الأوسط»، أمس، أن الإنتاج سيرتفع.")[0];
    expect(c && [c.speaker.name, c.content.text, c.kind]).toEqual([
      "سامر حداد",
      "الإنتاج سيرتفع",
      "indirect",
    ]);
  });
});

describe("«كبير الاقتصاديين في …» (chief economist) as a title", () => {
  it("heads a title phrase whose apposition names the person", () => {
    expect(
      said("وقال كبير الاقتصاديين في بنك الاستثمار الخليجي، سامر النجار، إن التضخم سيتراجع.").map(
        (c) => c[0],
      ),
    ).toEqual(["سامر النجار"]);
  });
  it("keeps the affiliation «في شركة '…'» before the apposition that names the person", () => {
    const c = run('وقال كبير المحللين في شركة "نماء للأبحاث"، خالد الراشد، إن الطلب سيتباطأ.')[0];
    expect(c && [c.speaker.name, c.speaker.mention?.text]).toEqual([
      "خالد الراشد",
      'كبير المحللين في شركة "نماء للأبحاث"، خالد الراشد',
    ]);
  });
  it("stays an adjective after a title («مسؤول كبير»)", () => {
    expect(said("وقال مسؤول كبير إن المفاوضات متعثرة.").map((c) => c[0])).toEqual(["مسؤول كبير"]);
  });
});

describe("a verbal-noun object that goes on past a comma", () => {
  it("keeps the figure's breakdown («، بينها …») and the place («، في ولاية …»)", () => {
    const c = run(
      "وكشفت الوزارة عن تسجيل 300 إصابة بالحصبة، بينها 4 وفيات، في ولاية كسلا منذ مطلع الشهر.",
    )[0];
    expect(c?.content.text).toBe("تسجيل 300 إصابة بالحصبة، بينها 4 وفيات، في ولاية كسلا منذ مطلع الشهر");
  });
  it("still ends before the writer's «، في إشارة إلى …»", () => {
    expect(run("وأعلن الجيش إسقاط طائرة مسيرة، في إشارة إلى التصعيد.")[0]?.content.text).toBe(
      "إسقاط طائرة مسيرة",
    );
  });
});
