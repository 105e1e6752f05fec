// Arabic news read as a careful reviewer reads it (session 9 probes): made-up sentences, one rule each.
import { describe, expect, it } from "vitest";
import { one, run } from "./arabic.ts";

describe("an office after an honorific and a name, without a comma (agency style)", () => {
  it("reads «الدكتور X رئيس مجلس الوزراء» as the speaker and its office, not the verb's object", () => {
    const c = one(
      "شدد الدكتور هشام عبد الرحمن رئيس مجلس إدارة الهيئة، خلال لقائه المستثمرين، أن الطرح سيتم قريبا.",
    );
    expect(c && [c.speaker.name, c.content.text]).toEqual(["هشام عبد الرحمن", "الطرح سيتم قريبا"]);
  });
  it("takes «المتحدث الرسمي باسم …» after the name, and the office names the person later", () => {
    const claims = run(
      "وصرح المستشار نادر الحلواني المتحدث الرسمي باسم وزارة العدل بأن اللجنة أنهت عملها. وأضاف المتحدث الرسمي باسم وزارة العدل أن التقرير سينشر.",
    );
    expect(claims.map((c) => [c.speaker.name, c.content.text])).toEqual([
      ["نادر الحلواني", "اللجنة أنهت عملها"],
      ["نادر الحلواني", "التقرير سينشر"],
    ]);
  });
  it("names the speaker without the office of the one a verb of appeal addresses («طالب النائب X وزير النقل»)", () => {
    const c = one("وطالب النائب سعيد المراغي وزير النقل، خلال الجلسة، بإعادة تشغيل الخط.");
    expect(c?.speaker.name).toBe("سعيد المراغي");
  });
});

describe("a document named with the ل-genitive of its body", () => {
  it("gives «بيان لوزارة …», «بلاغ للمديرية …» to the body, and «وأضاف البيان» to it too", () => {
    const claims = run(
      "وأفاد بلاغ للمديرية العامة للوقاية المدنية أن الحريق أخمد. وأضاف البلاغ أن لا ضحايا. وقال بيان صحفي لوزارة البيئة إن التلوث محدود.",
    );
    expect(claims.map((c) => c.speaker.name)).toEqual([
      "المديرية العامة للوقاية المدنية",
      "المديرية العامة للوقاية المدنية",
      "وزارة البيئة",
    ]);
  });
  it("keeps a joint statement of two bodies («بيان مشترك لوزارتي …») as the statement", () => {
    expect(one("وقال بيان مشترك لوزارتي الصحة والتعليم إن الدوام سيستأنف.")?.speaker.name).toBe(
      "بيان مشترك لوزارتي الصحة والتعليم",
    );
  });
});

describe("a stance noun right after an unknown name opens the verb's object", () => {
  it("ends «وزير الداخلية فهد الزامل» before «أهمية …», and «الشيخ X بن Y آل Z» before «ضرورة …»", () => {
    const a = one("وأكد وزير الداخلية فهد الزامل أهمية رفع الجاهزية.");
    const b = one("جدد الشيخ حمد بن سلطان آل ثاني ضرورة الحوار.");
    expect([a, b].map((c) => c && [c.speaker.name, c.content.text])).toEqual([
      ["فهد الزامل", "أهمية رفع الجاهزية"],
      ["حمد بن سلطان آل ثاني", "ضرورة الحوار"],
    ]);
  });
});

describe("«صباح» as a Gulf given name and family name", () => {
  it("reads «الشيخ صباح …» and «… الجابر الصباح» as a name, «صباح اليوم» as the time", () => {
    const a = one("وقال الشيخ صباح ناصر الصباح إن الجلسة مثمرة.");
    const b = one("وقال الوزير صباح اليوم إن الجلسة مثمرة.");
    expect([a?.speaker.name, b?.speaker.name, b?.date]).toEqual(["صباح ناصر الصباح", "الوزير", "2025-11-25"]);
  });
});

describe("a body first met inside a speaker's title", () => {
  it("names «وقالت الوزارة» by the ministry the spokesman spoke for, without his honorific", () => {
    const claims = run(
      "وقال المتحدث باسم وزارة الزراعة الأردنية المهندس لورنس المجالي إن الموسم جيد. وأكدت الوزارة أن الأسعار مستقرة.",
    );
    expect(claims.map((c) => c.speaker.name)).toEqual(["لورنس المجالي", "وزارة الزراعة الأردنية"]);
  });
  it("keeps a body the article named itself («أعلنت وزارة الصحة …» then «الوزارة»)", () => {
    const claims = run(
      "أعلنت وزارة الصحة أن الحالات تراجعت. وقال مسؤول في وزارة المالية إن الدعم مستمر. وأضافت الوزارة أن اللقاح متوفر.",
    );
    expect(claims.map((c) => c.speaker.name)).toEqual([
      "وزارة الصحة",
      "مسؤول في وزارة المالية",
      "وزارة الصحة",
    ]);
  });
});
