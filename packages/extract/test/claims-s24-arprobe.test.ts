// Session 24 (arprobe): Arabic speakers and contents the lane's leftovers and probes found. Made-up sentences;
// no text here comes from a fixture or a probe.
import { describe, expect, it } from "vitest";
import { run } from "./arabic.ts";

const said = (text: string) => run(text).map((c) => [c.speaker.name, c.content.text]);
const mentions = (text: string) => run(text).map((c) => c.speaker.mention?.text ?? null);

describe("an outlet joined to «لـ» right before the complementizer", () => {
  it("right after the verb, is the hearer: the speaker is the one quoted before", () => {
    const text = "وأكد وزير الصحة سامي الدباغ أن المستشفيات جاهزة. وقال لبوابة إن الأدوية متوفرة.";
    expect(said(text)).toEqual([
      ["سامي الدباغ", "المستشفيات جاهزة"],
      ["سامي الدباغ", "الأدوية متوفرة"],
    ]);
    expect(mentions(text)[1]).toBeNull();
  });
  it("after a name, a title or an unnamed source, is no more of the speaker", () => {
    expect(said("وقال مدير المستشفى كريم العطار لهسبريس إن الأدوية متوفرة.")).toEqual([
      ["كريم العطار", "الأدوية متوفرة"],
    ]);
    expect(said("وقال الوزير لهسبريس إن الطريق مغلقة.")).toEqual([["الوزير", "الطريق مغلقة"]]);
  });
  it("not a given name in «لـ», a country a title is for, nor a body's own name", () => {
    expect(said("وقالت ليلى إن الأدوية متوفرة.")).toEqual([["ليلى", "الأدوية متوفرة"]]);
    expect(said("وقالت مؤسسة كهرباء لبنان إن التقنين مستمر.")).toEqual([
      ["مؤسسة كهرباء لبنان", "التقنين مستمر"],
    ]);
  });
});

describe("«مولانا» (Sudanese press) before a name", () => {
  it("is an honorific, not part of the name", () => {
    expect(said("وقال مولانا عبد الرحيم النور إن الصلح ممكن.")).toEqual([["عبد الرحيم النور", "الصلح ممكن"]]);
  });
});

describe("a directive verb's definite body right after its subject («وطالبت الجمعية المجلس البلدي بـ…»)", () => {
  it("is the verb's object, after a body or after a titled name", () => {
    expect(said("وطالبت الجمعية المجلس البلدي بالتدخل العاجل.")).toEqual([
      ["الجمعية", "المجلس البلدي بالتدخل العاجل"],
    ]);
    expect(said("وطالبت النائبة سعاد الدباغ المجلس البلدي بالتدخل العاجل.")).toEqual([
      ["سعاد الدباغ", "المجلس البلدي بالتدخل العاجل"],
    ]);
  });
});

describe("a regional body's region without «لجهة»", () => {
  it("belongs to the body's name", () => {
    expect(said("وقالت الشركة الجهوية متعددة الخدمات الرباط سلا القنيطرة إن الماء سينقطع.")).toEqual([
      ["الشركة الجهوية متعددة الخدمات الرباط سلا القنيطرة", "الماء سينقطع"],
    ]);
    expect(said("وقالت المديرية الجهوية للصحة طنجة تطوان الحسيمة إن الوباء تراجع.")).toEqual([
      ["المديرية الجهوية للصحة طنجة تطوان الحسيمة", "الوباء تراجع"],
    ]);
  });
});

describe("a town joined to «بـ» and the day after the speaker's name", () => {
  it("is where and when the words were said, neither the name nor the object", () => {
    const a = run("وقال رئيس الجماعة سعيد الإدريسي بطنجة يوم الإثنين إن المشروع تأخر.");
    expect(a.map((c) => [c.speaker.name, c.content.text, c.date])).toEqual([
      ["سعيد الإدريسي", "المشروع تأخر", "2025-11-24"],
    ]);
    expect(said("وقال سعيد الإدريسي بمراكش يوم الإثنين إن المشروع تأخر.")).toEqual([
      ["سعيد الإدريسي", "المشروع تأخر"],
    ]);
    expect(mentions("وقال رئيس الجماعة سعيد الإدريسي بمراكش أمس إن المشروع تأخر.")).toEqual([
      "رئيس الجماعة سعيد الإدريسي",
    ]);
  });
  it("a bare name with a family name in «ال…ي», then the day, is the whole name", () => {
    expect(said("وقال سعيد الإدريسي أمس إن المشروع تأخر.")).toEqual([["سعيد الإدريسي", "المشروع تأخر"]]);
  });
});

