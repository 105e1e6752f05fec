// Arabic news conventions met in held-out batch 13 (Sudanese agency story, Moroccan court report):
// made-up sentences, one rule each.
import { describe, expect, it } from "vitest";
import { run } from "./arabic.ts";

describe("a titled name run without commas before a verbal-noun object", () => {
  it("ends the name at a derived verbal noun («… الدكتور X Y Z استعداد …»)", () => {
    const c = run("أكد وزير الصحة الاتحادي الدكتور كمال حسن النور استعداد المستشفيات لاستقبال المرضى.")[0];
    expect(c && [c.speaker.name, c.content.text]).toEqual([
      "كمال حسن النور",
      "استعداد المستشفيات لاستقبال المرضى",
    ]);
    const b = run("وأكد مدير الهيئة المهندس سامي فؤاد التزام الهيئة بالمواعيد.")[0];
    expect(b && [b.speaker.name, b.content.text]).toEqual(["سامي فؤاد", "التزام الهيئة بالمواعيد"]);
  });
  it("keeps a given name of that shape («الوزيرة انتصار حسن»)", () => {
    expect(run("وأكدت الوزيرة انتصار حسن أن الوضع مستقر.")[0]?.speaker.name).toBe("انتصار حسن");
  });
});

describe("commending and regional bodies (Maghrebi press)", () => {
  it("reads «ثمّن X القرار» as a claim whose content is the commended thing", () => {
    const c = run("وثمنت النقابة مبادرة الحكومة.")[0];
    expect(c && [c.speaker.name, c.cue.text, c.content.text]).toEqual(["النقابة", "ثمنت", "مبادرة الحكومة"]);
  });
  it("does not read the noun «ثمن» (price) as a cue", () => {
    expect(run("وارتفع ثمن الخبز إلى دينارين.")).toEqual([]);
    expect(run("ودفع المواطن ثمن الأزمة.")).toEqual([]);
  });
  it("ends a regional body's name at its town («المديرية الإقليمية للتعليم بتارودانت»)", () => {
    const c = run("وأكدت المديرية الإقليمية للتعليم بتارودانت أن الدراسة مستمرة.")[0];
    expect(c && [c.speaker.name, c.content.text]).toEqual([
      "المديرية الإقليمية للتعليم بتارودانت",
      "الدراسة مستمرة",
    ]);
  });
  it("reads a definite word after the town as the object and gives the body the participle after it", () => {
    const cs = run(
      "من جهته، ثمن المرصد الجهوي لحماية المستهلك بفاس القرار، معتبرا أنه خطوة في الاتجاه الصحيح.",
    );
    expect(cs.map((c) => [c.speaker.name, c.cue.text, c.content.text])).toEqual([
      ["المرصد الجهوي لحماية المستهلك بفاس", "ثمن", "القرار"],
      ["المرصد الجهوي لحماية المستهلك بفاس", "معتبرا", "خطوة في الاتجاه الصحيح"],
    ]);
  });
});

describe("an occasion before the verb and a body named by its members", () => {
  it("reads the verb after a fronted occasion with no comma («وفي مؤتمر صحفي أكد …»)", () => {
    const c = run("وفي مؤتمر صحفي أكد الوزير أن السعر منخفض.")[0];
    expect(c && [c.speaker.name, c.cue.text, c.content.text]).toEqual(["الوزير", "أكد", "السعر منخفض"]);
    const b = run("وفي تصريح للوكالة قال رئيس الاتحاد حسن علي إن السعر منخفض.")[0];
    expect(b && [b.speaker.name, b.content.text]).toEqual(["حسن علي", "السعر منخفض"]);
  });
  it("keeps a body's members in the title («رئيس اتحاد مزارعي الجزيرة والمناقل X»)", () => {
    expect(run("وقال رئيس اتحاد مزارعي الجزيرة حسن علي إن السعر منخفض.")[0]?.speaker.name).toBe("حسن علي");
    expect(run("وقال رئيس اتحاد مزارعي الجزيرة والمناقل حسن علي إن السعر منخفض.")[0]?.speaker.name).toBe(
      "حسن علي",
    );
  });
});

describe("Sudanese agency idioms", () => {
  it("reads «أبان أن» (explained) as a reporting verb, only before a clause", () => {
    const c = run("وأبان المدير أن العمل يجري بانتظام.")[0];
    expect(c && [c.speaker.name, c.cue.text, c.content.text]).toEqual([
      "المدير",
      "أبان",
      "العمل يجري بانتظام",
    ]);
  });
  it("reads the verb after «من جانبه» with no comma, and the title up to an honorific", () => {
    const cs = run(
      "من جانبه أوضح محافظ مشروع الري المهندس سامي فؤاد علي أن المشروع اكتمل، وأبان أن العمل مستمر.",
    );
    expect(cs.map((c) => [c.speaker.name, c.cue.text, c.content.text])).toEqual([
      ["سامي فؤاد علي", "أوضح", "المشروع اكتمل"],
      ["سامي فؤاد علي", "أبان", "العمل مستمر"],
    ]);
  });
});

describe("court reports", () => {
  it("reads «أنكر» as a denial whose object is the content", () => {
    const c = run("وكان المتهم قد أنكر، خلال التحقيق، التهم الموجهة إليه.")[0];
    expect(c && [c.speaker.name, c.cue.text, c.content.text]).toEqual([
      "المتهم",
      "أنكر",
      "التهم الموجهة إليه",
    ]);
  });
  it("reads «مصرحا بأن» as the participle of a second statement", () => {
    const cs = run("وقال المحامي إن موكله بريء، مصرحا بأن الملف فارغ.");
    expect(cs.map((c) => [c.speaker.name, c.cue.text, c.content.text])).toEqual([
      ["المحامي", "قال", "موكله بريء"],
      ["المحامي", "مصرحا", "الملف فارغ"],
    ]);
  });
});
