// Session 25 (arshort): Arabic residuals of the arprobe lane's second round. Made-up sentences; no text here
// comes from a fixture or a probe.
import { describe, expect, it } from "vitest";
import { run } from "./arabic.ts";

const said = (text: string) => run(text).map((c) => [c.speaker.name, c.content.text, c.kind]);

describe("a described speaker named in an aside («أحد المحتجين، ويدعى X»)", () => {
  it("before a colon and a quotation: the aside names the speaker, «يدعى» is no cue", () => {
    expect(said('وقال أحد المعتصمين، ويدعى عمر الكندي: "تعبنا من الانتظار".')).toEqual([
      ["عمر الكندي", '"تعبنا من الانتظار"', "direct"],
    ]);
    expect(run('وقال أحد المعتصمين، ويدعى عمر الكندي: "تعبنا من الانتظار".')[0]?.cue.text).toBe("قال");
  });
  it("is not another person met before with the same first name", () => {
    const claims = said(
      'وقال المحافظ عمر حسن الزبيدي إن المحطة ستعمل. وقال أحد المعتصمين، ويدعى عمر الكندي: "تعبنا من الانتظار".',
    );
    expect(claims[1]).toEqual(["عمر الكندي", '"تعبنا من الانتظار"', "direct"]);
  });
  it("«واسمه X» gives the name too (its «اسمه» is no request for anonymity)", () => {
    expect(said("وقال أحد الباعة، واسمه منير الطرابلسي، إن الأسعار ارتفعت.")).toEqual([
      ["منير الطرابلسي", "الأسعار ارتفعت", "indirect"],
    ]);
  });
  it("a request for anonymity still names no one", () => {
    expect(said("وقال أحد الباعة، رفض ذكر اسمه، إن الأسعار ارتفعت.")[0]?.[0]).toBe("أحد الباعة");
  });
});

describe("a bare name of two words, then a definite object and the verb's particle («ودعا خالد منصور الحكومة إلى …»)", () => {
  it("is the whole name, the object opens what is said", () => {
    expect(said("ودعا ماهر العبيدي البلدية إلى ترميم السوق.")).toEqual([
      ["ماهر العبيدي", "البلدية إلى ترميم السوق", "indirect"],
    ]);
    expect(said("وحث كريم ناصر السكان على الهدوء.")).toEqual([
      ["كريم ناصر", "السكان على الهدوء", "indirect"],
    ]);
  });
  it("with a ب-object after the definite object", () => {
    expect(said("وطالب فادي حداد الوزارة بصرف المستحقات.")[0]?.[0]).toBe("فادي حداد");
  });
});

describe("a body and its definite genitive, then another body head as the object («واتهمت نقابة المعلمين قوات الأمن بـ…»)", () => {
  it("the body speaks; the second body opens what is said", () => {
    expect(said("واتهمت رابطة الصيادين قوات البحرية بمصادرة القوارب.")).toEqual([
      ["رابطة الصيادين", "قوات البحرية بمصادرة القوارب", "indirect"],
    ]);
    expect(said("وحمّلت نقابة الأطباء وزارة الصحة مسؤولية النقص.")[0]?.[0]).toBe("نقابة الأطباء");
  });
  it("a title over the body is still one phrase", () => {
    expect(said("وقال رئيس رابطة الصيادين إن البحر هائج.")[0]?.[1]).toBe("البحر هائج");
  });
});

describe("an MP's seat whose place has a two-word name («النائب عن ولاية عين صالح X»)", () => {
  it("keeps both words of the place in the title, the rest is the name", () => {
    const [c] = run("وقال النائب عن دائرة سيدي عامر فؤاد بن سالم إن الجلسة تأجلت.");
    expect(c?.speaker.name).toBe("فؤاد بن سالم");
  });
});
