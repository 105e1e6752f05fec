// Arabic claim rules from held-out batch 17 and the older batches' misses (two-part headlines, an outlet's
// observation, studies' findings, pluperfects without قد, court pleas and requests, relayed complaints):
// made-up sentences, one rule each.
import { describe, expect, it } from "vitest";
import { one, run } from "./arabic.ts";

const said = (text: string, publishedAt?: string) =>
  run(text, publishedAt).map((c) => [c.speaker.name, c.cue.text, c.content.text]);

describe("headlines and nominal cues", () => {
  it("reads the second part of a two-part headline «…. ووزير X: …» as the minister's claim", () => {
    const c = run(
      "الحكومة تقر موازنة العام المقبل.. ووزير الاقتصاد: العجز «تحت السيطرة»\nأقرت الحكومة الموازنة أمس.",
    )[0];
    expect(c && [c.speaker.mention?.text, c.cue.text, c.content.text, c.kind]).toEqual([
      "وزير الاقتصاد",
      ":",
      "العجز «تحت السيطرة»",
      "mixed",
    ]);
  });
  it("reads «…، وفق ما رصدته الصحيفة» and «حسب ما وثقه المرصد» as the observer's claim", () => {
    expect(said("ارتفعت أسعار الخبز في الأسواق المحلية بنسبة كبيرة، وفق ما رصدته الصحيفة.")).toEqual([
      ["الصحيفة", "وفق", "ارتفعت أسعار الخبز في الأسواق المحلية بنسبة كبيرة"],
    ]);
    expect(said("قتل خمسة مدنيين في قصف على السوق الشعبي، حسب ما وثقه المرصد.")).toEqual([
      ["المرصد", "حسب", "قتل خمسة مدنيين في قصف على السوق الشعبي"],
    ]);
  });
});

describe("findings and background", () => {
  it("reads «ووجدت الدراسة، التي …، أن» and «وخلص التقرير إلى أن» as findings", () => {
    expect(said("ووجدت الدراسة، التي شملت 300 مريض، أن نصف المرضى لا يحصلون على العلاج.")).toEqual([
      ["الدراسة", "وجدت", "نصف المرضى لا يحصلون على العلاج"],
    ]);
    expect(said("وخلص التقرير إلى أن الحكومة لم تنفذ وعودها.")).toEqual([
      ["التقرير", "خلص", "الحكومة لم تنفذ وعودها"],
    ]);
  });
  it("does not read «وجد نفسه» or «توجد أدلة» as a finding", () => {
    expect(run("ووجد الطفل نفسه وحيدا في الشارع.")).toEqual([]);
    expect(run("ولا توجد أدلة على أن المصنع لوث النهر.")).toEqual([]);
  });
  it("reads «وكانت المنظمة حذرت من أن …» (a pluperfect without قد) with its subject between كان and the verb", () => {
    expect(said("وكانت المنظمة حذرت من أن الأمراض المزمنة باتت مسؤولة عن نصف الوفيات.")).toEqual([
      ["المنظمة", "حذرت من", "الأمراض المزمنة باتت مسؤولة عن نصف الوفيات"],
    ]);
    expect(run("وكانت الأسعار ارتفعت أمس.")).toEqual([]);
  });
});

