// Arabic session 13: a new-topic marker leaves the scene's day behind, an occasion before a ب-object, a body
// named after a king inside a workplace phrase, a place of three or four words before a titled subject.
// Made-up sentences, one rule each.
import { describe, expect, it } from "vitest";
import { run } from "./arabic.ts";

describe("a new topic («وفي سياق آخر، …») is no longer the scene before it", () => {
  it("leaves a press conference's Monday behind after «وفي سياق آخر،»", () => {
    const [a, b] = run(
      "وقال وزير الخارجية سامي الحداد إن المفاوضات ستستأنف قريبا. جاء ذلك خلال مؤتمر صحفي عقده في عمان يوم الاثنين.\n\nوفي سياق آخر، قال الحداد إن بلاده سترسل مساعدات إلى غزة.",
    );
    expect([a?.date, b?.speaker.name, b?.date]).toEqual(["2025-11-24", "سامي الحداد", null]);
  });
  it("reads «من جهة أخرى» and «على صعيد آخر» the same way", () => {
    const [, b] = run(
      "قال محافظ البنك المركزي يوسف العمري إن التضخم سيتراجع. جاء ذلك في كلمة ألقاها خلال منتدى اقتصادي في الرباط الاثنين.\n\nمن جهة أخرى، قال العمري إن البنك سيطلق عملة رقمية.",
    );
    const [, d] = run(
      "أعلن وزير الصحة حسن الموسوي أن الوزارة ستفتتح مستشفى جديدا. جاء ذلك خلال مؤتمر صحفي في بغداد الأحد.\n\nعلى صعيد آخر، أكد الموسوي أن حملة التلقيح مستمرة.",
    );
    expect([b?.date, d?.date]).toEqual([null, null]);
  });
  it("leaves a statement's own day behind too («وفي شأن آخر» in the next paragraph)", () => {
    const [a, b] = run(
      "وقال الوزير عمر الزعبي يوم الاثنين إن الحكومة ستدعم المزارعين.\nوفي شأن آخر، أكد الزعبي أن أسعار الخبز لن ترتفع.",
    );
    expect([a?.date, b?.date]).toEqual(["2025-11-24", null]);
  });
  it("dates the new topic by its own scene sentence after it", () => {
    const [, b] = run(
      "قال المتحدث باسم الجيش العقيد نبيل سعد إن القوات سيطرت على المنطقة. جاء ذلك في مؤتمر صحفي عقده الاثنين.\n\nوفي سياق آخر، قال رئيس البرلمان نبيه حمدان إن القانون سيقر قريبا. جاء ذلك خلال استقباله سفير فرنسا يوم الأحد.",
    );
    expect([b?.speaker.name, b?.date]).toEqual(["نبيه حمدان", "2025-11-23"]);
  });
  it("keeps the scene's day after «وفي سياق متصل» (the same topic)", () => {
    const [, b] = run(
      "قال وزير المالية فهد الراشد إن العجز سينخفض. جاء ذلك خلال مؤتمر صحفي الاثنين.\nوفي سياق متصل، قال الراشد إن الدين العام مستقر.",
    );
    expect(b?.date).toBe("2025-11-24");
  });
});

describe("an occasion between the subject and a ب-object is not content", () => {
  it("starts «وتعهد الوزير X خلال الجلسة بخفض الأسعار» at the ب-object", () => {
    const [c] = run("وتعهد وزير التجارة سامي الخطيب خلال الجلسة بخفض الأسعار.");
    expect(c && [c.speaker.name, c.content.text]).toEqual(["سامي الخطيب", "بخفض الأسعار"]);
  });
  it("reads «خلال اجتماع اللجنة» and «أثناء لقائه» the same way", () => {
    const [a] = run("وتعهدت وزيرة المالية ليلى حداد خلال اجتماع اللجنة بمراجعة الضرائب.");
    const [b] = run("وطالب النائب خالد المطيري أثناء الجلسة بإقالة الوزير.");
    expect([a?.content.text, b?.content.text]).toEqual(["بمراجعة الضرائب", "بإقالة الوزير"]);
  });
});

describe("a body named after a king inside a workplace phrase", () => {
  it("names «خالد العتيبي» in «الأستاذ في جامعة الملك سعود خالد العتيبي»", () => {
    const [c] = run("وقال الأستاذ في جامعة الملك سعود خالد العتيبي إن الطلاب يحتاجون إلى دعم أكبر.");
    expect(c?.speaker.name).toBe("خالد العتيبي");
  });
  it("keeps «الملك عبد العزيز» and «الملك فهد» with the body too", () => {
    const [a] = run("وقال الباحث في جامعة الملك عبد العزيز سعد الغامدي إن المناخ يتغير بسرعة.");
    const [b] = run("وقالت الطبيبة في مستشفى الملك فهد نورة القحطاني إن الحالات في تراجع.");
    expect([a?.speaker.name, b?.speaker.name]).toEqual(["سعد الغامدي", "نورة القحطاني"]);
  });
  it("reads «الأستاذ بجامعة الملك سعود X» the same way", () => {
    const [c] = run("وقال الأستاذ بجامعة الملك سعود خالد العتيبي إن الطلاب يحتاجون إلى دعم أكبر.");
    expect(c?.speaker.name).toBe("خالد العتيبي");
  });
});

describe("a place of three or four words between the verb and a titled subject", () => {
  it("finds «رئيس الوزراء الأردني» after «في العاصمة الأردنية عمان»", () => {
    const [c] = run("وقال في العاصمة الأردنية عمان رئيس الوزراء الأردني إن الحكومة ستدعم الاستثمار.");
    expect(c?.speaker.mention?.text).toBe("رئيس الوزراء الأردني");
  });
  it("names the minister after «في العاصمة المغربية الرباط» and the governor after four words", () => {
    const [a] = run("وقال في العاصمة المغربية الرباط وزير الخارجية ناصر بوريطة إن المغرب يدعم الحل السلمي.");
    const [b] = run("وقال في مدينة البصرة جنوبي العراق محافظ البصرة إن المياه شحيحة.");
    expect([a?.speaker.name, b?.speaker.mention?.text]).toEqual(["ناصر بوريطة", "محافظ البصرة"]);
  });
  it("does not read a title in construct after a one-word place («في مكتب رئيس الوزراء») as the speaker", () => {
    const [c] = run("وقال في مكتب رئيس الوزراء مصدر مسؤول إن الاجتماع انتهى.");
    expect(c?.speaker.mention?.text).not.toBe("رئيس الوزراء");
  });
});
