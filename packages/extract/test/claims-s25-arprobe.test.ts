// Session 25 (arprobe): Arabic speakers the lane's probes in the style of new outlets found. Made-up
// sentences; no text here comes from a fixture or a probe.
import { describe, expect, it } from "vitest";
import { run } from "./arabic.ts";

const said = (text: string) => run(text).map((c) => [c.speaker.name, c.content.text]);

describe("a quarter or block known by its number («الحي 5», «الوحدة الجوارية 9»)", () => {
  it("keeps the number in the speaker's words, not in what is said", () => {
    expect(said("وقال أحد سكان الوحدة الجوارية 9 إن الحافلات لا تصل.")).toEqual([
      ["أحد سكان الوحدة الجوارية 9", "الحافلات لا تصل"],
    ]);
    expect(said("وقال سكان المربع 14 إن الطريق مقطوعة.")).toEqual([["سكان المربع 14", "الطريق مقطوعة"]]);
  });
  it("after a group and its quarter, before the verb's object", () => {
    expect(said("وطالب سكان الحي 8 بتعبيد الطريق.")).toEqual([["سكان الحي 8", "بتعبيد الطريق"]]);
  });
  it("is no name after a title", () => {
    const [c] = run("وقال رئيس لجنة الحي 3 إن الإنارة معطلة.");
    expect(c?.content.text).toBe("الإنارة معطلة");
    expect(c?.speaker.mention?.text).toBe("رئيس لجنة الحي 3");
    expect(c?.speaker.name).not.toBe("3");
  });
});

describe("a body's town after «في» before the verb's own particle («حذرت … في تعز من …»)", () => {
  it("is part of the body's name", () => {
    expect(said("وحذرت الهيئة العامة للطرق في تعز من انهيار الجسر.")).toEqual([
      ["الهيئة العامة للطرق في تعز", "انهيار الجسر"],
    ]);
    expect(said("ودعت الجمعية الخيرية في المهدية إلى التبرع بالدم.")).toEqual([
      ["الجمعية الخيرية في المهدية", "التبرع بالدم"],
    ]);
  });
  it("not when the verb's object stands before the particle", () => {
    expect(said("وحذرت رابطة المستهلكين في الجزائر التجار من المضاربة.")[0]?.[0]).toBe("رابطة المستهلكين");
  });
  it("not a statement or an occasion after «في»", () => {
    expect(said("وحذرت الهيئة العامة للطرق في بيان من انهيار الجسر.")[0]?.[0]).toBe("الهيئة العامة للطرق");
  });
});

describe("sources with a second adjective that also reads as a participle cue («أوساط سياسية متابعة»)", () => {
  it("keeps the adjective in the speaker's words, with or without the outlet told", () => {
    expect(said("وتقول أوساط حزبية متابعة إن التسوية بعيدة.")).toEqual([
      ["أوساط حزبية متابعة", "التسوية بعيدة"],
    ]);
    expect(said('وقالت دوائر نيابية متابعة لـ"الموقف" إن الجلسة مؤجلة.')).toEqual([
      ["دوائر نيابية متابعة", "الجلسة مؤجلة"],
    ]);
  });
});

describe("a participle title's ب-phrase, then where the holder works («المكلف بالإعلام بالمندوبية …»)", () => {
  it("is all the title before the apposition that names the person", () => {
    expect(
      said("وأكد المكلف بالاتصال بالإدارة الجهوية للتجهيز بسوسة، رياض الماجري، أن الجسر سيفتح."),
    ).toEqual([["رياض الماجري", "الجسر سيفتح"]]);
  });
  it("is all the speaker's words when no name follows", () => {
    const [c] = run("وقالت المكلفة بالإعلام بالمندوبية الجهوية للتربية إن الامتحانات في موعدها.");
    expect(c?.speaker.mention?.text).toBe("المكلفة بالإعلام بالمندوبية الجهوية للتربية");
    expect(c?.content.text).toBe("الامتحانات في موعدها");
  });
});

