// Arabic conventions met in held-out batch 25 (Emarat Al Youm, Argaam, Radio Dabanga, Scientific American
// Arabic): made-up sentences, one rule each.
import { describe, expect, it } from "vitest";
import { run } from "./arabic.ts";

describe("where a document was published is no part of its author", () => {
  it("ends the source of «وفقا لبيان الشركة على …» before «على»", () => {
    const [c] = run(
      "ارتفعت أرباح شركة الواحة للإسمنت بنسبة 12% خلال الربع الأول، وفقاً لبيان الشركة على موقع البورصة اليوم.",
    );
    expect(c && [c.speaker.mention?.text, c.speaker.name]).toEqual(["بيان الشركة", "الشركة"]);
  });
  it("ends it before «عبر» too, and the body speaks on as itself", () => {
    const [a, b] = run(
      "تراجعت مبيعات المصنع خلال العام الماضي بنسبة كبيرة، بحسب تقرير الوزارة عبر موقعها الرسمي. وعزت الوزارة ذلك إلى ارتفاع أسعار الطاقة.",
    );
    expect([a?.speaker.mention?.text, b?.speaker.name]).toEqual(["تقرير الوزارة", "الوزارة"]);
  });
});

describe("a firm's quoted name after «في» in a person's title", () => {
  it("reads «مدير الأبحاث في «X»، NAME،» with the name", () => {
    const [c] = run(
      "ويرى رئيس التحليل في «الريادة المالية»، سامر نبيل العتيبي، أن الأسهم مقومة بأقل من قيمتها.",
    );
    expect(c && [c.speaker.mention?.text, c.speaker.name]).toEqual([
      "رئيس التحليل في «الريادة المالية»، سامر نبيل العتيبي",
      "سامر نبيل العتيبي",
    ]);
  });
  it("reads it without the commas too", () => {
    const [c] = run("وقال كبير الاقتصاديين في «بنك الساحل» هاني فؤاد الشمري إن التضخم سيتراجع.");
    expect(c?.speaker.name).toBe("هاني فؤاد الشمري");
  });
});

describe("a family name alone, then the hearer with «لـ»", () => {
  it("reads «وقال X لـ«Y» إن …» with X the speaker, not the start of the content", () => {
    const [c] = run("وقال الدوسري لـ«الأسواق» إن تراجع أسعار الحديد لن يستمر طويلا.");
    expect(c && [c.speaker.name, c.content.text]).toEqual(["الدوسري", "تراجع أسعار الحديد لن يستمر طويلا"]);
  });
  it("and with an outlet noun after «ل»", () => {
    const [c] = run("وقال الدوسري لصحيفة الاقتصادية إن الطلب سيرتفع.");
    expect(c && [c.speaker.name, c.content.text]).toEqual(["الدوسري", "الطلب سيرتفع"]);
  });
});

describe("two groups of unnamed sources joined by «و», and the outlet they told", () => {
  it("reads «بحسب ما أفاد شهود عيان ومصادر محلية راديو X» as both groups, without the station", () => {
    const [c] = run(
      "قتل خمسة أشخاص في هجوم على سوق المدينة صباح الأحد، بحسب ما أفاد شهود عيان ومصادر محلية راديو الوادي.",
    );
    expect(c && [c.speaker.mention?.text, c.speaker.name]).toEqual([
      "شهود عيان ومصادر محلية",
      "شهود عيان ومصادر محلية",
    ]);
  });
  it("keeps a channel told as a bare object out of the source too", () => {
    const [c] = run("انهار جسر القرية بعد أمطار غزيرة، وفق ما أبلغت مصادر أمنية قناة الشرق.");
    expect(c?.speaker.mention?.text).toBe("مصادر أمنية");
  });
});