describe("court pleas and requests", () => {
  it("reads «دفع المحامي ببطلان …» as a plea, its content from بـ, and not «دفع ثمن»", () => {
    expect(said("ودفع الدفاع بعدم دستورية المادة 12 من القانون.")).toEqual([
      ["الدفاع", "دفع", "بعدم دستورية المادة 12 من القانون"],
    ]);
    expect(run("ودفع المواطنون ثمن الأزمة.")).toEqual([]);
    expect(run("ودفع الجيش بتعزيزات إلى الحدود.")).toEqual([]);
  });
  it("keeps the fallback request «، واحتياطيا …» in the demand", () => {
    const c = run("وأكد المحامي أن موكله بريء، مطالبا ببراءته، واحتياطيا استعمال الرأفة معه.")[1];
    expect(c?.content.text).toBe("ببراءته، واحتياطيا استعمال الرأفة معه");
  });
  it("reads «والتمس ممثل النيابة، خلال جلسة … طويلة، إدانة …» with the object after a long occasion", () => {
    const c = one(
      "والتمس ممثل النيابة، خلال جلسة المرافعات التي بدأت صباح أمس واستمرت حتى ساعة متأخرة من الليل، إدانة المتهمين بأشد العقوبات.",
    );
    expect(c && [c.cue.text, c.content.text]).toEqual(["التمس", "إدانة المتهمين بأشد العقوبات"]);
  });
  it("reads «متوعدا X بعقوبات» with its object and «وتوعد الجيش بالرد»", () => {
    const c = run("وأضاف الوزير أن الرقابة حررت 1400 محضر، متوعدا المتلاعبين بالأسعار بعقوبات صارمة.")[1];
    expect(c && [c.cue.text, c.content.text]).toEqual(["متوعدا", "المتلاعبين بالأسعار بعقوبات صارمة"]);
    expect(said("وتوعد الجيش بالرد على الهجوم.")).toEqual([["الجيش", "توعد", "بالرد على الهجوم"]]);
  });
  it("reads «وأمّن الوالي على أهمية …» (endorsed) and not «أمن الطاقة على رأس …»", () => {
    expect(said("وأمن الوالي على أهمية الالتزام بالمواعيد.")).toEqual([
      ["الوالي", "أمن", "أهمية الالتزام بالمواعيد"],
    ]);
    expect(run("أمن الطاقة على رأس أولويات الحكومة.")).toEqual([]);
  });
});

describe("hearers and relays", () => {
  it("reads «أبلغ X، NAME، «الصحيفة»، أمس، أن …»: the quoted outlet after an apposition is the hearer", () => {
    const c = one("أبلغ وزير النقل، كريم حداد، «الشرق الأوسط»، أمس، أن الطريق سيفتح قريبا.");
    expect(c && [c.cue.text, c.content.text]).toEqual(["أبلغ", "الطريق سيفتح قريبا"]);
  });
  it("ends a relayed complaint «شكواهم من …» at the writer's «، إذ …» and drops «من أن»'s أن", () => {
    expect(
      said(
        "ونقلت وسائل إعلام محلية عن سكان في المدينة شكواهم من انقطاع المياه عن الأحياء الشرقية، إذ لم تصل المياه منذ أسبوع.",
      ),
    ).toEqual([["سكان في المدينة", "شكواهم", "انقطاع المياه عن الأحياء الشرقية"]]);
    expect(said("ونقلت الوكالة عن الوزير تحذيره من أن الأزمة ستتفاقم.")).toEqual([
      ["الوزير", "تحذيره", "الأزمة ستتفاقم"],
    ]);
  });
});

describe("objects that go on, and relative clauses", () => {
  it("keeps «، يصاحبها …» and «، مصحوبة بـ…» (what comes with the warned-of thing) in the object", () => {
    const c = one(
      "وحذر مركز الأرصاد من هطول أمطار غزيرة على المرتفعات، يصاحبها نشاط في الرياح وتدن في الرؤية.",
    );
    expect(c?.content.text).toBe("هطول أمطار غزيرة على المرتفعات، يصاحبها نشاط في الرياح وتدن في الرؤية");
    expect(one("وحذر الوزير من ارتفاع الأسعار، يصاحبه الرئيس في جولته.")?.content.text).toBe(
      "ارتفاع الأسعار",
    );
  });
  it("reads «NAME، الذي أكد التزام …» (a stance verb's nominal object in a relative clause) as NAME's claim", () => {
    expect(said("وتحدث في الجلسة ممثل البنك الدولي سامي العلي، الذي شدد على ضرورة تمويل المشروع.")).toEqual([
      ["سامي العلي", "شدد على", "ضرورة تمويل المشروع"],
    ]);
    expect(run("وزار الوزير، الذي أعلن الحرب على الفساد، مقر البلدية.")).toEqual([]);
  });
});