describe("a told pronoun between the verb and its subject («وصرح لنا مدير …», «وأكد لي رئيس …»)", () => {
  it("is no part of the speaker", () => {
    const [c] = run("وصرح لنا مدير الثانوية بأن الدروس ستستأنف الأحد.");
    expect(c?.speaker.name).toBe("مدير الثانوية");
    expect(c?.speaker.mention?.text).toBe("مدير الثانوية");
    expect(c?.content.text).toBe("الدروس ستستأنف الأحد");
  });
  it("but a surname met before stays the speaker («وأضاف لي في …» after «لي وانغ»)", () => {
    const cs = run("وقال المتحدث الصيني لي وانغ إن التجارة نمت. وأضاف لي في المؤتمر أن الصادرات زادت.");
    expect(cs.map((c) => c.speaker.name)).toEqual(["لي وانغ", "لي وانغ"]);
  });
});

describe("the capital and the name it is given after a title or a body («بالعاصمة عدن»)", () => {
  it("belongs to the speaker's words", () => {
    expect(said("وأوضح مدير مكتب الأشغال بالعاصمة عدن، سالم باوزير، أن الطريق ستفتح.")).toEqual([
      ["سالم باوزير", "الطريق ستفتح"],
    ]);
    expect(said("وحذر مكتب البيئة في العاصمة المؤقتة عدن من تكدس القمامة.")).toEqual([
      ["مكتب البيئة في العاصمة المؤقتة عدن", "تكدس القمامة"],
    ]);
  });
});

describe("«أفاد» with an outlet's bare name after the speaker's apposition («…، NAME، موزاييك بأن …»)", () => {
  it("takes the outlet as the hearer, not as the content", () => {
    expect(said("وأفاد المدير الجهوي للتجارة، نبيل الحمروني، الجوهرة أمس بأن الأسعار مستقرة.")).toEqual([
      ["نبيل الحمروني", "الأسعار مستقرة"],
    ]);
  });
});

describe("«معتمد» (the head of a Tunisian delegation) before its place", () => {
  it("is a title: the apposition names the person and «المعتمد» later is the same one", () => {
    expect(said("وأكد معتمد قرقنة، سمير الفقي، أن العبّارة ستعود. وأضاف المعتمد أن الرحلات ستتضاعف.")).toEqual(
      [
        ["سمير الفقي", "العبّارة ستعود"],
        ["سمير الفقي", "الرحلات ستتضاعف"],
      ],
    );
  });
});

describe("«نهار» and the day (Lebanese press) after the speaker", () => {
  it("is the day the words were said, not the speaker's name nor the content", () => {
    const [c] = run("وقال وزير الاتصالات نهار الخميس إن الشبكة ستتوسع.", "2025-11-25");
    expect(c?.speaker.name).toBe("وزير الاتصالات");
    expect(c?.content.text).toBe("الشبكة ستتوسع");
    expect(c?.date).toBe("2025-11-20");
  });
});

describe("the outlet's own question before the answer («وسألت «الديار» مصدرا … عن …، فأجاب»)", () => {
  it("makes the one asked the speaker of the answer", () => {
    expect(said('وسألت "الأخبار" مسؤولا أمنيا عن عدد الموقوفين، فأجاب: "ثلاثة حتى الآن".')).toEqual([
      ["مسؤول أمني", '"ثلاثة حتى الآن"'],
    ]);
    expect(said("وسألنا مدير الميناء عن الشحنة، فقال إنها وصلت.")).toEqual([["مدير الميناء", "وصلت"]]);
  });
});

describe("the hearer told between the verb and its subject («وأكد للنصر مدير …», «وأكد لـ«الديار» مصدر …»)", () => {
  it("is skipped: the title or source after it is the subject", () => {
    expect(said("وأكد للشروق مدير الوكالة العقارية أن القرعة ستجرى.")).toEqual([
      ["مدير الوكالة العقارية", "القرعة ستجرى"],
    ]);
    expect(said("وقال لـ«الموقف» مصدر قضائي إن الملف أحيل.")).toEqual([["مصدر قضائي", "الملف أحيل"]]);
  });
  it("not an outlet's two-word name with no subject after it", () => {
    expect(run("وقال المدير إن الملف جاهز. وأضاف للجزيرة نت إن القرار نهائي.")[1]?.speaker.name).toBe(
      "المدير",
    );
  });
  it("nor before the source of «حسب ما …»", () => {
    expect(said("وحسب ما أكده لنا رئيس النقابة، فإن الإضراب قائم.")).toEqual([
      ["رئيس النقابة", "الإضراب قائم"],
    ]);
  });
});
