// Session 14 (left-ar): made-up sentences for the Arabic misses left at 1.58; no text here comes from a fixture.
import { describe, expect, it } from "vitest";
import { run } from "./arabic.ts";

const pairs = (text: string): [string | null, string][] =>
  run(text).map((c) => [c.speaker.name, c.content.text]);

describe("a short verbal noun after «ب» («بحل», «بدعم», «بوقف») as a request's object", () => {
  it("is the object, not a name, when another ب-word follows in the clause", () => {
    expect(pairs("وطالبت الوزيرة بحل الخلافات بالطرق السلمية.")).toEqual([
      ["الوزيرة", "بحل الخلافات بالطرق السلمية"],
    ]);
    expect(pairs("وطالب المحافظ بوقف البناء بالمنطقة الخضراء.")).toEqual([
      ["المحافظ", "بوقف البناء بالمنطقة الخضراء"],
    ]);
  });
  it("opens the content after the occasion of the words («في جلسة الأمس بحل …»)", () => {
    expect(pairs("وطالب النواب في جلسة الأمس بحل المجلس البلدي.")).toEqual([["النواب", "بحل المجلس البلدي"]]);
  });
});

describe("«في» and a noun of the speaker's own doing after a title («في كلمته», «في مداخلتها»)", () => {
  it("is the occasion of the words, not a workplace in the speaker's name", () => {
    expect(pairs("وطالب الوزير في كلمته بحل الأزمة.")).toEqual([["الوزير", "بحل الأزمة"]]);
    expect(pairs("وطالبت النائبة في مداخلتها بإقالة المدير العام.")).toEqual([
      ["النائبة", "بإقالة المدير العام"],
    ]);
  });
});

describe("a promise («وعد … بـ») with the occasion between the speaker and its object", () => {
  it("is a claim, as «تعهد … خلال … بـ» is", () => {
    expect(pairs("ووعد الوزير خلال زيارته للمحافظة أمس بإنشاء مستشفى جديد.")).toEqual([
      ["الوزير", "بإنشاء مستشفى جديد"],
    ]);
    expect(pairs("ووعد وزير الصحة سامي حداد خلال جولته في المدينة بدعم المستشفيات.")).toEqual([
      ["سامي حداد", "بدعم المستشفيات"],
    ]);
    expect(pairs("ووعدت البلدية أمام الأهالي بفتح الطريق قبل الشتاء.")).toEqual([
      ["البلدية", "بفتح الطريق قبل الشتاء"],
    ]);
  });
  it("still reads «يعد … من …» as «is counted among», no promise", () => {
    expect(run("ويعد المشروع خلال العقد الماضي من أكبر المشاريع بالمنطقة.")).toEqual([]);
  });
});

describe("a king's regnal number inside a body's name before the holder's name", () => {
  it("is the body's («رئيس جامعة الملك عبدالله الثاني خالد …»), not the end of the holder's name", () => {
    expect(pairs("وقال رئيس جامعة الملك عبد الله الثاني هشام الزعبي إن التسجيل بدأ.")).toEqual([
      ["هشام الزعبي", "التسجيل بدأ"],
    ]);
    expect(pairs("وقالت مديرة مركز الملك فيصل الأول للبحوث منى الخطيب إن النتائج مشجعة.")).toEqual([
      ["منى الخطيب", "النتائج مشجعة"],
    ]);
  });
  it("is the body's after «في» («الأستاذ في جامعة الملك عبدالله الثاني …»)", () => {
    expect(pairs("وقال الأستاذ في جامعة الملك عبدالله الثاني هشام الزعبي إن التسجيل بدأ.")).toEqual([
      ["هشام الزعبي", "التسجيل بدأ"],
    ]);
  });
  it("still closes a ruler's own name («وبحث الملك عبد الله الثاني الأوضاع …»)", () => {
    expect(pairs("واستقبل الملك عبد الله الثاني الوفد، وقال إن الحوار ضروري.")).toEqual([
      ["عبد الله الثاني", "الحوار ضروري"],
    ]);
  });
});

describe("a statement made over a range of days («يومي الأحد والاثنين», «في 17 و18 نوفمبر»)", () => {
  const PUB = "2026-11-18"; // a Wednesday
  const dated = (text: string) => run(text, PUB).map((c) => [c.speaker.name, c.date]);
  const LEAD = "أعلنت وزارة الصحة اليوم الأربعاء إطلاق حملة للتطعيم.\n";
  it("is undated, not the first day's nor the running day's", () => {
    expect(dated(`${LEAD}وأكد الوزير يومي الأحد والاثنين أن الإقبال كبير.`)).toEqual([
      ["وزارة الصحة", "2026-11-18"],
      ["الوزير", null],
    ]);
    expect(dated(`${LEAD}وقال الوزير خلال جولتين في 15 و16 نوفمبر إن الإقبال كبير.`)[1]).toEqual([
      "الوزير",
      null,
    ]);
    expect(dated(`${LEAD}وقال المدير في لقاءات عقدت بين 9 و11 نوفمبر إن الإقبال كبير.`)[1]).toEqual([
      "المدير",
      null,
    ]);
  });
  it("leaves a day range inside the content to the reported events («ستفتح يومي الجمعة والسبت»)", () => {
    expect(dated("وقال الوزير إن المراكز ستفتح يومي الجمعة والسبت.")).toEqual([["الوزير", null]]);
  });
  it("still dates a statement made on one day («يوم 17 نوفمبر»)", () => {
    expect(dated(`${LEAD}وقال الوزير يوم 16 نوفمبر إن الإقبال كبير.`)[1]).toEqual(["الوزير", "2026-11-16"]);
  });
});

describe("a part of a period after the verb («منتصف الشهر الماضي», «أواخر الأسبوع», «أوائل الشهر الجاري»)", () => {
  it("is the time of the words, no speaker's name, and gives no one day", () => {
    expect(
      run("وقال منتصف الشهر الماضي إن المفاوضات متعثرة.", "2026-11-18").map((c) => c.speaker.name),
    ).toEqual([null]);
    const late = run("وأكدت الوزارة أواخر الشهر الماضي أن المفاوضات متعثرة.", "2026-11-18");
    expect(late.map((c) => [c.speaker.name, c.date])).toEqual([["الوزارة", null]]);
    expect(pairs("وقال مدير المركز أوائل الشهر الجاري إن المفاوضات متعثرة.")).toEqual([
      ["مدير المركز", "المفاوضات متعثرة"],
    ]);
  });
});
