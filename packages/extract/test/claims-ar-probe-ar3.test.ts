// Arabic reviewer probe ar3 (speaker naming): Maghreb names with joiners, speakers after the content,
// relays and two speakers in one sentence. Made-up sentences, one rule each.
import { describe, expect, it } from "vitest";
import { run } from "./arabic.ts";

describe("names joined by «ولد», «بن», «أبو»", () => {
  it("keeps «الشيخ» after «ولد» in a Mauritanian name, first and on later mention", () => {
    const [a, b] = run(
      "وقال الوزير الموريتاني أحمد ولد الشيخ الحسني إن الموسم ناجح. وأضاف ولد الشيخ الحسني أن الصادرات زادت.",
    );
    expect([a?.speaker.name, b?.speaker.name, b?.content.text]).toEqual([
      "أحمد ولد الشيخ الحسني",
      "أحمد ولد الشيخ الحسني",
      "الصادرات زادت",
    ]);
  });
});

describe("a bare name held together by a joiner, with no title before it", () => {
  it("reads «أبو X» before an adjunct, and «X بن Y آل Z» before the office after it", () => {
    const [a, b] = run(
      "وقال أبو حمزة في تسجيل صوتي إن الهدنة انتهت. وقال خالد بن سلمان آل سعود وزير الدفاع السعودي إن المملكة تدعم الحوار.",
    );
    expect([a?.speaker.name, a?.content.text, b?.speaker.name, b?.content.text]).toEqual([
      "أبو حمزة",
      "الهدنة انتهت",
      "خالد بن سلمان آل سعود",
      "المملكة تدعم الحوار",
    ]);
  });
  it("keeps «القيادي في حماس» after «سامي أبو X» the office, not the content", () => {
    const c = run("وقال فوزي أبو ريدة القيادي في حماس إن الحركة لن تتراجع.")[0];
    expect([c?.speaker.name, c?.content.text]).toEqual(["فوزي أبو ريدة", "الحركة لن تتراجع"]);
  });
});

describe("a counterpart speaking in the second half of a sentence", () => {
  it("reads «في حين أكد نظيره التركي X أن …» as X's claim, not an object of an implicit subject", () => {
    const [, b] = run(
      "وقال وزير الدفاع يوسف العمري إن التعاون مستمر، في حين أكد نظيره التركي خلوصي أكار أن أنقرة ستزيد التدريبات.",
    );
    expect([b?.speaker.name, b?.content.text]).toEqual(["خلوصي أكار", "أنقرة ستزيد التدريبات"]);
  });
});

describe("a source named after the content", () => {
  it("leaves the outlet told out of «…، حسب ما صرح به الوزير X لصحيفة …»", () => {
    const c = run(
      "ستنخفض أسعار الخبز الشهر المقبل، حسب ما صرح به وزير التموين علي مصيلحي لصحيفة الأهرام.",
    )[0];
    expect([c?.speaker.name, c?.content.text]).toEqual(["علي مصيلحي", "ستنخفض أسعار الخبز الشهر المقبل"]);
  });
});
