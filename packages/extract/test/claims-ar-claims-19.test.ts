// Arabic claim rules from held-out batch 19 (Gulf «وعزا»/«وزاد:», Maghrebi «ألحّ على», «طمأن X بأن», quote-first
// leads, two-colon headlines, verification disclaimers): made-up sentences, one rule each.
import { describe, expect, it } from "vitest";
import { run } from "./arabic.ts";

const said = (text: string, publishedAt?: string) =>
  run(text, publishedAt).map((c) => [c.speaker.name, c.cue.text, c.content.text]);

describe("regional reporting verbs", () => {
  it("reads «وعزا X Y إلى …» with its object and «إلى» as the content", () => {
    expect(said("وعزا المدير تأخر المشروع إلى «نقص العمالة».")).toEqual([
      ["المدير", "عزا", "تأخر المشروع إلى «نقص العمالة»"],
    ]);
  });
  it("reads «وزاد: «…»» (added) before a colon, not «وزادت الأسعار»", () => {
    expect(said("وقال الوزير إن الخطة جاهزة. وزاد: «لن نتراجع عن القرار».").map((c) => c[1])).toEqual([
      "قال",
      "زاد",
    ]);
    expect(run("وزادت الأسعار بنسبة 5% خلال الشهر الماضي.")).toEqual([]);
  });
  it("reads «وألحّ على ضرورة …» with its content from «ضرورة»", () => {
    expect(said("وألحّ الوالي على ضرورة تسريع وتيرة الإنجاز.")).toEqual([
      ["الوالي", "ألحّ", "ضرورة تسريع وتيرة الإنجاز"],
    ]);
  });
  it("reads «طمأن X المعنيين بأن …» past the hearer, and not «يطمئن المواطنون إلى …»", () => {
    expect(said("طمأن الوزير المتقاعدين بأن «رواتبهم مضمونة».")).toEqual([
      ["الوزير", "طمأن", "«رواتبهم مضمونة»"],
    ]);
    expect(run("ويطمئن المواطنون إلى الإجراءات الجديدة.")).toEqual([]);
  });
  it("ends the content before «، قبل أن» that leads into the next cue", () => {
    expect(said("أعلن الوزير أن المصنع «سيفتح قريبا»، قبل أن يضيف: «لن نتأخر».").map((c) => c[2])).toEqual([
      "المصنع «سيفتح قريبا»",
      "«لن نتأخر»",
    ]);
  });
});

describe("content boundaries", () => {
  it("ends the content before the outlet's verification disclaimer «، وهي حصيلة لم يتسن … التحقق منها»", () => {
    expect(
      said('وزعمت الجماعة في بيان أنها "قتلت العشرات" من الجنود، وهي حصيلة لم يتسن للوكالة التحقق منها.').map(
        (c) => c[2],
      ),
    ).toEqual(['"قتلت العشرات" من الجنود']);
    expect(
      said("وقال المرصد إن 40 مدنيا قتلوا في القصف، ولم يتسن لرويترز التأكد من الحصيلة.").map((c) => c[2]),
    ).toEqual(["40 مدنيا قتلوا في القصف"]);
  });
});

describe("headlines", () => {
  it("reads each part of a two-part headline with its own colon as a claim («الأمانة: ….. أهالي X: …»)", () => {
    const cs = run(
      "أمانة الرياض: إزالة 90% من المخلفات.. أهالي «النسيم»: الشوارع مغلقة منذ أسبوع\nوأعلنت أمانة منطقة الرياض أمس أنها أزالت معظم المخلفات.",
    );
    expect(cs.slice(0, 2).map((c) => [c.speaker.mention?.text, c.cue.text, c.content.text])).toEqual([
      ["أمانة الرياض", ":", "إزالة 90% من المخلفات"],
      ["أهالي «النسيم»", ":", "الشوارع مغلقة منذ أسبوع"],
    ]);
  });
  it("keeps a one-colon headline's words past a «..» joint", () => {
    const c = run("وزير المالية: العجز تحت السيطرة.. والنمو يتسارع\nقال وزير المالية أمس إن العجز تراجع.")[0];
    expect(c?.content.text).toBe("العجز تحت السيطرة.. والنمو يتسارع");
  });
});

describe("quote-first leads", () => {
  it("reads ««…»، بهذه الكلمات لخّص المواطن X معاناة …» with the quote as content and the verb as cue", () => {
    const c = run("«لم ننم منذ يومين»، بهذه العبارة اختصرت المواطنة فاطمة حسن الشهري معاناة جيرانها.")[0];
    expect(c && [c.speaker.mention?.text, c.cue.text, c.content.text, c.kind]).toEqual([
      "المواطنة فاطمة حسن الشهري",
      "اختصرت",
      "«لم ننم منذ يومين»",
      "direct",
    ]);
  });
  it("reads ««…»، هكذا علّق الوزير …» and keeps the participle after it", () => {
    expect(
      said('"لن نتراجع عن الإصلاحات"، هكذا علّق وزير المالية على الانتقادات، مضيفا أن الخطة ماضية.'),
    ).toEqual([
      ["وزير المالية", "علّق", '"لن نتراجع عن الإصلاحات"'],
      ["وزير المالية", "مضيفا", "الخطة ماضية"],
    ]);
  });
});

describe("nominal cues after their content", () => {
  it("reads «…، حسب ما كشف عنه الوزير في ندوة صحفية» with the minister as source, past a topic frame", () => {
    expect(
      said("وعلى صعيد النقل، ستدخل 40 حافلة جديدة الخدمة الشهر المقبل، حسب ما كشف عنه الوزير في ندوة صحفية."),
    ).toEqual([["الوزير", "حسب", "ستدخل 40 حافلة جديدة الخدمة الشهر المقبل"]]);
  });
});
