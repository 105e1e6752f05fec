// Session 22 (arspans): rarer Arabic reporting verbs and where the content opens, in the styles of Libyan,
// London-based and Gulf papers. Made-up sentences; no text here comes from a fixture or a probe.
import { describe, expect, it } from "vitest";
import { run } from "./arabic.ts";

const said = (text: string, pub?: string) =>
  run(text, pub).map((c) => [c.speaker.name, c.content.text, c.kind]);

describe("«استدرك» (went on to qualify) before a clause", () => {
  it("reports with its subject named or implicit after «لكنه»", () => {
    expect(
      said('وأقر المدير نبيل الساعدي بأن الخطة تأخرت، لكنه استدرك بأن "التمويل بات متوفرا الآن".'),
    ).toEqual([
      ["نبيل الساعدي", "الخطة تأخرت", "indirect"],
      ["نبيل الساعدي", '"التمويل بات متوفرا الآن"', "direct"],
    ]);
    expect(
      said(
        'وقال سمير الهادي إن المصنع سيغلق أبوابه.\nواستدرك الهادي بأن العمال "سيحصلون على تعويضاتهم"، وأن الإدارة ستعيد فتحه.',
      ),
    ).toEqual([
      ["سمير الهادي", "المصنع سيغلق أبوابه", "indirect"],
      ["سمير الهادي", 'العمال "سيحصلون على تعويضاتهم"، وأن الإدارة ستعيد فتحه', "mixed"],
    ]);
  });
  it("reports nothing with a nominal object", () => {
    expect(said("واستدرك المدرب الخطأ في الشوط الثاني بتغيير لاعبين.")).toEqual([]);
  });
});

describe("«ختم حديثه بالقول» (closed with the words)", () => {
  it("reports what follows «بالقول»", () => {
    expect(said('وختمت الوزيرة سعاد المرزوقي كلمتها بالقول: "المدارس ستفتح في موعدها".')).toEqual([
      ["سعاد المرزوقي", '"المدارس ستفتح في موعدها"', "direct"],
    ]);
  });
  it("reports nothing without it", () => {
    expect(said("وختم الحكم المباراة بصافرة النهاية بعد أن احتسب ركلة جزاء.")).toEqual([]);
  });
});

describe("an outlet's colon dateline «X من المدينة:» before words that end in «، وفق ما …»", () => {
  it("is out of the content", () => {
    expect(
      said(
        "صحيفة الواحة من القاهرة: ارتفعت أسعار الأرز بنسبة 12 في المئة خلال أسبوع، وفق ما أعلنت شعبة المستوردين.",
      ),
    ).toEqual([["شعبة المستوردين", "ارتفعت أسعار الأرز بنسبة 12 في المئة خلال أسبوع", "indirect"]]);
    expect(
      said('عمان- "الواحة": تراجعت صادرات الفوسفات بنسبة الربع، وفق ما أعلنت غرفة التجارة.')[0]?.[1],
    ).toBe("تراجعت صادرات الفوسفات بنسبة الربع");
  });
});

describe("«وجاء في بيان نشرته X على صفحتها …»", () => {
  it("speaks as the body that posted it, not its page", () => {
    const c = run('وجاء في بيان نشرته هيئة الموانئ على صفحتها الرسمية أن "الرصيف الجديد جاهز".')[0];
    expect(c?.speaker.name).toBe("هيئة الموانئ");
  });
});

describe("«أبدى X قلقه/تخوفه من …» (a worry shown)", () => {
  it("tells no statement", () => {
    expect(said("وأبدى عدد من المزارعين تخوفهم من تأخر موسم الأمطار.")).toEqual([]);
    expect(said("وأبدى رئيس الجمعية كمال الدباغ قلقه من ارتفاع أسعار البذور.")).toEqual([]);
  });
});

describe('«ونقلت وكالة "X" عن Y قوله …» (the agency name in quotation marks)', () => {
  it("relays Y's words, with and without the day after «قوله»", () => {
    expect(said('ونقلت وكالة "صدى" عن وزير الزراعة، كريم حسن العطار، قوله إن الموسم "سيكون جيدا".')).toEqual([
      ["كريم حسن العطار", 'الموسم "سيكون جيدا"', "mixed"],
    ]);
    expect(
      said(
        "ونقلت الإذاعة الرسمية «نبض» عن مديرة المستشفى، سناء فؤاد الحلبي، قولها اليوم إن الأجنحة «ممتلئة».",
      ),
    ).toEqual([["سناء فؤاد الحلبي", "الأجنحة «ممتلئة»", "mixed"]]);
  });
});

describe("«كما أُعلن، في بلاغ صادر عن X …، أن …» (the passive, its issuer in the aside)", () => {
  it("speaks as the body that issued the notice", () => {
    const c = run(
      'وقال المدير سامي الورفلي إن المحطة "ستعمل قريبا".\nكما أُعلن، في بلاغ صادر عن بلدية الزاوية مساء الخميس، أن الطريق سيغلق يومين.',
    )[1];
    expect([c?.speaker.name, c?.content.text]).toEqual(["بلدية الزاوية", "الطريق سيغلق يومين"]);
  });
  it("keeps the speaker named before when the issuer is his own office", () => {
    const c = run(
      'وقال الوزير سامي الورفلي إن المحطة "ستعمل قريبا".\nوأعلن، في بيان صادر عن مكتبه، أن الطريق سيغلق.',
    )[1];
    expect(c?.speaker.name).toBe("سامي الورفلي");
    const d = run(
      'وقال الوزير سامي الورفلي إن المحطة "ستعمل قريبا".\nكما أعلن، في بلاغ صادر عن مكتبه الإعلامي، أن الطريق سيغلق.',
    )[1];
    expect(d?.speaker.name).toBe("سامي الورفلي");
    const e = run(
      'وقال الوزير سامي الورفلي إن المحطة "ستعمل قريبا".\nوأضاف، في بيان صادر عن الوزارة، أن الطريق سيغلق.',
    )[1];
    expect(e?.speaker.name).toBe("سامي الورفلي");
  });
});

describe("«انتقد المدرب السابق للفريق، X، …» (a title ending in a «للـ» genitive before the apposed name)", () => {
  it("keeps «للفريق» in the title, no object of the verb", () => {
    const cs = run(
      'وانتقد المدير السابق للمصنع، حاتم زكي الجندوبي، طريقة إعفائه، مشيرا إلى أن الشركة "لم تشرح الأسباب".',
    );
    expect(cs.some((c) => c.content.text === "للمصنع")).toBe(false);
    expect(cs.at(-1)?.speaker.name).toBe("حاتم زكي الجندوبي");
  });
});
