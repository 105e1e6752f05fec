// Arabic shapes behind the residual errors of the fitted held-out sets (batches 1–22): made-up
// sentences, one rule each.
import { describe, expect, it } from "vitest";
import { one, run } from "./arabic.ts";

describe("an unnamed group and how the outlet reached it", () => {
  it("names «شهود عيان تحدثوا لـ…» by the group; the contact is neither name nor content", () => {
    const c = one("وقال شهود عيان تحدثوا لوكالة الأنباء إن الطريق أغلق منذ الصباح.");
    expect(c && [c.speaker.name, c.content.text]).toEqual(["شهود عيان", "الطريق أغلق منذ الصباح"]);
  });
  it("reads past «التقتهم الصحيفة في …» to the complementizer", () => {
    const c = one('وأكد متسوقون التقتهم "النهار" في السوق الشعبي بأنهم ينتظرون الشاحنات منذ الفجر.');
    expect(c && [c.speaker.name, c.content.text]).toEqual(["متسوقون", "ينتظرون الشاحنات منذ الفجر"]);
  });
});

describe("a participle after a contrast clause with its own subject", () => {
  it("gives «…، غير أن رئيس X أصر على …، مؤكدا أن …» to the contrast clause's subject", () => {
    const [, c] = run("وطالب النواب بتأجيل الجلسة، غير أن رئيس المجلس أصر على عقدها، مؤكدا أن النصاب مكتمل.");
    expect(c && [c.speaker.name, c.content.text]).toEqual(["رئيس المجلس", "النصاب مكتمل"]);
  });
  it("gives «حاولت الصحيفة …، لكن مسؤولا فيها رفض …، مكتفيا بالقول» to the official, not the paper", () => {
    const c = one(
      "وحاولت الصحيفة الاتصال بوزارة النقل، لكن مسؤولا فيها رفض الخوض في التفاصيل، مكتفيا بالقول إن التحقيق جار.",
    );
    expect(c?.speaker.name).toBe("مسؤول في وزارة النقل");
  });
});

describe("an unnamed official of a body told by a pronoun", () => {
  it("names «وقال مسؤول فيها» with the body the paragraph named before", () => {
    const c = one("وتواصلت الصحيفة مع المديرية العامة للجمارك، وقال مسؤول فيها إن الشحنة محتجزة.");
    expect(c?.speaker.name).toBe("مسؤول في المديرية العامة للجمارك");
  });
  it("names «المتحدث باسمها» after «غير أن» with the company", () => {
    const c = one(
      "واتصلت الصحيفة بالشركة، غير أن المتحدث باسمها اعتذر عن التعليق، مكتفيا بالقول إن الملف لدى القضاء.",
    );
    expect(c?.speaker.name).toBe("المتحدث باسم الشركة");
  });
});

describe("a contrast inside reported speech", () => {
  it("keeps «…، فيما تواصل ورش أخرى العمل» with what the spokesman said", () => {
    const c = one(
      "وأوضح المتحدث باسم البلدية أن الفرق أصلحت معظم الأعطال، فيما تواصل ورش أخرى العمل في الأحياء الشرقية.",
    );
    expect(c?.content.text).toBe("الفرق أصلحت معظم الأعطال، فيما تواصل ورش أخرى العمل في الأحياء الشرقية");
  });
  it("keeps «…، في حين بقيت …» too", () => {
    const c = one(
      "وأكد المدير أن المستشفى استقبل عشرات الحالات، في حين بقيت الأقسام الأخرى مغلقة حتى الظهر.",
    );
    expect(c?.content.text).toBe("المستشفى استقبل عشرات الحالات، في حين بقيت الأقسام الأخرى مغلقة حتى الظهر");
  });
  it("ends before a contrast that reports another statement or a refusal to speak", () => {
    const [a, b] = run("وقال الوزير إن الخطة جاهزة، فيما قالت المعارضة إنها متأخرة.");
    expect([a?.content.text, b?.speaker.name]).toEqual(["الخطة جاهزة", "المعارضة"]);
    const c = one("وذكرت المصادر أن اللجنة عقدت اجتماعا مطولا، فيما رفض رئيس البلدية الإدلاء بأي تصريح.");
    expect(c?.content.text).toBe("اللجنة عقدت اجتماعا مطولا");
  });
});

describe("the writer's words after a nominal source's content", () => {
  it("ends «وبحسب مصدر …، فإن …» before «، وهو ما لم يحدث …»", () => {
    const c = one(
      "وبحسب ما علمته الصحيفة من مصدر حكومي، فإن الوزارة تعد خطة جديدة للنقل، وهو ما لم يحدث منذ سنوات.",
    );
    expect(c?.content.text).toBe("الوزارة تعد خطة جديدة للنقل");
  });
  it("ends «وحسب المصادر، فإن …» before «، فيما رفض المدير الإدلاء بأي تصريح»", () => {
    const c = one("وحسب المصادر ذاتها، فإن اللجنة عقدت اجتماعا مطولا، فيما رفض المدير الإدلاء بأي تصريح.");
    expect(c?.content.text).toBe("اللجنة عقدت اجتماعا مطولا");
  });
});

describe("a record the writer sets beside a figure", () => {
  it("ends «بين أن … بلغت 40 ألفا» before «، وهي من أعلى الأرقام …»", () => {
    const c = one(
      "وبين المدير أن المبيعات بلغت 40 ألف وحدة في الربع الأول، وهي من أعلى الأرقام في تاريخ الشركة.",
    );
    expect(c?.content.text).toBe("المبيعات بلغت 40 ألف وحدة في الربع الأول");
  });
  it("keeps it when quoted or tagged «على حد قوله»", () => {
    const c = one("وأكد المدير أن المبيعات بلغت 40 ألف وحدة، وهو أعلى رقم منذ سنوات، على حد قوله.");
    expect(c?.content.text).toBe("المبيعات بلغت 40 ألف وحدة، وهو أعلى رقم منذ سنوات");
  });
});

describe("the visit a statement was made on, before the verb's particle", () => {
  it("reads «أعلن اليوم خلال زيارته مزارع … في محافظة X عن خطة» from the particle", () => {
    const c = one("وأعلن وزير الزراعة اليوم خلال زيارته مزارع القمح في محافظة درعا عن خطة لدعم المزارعين.");
    expect(c?.content.text).toBe("خطة لدعم المزارعين");
  });
  it("does so in the pluperfect: «وكان X قد أعلن أمس الأحد خلال جولته … عن …»", () => {
    const c = one("وكان المحافظ قد أعلن أمس الأحد خلال جولته في أسواق المدينة القديمة عن حملة لضبط الأسعار.");
    expect(c?.content.text).toBe("حملة لضبط الأسعار");
  });
});
