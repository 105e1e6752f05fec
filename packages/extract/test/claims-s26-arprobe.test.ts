// Session 26 (arprobe): what the lane's probes in the style of new Arabic outlets found. Made-up sentences;
// no text here comes from a fixture or a probe.
import { describe, expect, it } from "vitest";
import { run } from "./arabic.ts";

const said = (text: string) => run(text).map((c) => [c.speaker.name, c.content.text]);

describe("a nominal cue's source, an aside, then «فإن» («وبحسب X، في تقرير أصدرته أمس، فإن …»)", () => {
  it("takes the content after «فإن», not the aside", () => {
    expect(
      said("وبحسب هيئة الأرصاد، في نشرة وزعتها على الصحف، فإن الأمطار ستتواصل حتى نهاية الشهر."),
    ).toEqual([["هيئة الأرصاد", "الأمطار ستتواصل حتى نهاية الشهر"]]);
  });
  it("dates the claim by the day the aside gives", () => {
    const [c] = run(
      "وبحسب نقابة المعلمين، في بيان أصدرته أمس الأول، فإن نصف المدارس تفتقر إلى التدفئة.",
      "2026-03-12",
    );
    expect(c?.content.text).toBe("نصف المدارس تفتقر إلى التدفئة");
    expect(c?.date).toBe("2026-03-10");
  });
});

describe("a name first given after a nominal cue, back after a verb of appeal («وطالب ولد X السلطات بـ…»)", () => {
  it("is the whole surname, before the one appealed to (after another «ولد» name met)", () => {
    const [, , c] = run(
      "وقال الوالي محمد ولد أحمد إن الطريق مفتوح. وبحسب رئيس الرابطة، سيدي أحمد ولد بلال، فإن الأسعار تضاعفت. " +
        "وطالب ولد بلال الحكومة بتخفيض الرسوم على الأرز.",
    );
    expect(c?.speaker.name).toBe("سيدي أحمد ولد بلال");
    expect(c?.content.text).toBe("الحكومة بتخفيض الرسوم على الأرز");
  });
});

describe("a second object of «طالب X بـ…» with its «بـ» after a comma («…، وبإعفاء …»)", () => {
  it("goes on with the content", () => {
    expect(
      said("وطالب رئيس الاتحاد الحكومة بتخفيض الضرائب على الصيادين، وبإلغاء رسوم الموانئ الصغيرة."),
    ).toEqual([["رئيس الاتحاد", "الحكومة بتخفيض الضرائب على الصيادين، وبإلغاء رسوم الموانئ الصغيرة"]]);
  });
});

describe("«حسبما», «بحسبما»: a nominal cue with «ما» written onto it", () => {
  it("opening the sentence, names the verb's subject as the source", () => {
    expect(said("وحسبما أفادت مديرية الصحة، فإن ثلاث حالات سجلت في المدينة.")).toEqual([
      ["مديرية الصحة", "ثلاث حالات سجلت في المدينة"],
    ]);
  });
  it("after the content, names the source and closes the content", () => {
    expect(said("توقفت الحافلات عن العمل، حسبما أوردته وكالة الأنباء الرسمية.")).toEqual([
      ["وكالة الأنباء الرسمية", "توقفت الحافلات عن العمل"],
    ]);
  });
  it("after a verb's content, is the writer's tag, no part of it", () => {
    const [c] = run("وأعلنت وزارة النقل أنها تعد قانونا جديدا للسير، حسبما أوردته وكالة الأنباء الرسمية.");
    expect(c?.content.text).toBe("تعد قانونا جديدا للسير");
  });
});

describe("«فقد» opening the content of a nominal cue («وحسب X، فقد بلغ …»)", () => {
  it("is left out, as «فإن» is", () => {
    expect(said("وحسب معطيات الرابطة الوطنية، فقد بلغ عدد المتضررين ألفي شخص.")[0]?.[1]).toBe(
      "بلغ عدد المتضررين ألفي شخص",
    );
  });
});

describe("a quoted content, then the speaker's reason «، إذ إن …»", () => {
  it("goes on with the content", () => {
    expect(said('وقالت الطبيبة نوال حداد إن "الوضع مقلق"، إذ إن المستشفى "يستقبل ضعف طاقته".')).toEqual([
      ["نوال حداد", '"الوضع مقلق"، إذ إن المستشفى "يستقبل ضعف طاقته"'],
    ]);
  });
});

describe("«وفقا لما» + verb: a nominal cue whose source is the verb's subject", () => {
  it("opening the sentence", () => {
    expect(said("ووفقا لما أعلنته نقابة الأطباء، فإن العيادات ستغلق يوم الخميس.")).toEqual([
      ["نقابة الأطباء", "العيادات ستغلق يوم الخميس"],
    ]);
  });
  it("after the content", () => {
    expect(said("أغلقت العيادات أبوابها، وفقا لما أعلنته نقابة الأطباء.")).toEqual([
      ["نقابة الأطباء", "أغلقت العيادات أبوابها"],
    ]);
  });
});

describe("«بلهجة …», «بنبرة …» between the speaker and the colon of a quote", () => {
  it("is the manner, in neither the name nor the content", () => {
    expect(said('ويضيف الصياد رامي العلي بلهجة حادة: "البحر ما عاد يعطي شي".')).toEqual([
      ["رامي العلي", '"البحر ما عاد يعطي شي"'],
    ]);
    expect(said('ويضيف الصياد رامي العلي بنبرة غاضبة: "البحر ما عاد يعطي شي".')[0]?.[1]).toBe(
      '"البحر ما عاد يعطي شي"',
    );
    expect(said('وتقول البائعة سعاد الزين بلهجة ساخرة: "السوق نايم".')).toEqual([
      ["سعاد الزين", '"السوق نايم"'],
    ]);
  });
});
