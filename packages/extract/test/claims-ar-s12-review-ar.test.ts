// Review of the rules fitted to Arabic batch 25: other senses of the same words, where the rules must not
// fire. Made-up sentences.
import { describe, expect, it } from "vitest";
import { run } from "./arabic.ts";

describe("«أرجع» after «ما» ascribes only when «ما» takes up the writer's figure", () => {
  it("reads no claim in «ما أرجعه X إلى …» where «أرجع» returns a thing", () => {
    expect(run("وأعاد الموظف ما أرجعه المدير إلى الخزينة.")).toEqual([]);
    expect(run("واستعاد المتحف ما أرجعته الحكومة إلى البلاد من آثار مهربة.")).toEqual([]);
  });
  it("still reads «، وهو ما أرجعه X إلى …» and «، ما عزته X إلى …»", () => {
    const [a] = run("وتراجعت المبيعات، وهو ما أرجعه المدير إلى ارتفاع الأسعار.");
    const [b] = run("وتراجعت المبيعات في الربع الأخير، ما عزته الشركة إلى ارتفاع الأسعار.");
    expect([a?.speaker.name, a?.content.text, b?.speaker.name]).toEqual([
      "المدير",
      "إلى ارتفاع الأسعار",
      "الشركة",
    ]);
  });
});

describe("«أقر» a body's enactment with «ب» is a vote, not an admission", () => {
  it("reads no claim in «أقر المجلس بالموازنة», «أقر مجلس الوزراء بتشكيل لجنة», «بزيادة الرواتب»", () => {
    expect(run("وأقر المجلس البلدي بالموازنة الجديدة للعام المقبل.")).toEqual([]);
    expect(run("وأقر مجلس الوزراء بتشكيل لجنة لدراسة الأسعار.")).toEqual([]);
    expect(run("وأقرت الحكومة بزيادة رواتب الموظفين بنسبة 10%.")).toEqual([]);
  });
  it("still reads an admission «وأقر المدرب بالهزيمة», «وأقر المتهمون بارتكاب الجريمة»", () => {
    const [a] = run("وأقر المدرب بصعوبة المباراة المقبلة.");
    const [b] = run("وأقر المتهمون بارتكاب الجريمة.");
    expect([a?.content.text, b?.content.text]).toEqual(["بصعوبة المباراة المقبلة", "بارتكاب الجريمة"]);
  });
});

describe("«، على أن» after an occasion's «عن» is the verb's clause", () => {
  it("reads «أكد X في حديثه عن الأزمة، على أن …» with the clause as the content", () => {
    const [c] = run("وأكد الوزير في حديثه عن الأزمة، على أن الحكومة ستتدخل قريبا.");
    expect(c?.content.text).toBe("الحكومة ستتدخل قريبا");
  });
});

describe("a credit line under the headline", () => {
  it("reads no claim in «المصدر: …»", () => {
    const claims = run(
      "الحكومة تطلق خطة جديدة للإسكان\nالمصدر: وكالة الأنباء الرسمية\nأعلنت الحكومة خطة جديدة للإسكان.",
    );
    expect(claims.map((c) => c.cue.text)).toEqual(["أعلنت"]);
  });
});

describe("«، لكنه عندما سئل …» is the writer's", () => {
  it("ends the content before the interview the writer tells", () => {
    const [c] = run("وأضاف المدير أن المبيعات تحسنت، لكنه عندما سئل عن الأرباح رفض التعليق.");
    expect(c?.content.text).toBe("المبيعات تحسنت");
  });
});

describe("where the meeting was held, between the occasion and the ب-object", () => {
  it("starts the content at the ب-object past «بالعاصمة», «بمقر …»", () => {
    const [a] = run("وطالب النواب في الجلسة بالعاصمة بإقالة الوزير.");
    const [b] = run("وطالب المحتجون في تظاهرة بمقر البرلمان بإسقاط الحكومة.");
    expect([a?.content.text, b?.content.text]).toEqual(["بإقالة الوزير", "بإسقاط الحكومة"]);
  });
});
