// Session 25 (arleft): Arabic leftovers earlier lanes found. Made-up sentences; no text here comes from a fixture
// or a probe.
import { describe, expect, it } from "vitest";
import { run } from "./arabic.ts";

const said = (text: string, publishedAt?: string) =>
  run(text, publishedAt).map((c) => [c.speaker.name, c.content.text]);
const dated = (text: string, publishedAt?: string) => run(text, publishedAt).map((c) => c.date);

describe("«اليوم» with a weekday that is not the publication's («اليوم الإثنين» published on Tuesday)", () => {
  it("is that weekday, the most recent on or before publication", () => {
    // (2025-11-25 is a Tuesday)
    expect(dated("أكد وزير النقل اليوم الإثنين أن الطريق ستفتح.")).toEqual(["2025-11-24"]);
    expect(dated("وقال المحافظ في كلمة ألقاها صباح اليوم الأحد إن الماء عاد.")).toEqual(["2025-11-23"]);
    expect(dated("قال الوزير اليوم الثلاثاء إن المشروع سينطلق.")).toEqual(["2025-11-25"]);
    expect(dated("قال الوزير اليوم الجمعة إن المشروع سينطلق.")).toEqual(["2025-11-21"]);
    // (the day after publication is a site's clock behind the agency's: still the publication day)
    expect(dated("قال الوزير اليوم الأربعاء إن المشروع سينطلق.")).toEqual(["2025-11-25"]);
  });
});

describe("a sound plural in construct («مهنيو القطاع», «موظفو البلدية»)", () => {
  it("is the group with its genitive, whatever follows it", () => {
    expect(said("وحذر مهنيو القطاع من انهيار الأسعار.")).toEqual([["مهنيو القطاع", "انهيار الأسعار"]]);
    expect(said("وقال موظفو الجماعة بمدينة سطات إن الأجور تأخرت.")).toEqual([
      ["موظفو الجماعة بمدينة سطات", "الأجور تأخرت"],
    ]);
    expect(said("وقال مهنيو النقل إن الوقود غلا. وأضاف مهنيو الميناء أن المراكب متوقفة.")).toEqual([
      ["مهنيو النقل", "الوقود غلا"],
      ["مهنيو الميناء", "المراكب متوقفة"],
    ]);
  });
});

describe("a title with its mosque and where it is («إمام جامع الفتح X», «إمام مسجد في الحي الشرقي X»)", () => {
  it("names the person after the mosque, whole", () => {
    expect(said("قال إمام جامع الهدى سالم أحمد البشير إن التبرعات زادت.")).toEqual([
      ["سالم أحمد البشير", "التبرعات زادت"],
    ]);
    expect(said("وقال إمام وخطيب جامع البلدة عمر يوسف الخطاب إن الصلاة أقيمت.")).toEqual([
      ["عمر يوسف الخطاب", "الصلاة أقيمت"],
    ]);
    expect(said("وقال إمام وخطيب مسجد القرية حسن علي الطيب إن الصلاة أقيمت.")).toEqual([
      ["حسن علي الطيب", "الصلاة أقيمت"],
    ]);
    expect(said("وقال إمام مسجد في الحي الغربي خالد محمود إن السقف تشقق.")).toEqual([
      ["خالد محمود", "السقف تشقق"],
    ]);
    expect(said("وقال مدير مدرسة في الحي القديم هشام الزعبي إن الفصول مكتظة.")).toEqual([
      ["هشام الزعبي", "الفصول مكتظة"],
    ]);
    expect(said("وقالت مديرة مدرسة في الحي سعاد الكردي إن الكتب نفدت.")).toEqual([
      ["سعاد الكردي", "الكتب نفدت"],
    ]);
  });
});

describe("a state secretariat («كتابة الدولة المكلفة بـ…»), the Maghrebi junior ministry", () => {
  it("is a body with its whole name, and its statement speaks for it", () => {
    expect(
      said(
        "وأفادت كتابة الدولة المكلفة بالتجارة الخارجية بأن الصادرات ارتفعت. وأضاف البلاغ أن الواردات تراجعت.",
      ),
    ).toEqual([
      ["كتابة الدولة المكلفة بالتجارة الخارجية", "الصادرات ارتفعت"],
      ["كتابة الدولة المكلفة بالتجارة الخارجية", "الواردات تراجعت"],
    ]);
  });
});

describe("a statement of a body the article only calls by its head with the article («الجمعية»)", () => {
  it("speaks for that body", () => {
    expect(said("نظمت الجمعية وقفة أمام العمالة. وأوضح البلاغ أن المطالب لم تلب.")).toEqual([
      ["الجمعية", "المطالب لم تلب"],
    ]);
    expect(said("وأصدرت النقابة بلاغا شديد اللهجة. وأضاف البيان أن الأجور مجمدة.")).toEqual([
      ["النقابة", "الأجور مجمدة"],
    ]);
  });
});

describe("a body's committees with their town («لجان المقاومة بمدينة كسلا»)", () => {
  it("speak as one body, and a definite word after the town is the verb's object", () => {
    expect(said("وقالت لجان التغيير بمدينة سنار إن الشرطة أغلقت الجسر.")).toEqual([
      ["لجان التغيير بمدينة سنار", "الشرطة أغلقت الجسر"],
    ]);
    expect(said("وطالبت لجنة الأحياء بمدينة كسلا السلطات بفتح الطريق.")[0]?.[0]).toBe(
      "لجنة الأحياء بمدينة كسلا",
    );
  });
  it("speak in a headline with their ب-town, as the body names them in full", () => {
    expect(
      said(
        "لجان التغيير بسنار: الشرطة أغلقت الجسر\nوقالت لجان التغيير بمدينة سنار في بيان إن الجسر أغلق ليلا.",
      ),
    ).toEqual([
      ["لجان التغيير بمدينة سنار", "الشرطة أغلقت الجسر"],
      ["لجان التغيير بمدينة سنار", "الجسر أغلق ليلا"],
    ]);
  });
});

describe("a name with «X الله» as one of its words («محمد لمين حرمة الله», «حسن نصر الله»)", () => {
  it("is read whole before an adjunct, the hearer, a day or the verb's particle", () => {
    expect(said("وقال سيدي عالي جار الله في تصريح للصحفيين إن الحزب سيقاطع.")).toEqual([
      ["سيدي عالي جار الله", "الحزب سيقاطع"],
    ]);
    expect(said("وقال أحمد خير الله لوكالة الأنباء إن السوق هادئة.")).toEqual([
      ["أحمد خير الله", "السوق هادئة"],
    ]);
    expect(said("وأكد محمد فال رزق الله على أن الحوار ضروري.")).toEqual([
      ["محمد فال رزق الله", "الحوار ضروري"],
    ]);
  });
});