describe("a workplace named after «الإمام علي» before the holder's honorific", () => {
  it("keeps the name Ali in the place; the name after the honorific is the speaker's", () => {
    expect(said("وقال مدير مدرسة في حي الإمام علي الأستاذ فؤاد الكرخي إن التلاميذ عادوا.")).toEqual([
      ["فؤاد الكرخي", "التلاميذ عادوا"],
    ]);
  });
});

describe("an indefinite title, its bare construct, then a relative imperfect verb and its preposition", () => {
  it("is a described speaker, named by the whole description", () => {
    expect(said("وقال سائق سيارة أجرة يشتغل بالمدينة منذ عشرين سنة إن دخله تراجع.")).toEqual([
      ["سائق سيارة أجرة يشتغل بالمدينة منذ عشرين سنة", "دخله تراجع"],
    ]);
    expect(said("وقال تاجر يعمل في السوق منذ سنوات إن الأسعار ارتفعت.")).toEqual([
      ["تاجر يعمل في السوق منذ سنوات", "الأسعار ارتفعت"],
    ]);
  });
});

describe("a body's head in construct with a chain of two bare nouns, and its town, before the holder's name", () => {
  it("belongs to the title; the name after them is the speaker's", () => {
    expect(said("وأوضح رئيس جمعية أرباب المخابز بمكناس الحسين الوافي أن الدقيق نفد.")).toEqual([
      ["الحسين الوافي", "الدقيق نفد"],
    ]);
    expect(said("وقال رئيس جمعية الحرفيين بمكناس محمد الوافي إن الدقيق نفد.")).toEqual([
      ["محمد الوافي", "الدقيق نفد"],
    ]);
  });
});

describe("a body asked something right after an affiliated speaker («طالب نواب عن … وزارة … بـ…»)", () => {
  it("is the object, not the speaker's name", () => {
    expect(said("طالب نواب عن محافظة ميسان وزارة النقل بإصلاح الطريق.")).toEqual([
      ["نواب عن محافظة ميسان", "وزارة النقل بإصلاح الطريق"],
    ]);
  });
});

describe("a demand's purpose, quoted after a comma", () => {
  it("goes on with the object (and makes the claim mixed)", () => {
    const [c] = run("وطالب النائب سامي الكردي البلدية بتعبيد الطرق، «حتى لا يتضرر السكان».");
    expect([c?.content.text, c?.kind]).toEqual(["البلدية بتعبيد الطرق، «حتى لا يتضرر السكان»", "mixed"]);
  });
});

describe("«الهيئة» after a speaker whose title names «الهيئة العامة …» with the article", () => {
  it("speaks for that body", () => {
    const text =
      "وأوضح مدير عام الهيئة العامة للموانئ البحرية الدكتور نادر السلمي أن الحركة تراجعت. وبحسب بيانات الهيئة، تراجع عدد السفن.";
    expect(said(text).map(([name]) => name)).toEqual(["نادر السلمي", "الهيئة العامة للموانئ البحرية"]);
  });
});

describe("a headline's place before the colon", () => {
  it("is no speaker because a described group in the body ends with it", () => {
    const text = "حضرموت: الملوحة تفسد محاصيل الساحل\nأكد مزارعون في محافظة حضرموت أن المحاصيل تضررت.";
    expect(said(text)).toEqual([["مزارعون في محافظة حضرموت", "المحاصيل تضررت"]]);
  });
});

describe("a noun of people, «في/من» and a town's bare name before the clause", () => {
  it("is named with the town", () => {
    expect(said("قال سكان في قابس إن الماء انقطع.")).toEqual([["سكان في قابس", "الماء انقطع"]]);
  });
});

describe("a definite ب-town after a body's title, then the holder's name before the clause", () => {
  it("belongs to the speaker's phrase; the content is the clause", () => {
    const [c] = run("وقال رئيس جمعية الصيد التقليدي بالعيون سالم ولد أحمد إن القرار خاطئ.");
    expect([c?.speaker.mention?.text, c?.content.text]).toEqual([
      "رئيس جمعية الصيد التقليدي بالعيون سالم ولد أحمد",
      "القرار خاطئ",
    ]);
  });
});
