// Session 21 (arleft): Arabic names this session's probes left. Made-up sentences; no text here comes from a
// fixture or a probe.
import { describe, expect, it } from "vitest";
import { run } from "./arabic.ts";

const said = (text: string) => run(text).map((c) => [c.speaker.name, c.content.text]);

describe("a bare name before the verb's particle and «أن»", () => {
  it("keeps a family name with the article that is no nisba («الحداد», «الخطيب»)", () => {
    expect(said("وأشار ماهر الحداد إلى أن الجسر يحتاج إلى صيانة عاجلة.")).toEqual([
      ["ماهر الحداد", "الجسر يحتاج إلى صيانة عاجلة"],
    ]);
    expect(said("وحذر رامي النجار من أن الموسم الزراعي مهدد بالجفاف.")).toEqual([
      ["رامي النجار", "الموسم الزراعي مهدد بالجفاف"],
    ]);
  });

  it("reads «علي» as the name Ali before «إلى أن»", () => {
    expect(said("وأشار علي عبد الحسين إلى أن الآبار جفت في ثلاث قرى.")).toEqual([
      ["علي عبد الحسين", "الآبار جفت في ثلاث قرى"],
    ]);
    expect(said("وأشار علي منصور إلى أن الآبار جفت في ثلاث قرى.")).toEqual([
      ["علي منصور", "الآبار جفت في ثلاث قرى"],
    ]);
  });
});

describe("the headman «المختار» before a kunya", () => {
  it("is a title, and a later bare «المختار» is the same man", () => {
    expect(
      said("وقال المختار أبو خليل الزعبي إن البئر جفت. وأضاف المختار أن الأهالي يشترون الماء بالصهاريج."),
    ).toEqual([
      ["أبو خليل الزعبي", "البئر جفت"],
      ["أبو خليل الزعبي", "الأهالي يشترون الماء بالصهاريج"],
    ]);
  });

  it("opens the subject before the hearer («للإذاعة»)", () => {
    expect(said("ويقول المختار أبو خليل الزعبي للإذاعة إن البئر جفت.")).toEqual([
      ["أبو خليل الزعبي", "البئر جفت"],
    ]);
  });
});

describe("a document with its clause of issuing set off by commas", () => {
  it("speaks for the body that issued it, and so does a later bare «التقرير»", () => {
    expect(
      said(
        "وأشار التقرير، الذي أعدته منظمة الأغذية والزراعة، إلى أن المحاصيل تراجعت. وأضاف التقرير أن الأسعار سترتفع.",
      ),
    ).toEqual([
      ["منظمة الأغذية والزراعة", "المحاصيل تراجعت"],
      ["منظمة الأغذية والزراعة", "الأسعار سترتفع"],
    ]);
  });

  it("keeps a study of unnamed researchers as the study", () => {
    expect(said("وأظهرت الدراسة، التي أجراها باحثون في الجامعة، أن النوم القليل يضعف الذاكرة.")).toEqual([
      ["الدراسة", "النوم القليل يضعف الذاكرة"],
    ]);
  });
});

describe("a schoolteacher's or pharmacist's title before the name", () => {
  it("is no part of the name («المدرس», «الصيدلاني»)", () => {
    expect(said("وقال المدرس وائل قاسم إن نصف التلاميذ تركوا الدراسة.")).toEqual([
      ["وائل قاسم", "نصف التلاميذ تركوا الدراسة"],
    ]);
    expect(said("وقال الصيدلاني رامي عيسى إن أدوية الضغط مفقودة.")).toEqual([
      ["رامي عيسى", "أدوية الضغط مفقودة"],
    ]);
  });
});

describe("a name in apposition after «إحدى …»", () => {
  it("names the woman, not «one of the …»", () => {
    expect(said("وقالت إحدى الممرضات، أم حسان، إن المناوبات تطول إلى الفجر.")).toEqual([
      ["أم حسان", "المناوبات تطول إلى الفجر"],
    ]);
    expect(said("وقالت إحدى الممرضات، ليلى ناصر، إن المناوبات تطول إلى الفجر.")).toEqual([
      ["ليلى ناصر", "المناوبات تطول إلى الفجر"],
    ]);
  });
});

describe("a kunya right after «أحد …» with no comma", () => {
  it("closes the subject and names the speaker", () => {
    expect(said("وقال أحد باعة الخضار أبو رامز إن البسطات أزيلت ليلا.")).toEqual([
      ["أبو رامز", "البسطات أزيلت ليلا"],
    ]);
  });
});

describe("a name in apposition with the age in brackets after it", () => {
  it("names the speaker and leaves the clause as the content", () => {
    expect(said("ويقول أحد الصيادين، أبو وليد (60 عاما)، إن الشباك عادت فارغة.")).toEqual([
      ["أبو وليد", "الشباك عادت فارغة"],
    ]);
    expect(said("وتقول البائعة، منى حسين (38 عاما)، إن الزبائن يشترون بالدين.")).toEqual([
      ["منى حسين", "الزبائن يشترون بالدين"],
    ]);
  });
});

describe("«أحد …» placed with «في X» before a name in apposition", () => {
  it("names the speaker from the apposition", () => {
    expect(said("ويقول أحد السائقين في دوما، أبو نضال، إن الصقيع أتلف المحركات.")).toEqual([
      ["أبو نضال", "الصقيع أتلف المحركات"],
    ]);
  });
});
