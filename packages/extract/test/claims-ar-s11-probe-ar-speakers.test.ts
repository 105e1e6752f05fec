// Session 11 (probe-ar-speakers): made-up probes of who speaks in Arabic news.
import { describe, expect, it } from "vitest";
import { run } from "./arabic.ts";

describe("feminine royal titles («الشيخة», «الأميرة», «الملكة») before a woman's name", () => {
  it("are titles, and a long name with «بنت … آل» after them is the speaker's", () => {
    const claims = run(
      "قالت الشيخة مريم بنت حمد بن خليفة آل ثاني، رئيسة مؤسسة التراث، إن المتحف سيفتح أبوابه في الربيع. وأكدت الأميرة نورة بنت فيصل أن الرياضة النسائية تنمو بسرعة. وقالت الملكة سلمى المنصوري إن التعليم أولوية.",
    );
    expect(claims.map((c) => c.speaker.name)).toEqual([
      "مريم بنت حمد بن خليفة آل ثاني",
      "نورة بنت فيصل",
      "سلمى المنصوري",
    ]);
  });

  it("without the article are given names («أميرة», «شيخة»)", () => {
    const claims = run("قالت أميرة سعيد إن المدرسة أغلقت. وأوضحت شيخة النعيمي أن الطلاب عادوا إلى بيوتهم.");
    expect(claims.map((c) => c.speaker.name)).toEqual(["أميرة سعيد", "شيخة النعيمي"]);
  });
});

describe("a feminine honorific pronoun («سموها», «فخامتها») as the subject", () => {
  it("is the woman named before", () => {
    const claims = run(
      "قالت الشيخة مريم بنت حمد إن المتحف سيفتح أبوابه في الربيع. وأضافت سموها أن الدخول سيكون مجانيا للطلاب.",
    );
    expect(claims.map((c) => [c.speaker.name, c.speaker.mention?.text])).toEqual([
      ["مريم بنت حمد", "الشيخة مريم بنت حمد"],
      ["مريم بنت حمد", "سموها"],
    ]);
  });
});

describe("a local body's or a court's bare ب-town before the speaker's name («المحكمة الابتدائية بتونس X Y»)", () => {
  it("is the title's, and the name after it is the speaker's, later called by the family name alone", () => {
    const claims = run(
      "وصرح الناطق باسم المحكمة الابتدائية بنابل كريم العياري بأن التحقيق شمل أربعة موظفين. وأضاف العياري أن الأبحاث متواصلة. وقال رئيس محكمة الاستئناف بقابس منير بن صالح إن الجلسة أجلت.",
    );
    expect(claims.map((c) => c.speaker.name)).toEqual(["كريم العياري", "كريم العياري", "منير بن صالح"]);
  });

  it("is not a given name that opens with ب («بشير»)", () => {
    const [a] = run("وقال رئيس المجلس الجهوي بشير الكافي إن الميزانية صودق عليها.");
    expect(a?.speaker.name).toBe("بشير الكافي");
  });
});

describe("a full name read from a title ends before a claim's cue («… X Y نفى», «عن … X Y قوله»)", () => {
  it("so a later family name alone is the full name, without the cue", () => {
    const claims = run(
      "لكن المتحدث باسم الشرطة المقدم سامر الحداد نفى الرواية. وأكد الحداد أن الدورية لم تطلق النار. ونقلت صحيفة محلية عن رئيس البلدية وليد قاسم قوله إن المياه قطعت. وأوضح قاسم أن الإصلاح سيستغرق يومين.",
    );
    expect(claims.map((c) => c.speaker.name)).toEqual([
      "سامر الحداد",
      "سامر الحداد",
      "وليد قاسم",
      "وليد قاسم",
    ]);
  });

  it("so an unnamed source taken up again is the source, not the cue word", () => {
    const claims = run("ونقلت الوكالة عن مصدر أمني قوله إن الهجوم أحبط. وأضاف المصدر أن التحقيق جار.");
    expect(claims.map((c) => c.speaker.name)).toEqual(["مصدر أمني", "مصدر أمني"]);
  });
});

describe("a radio, a TV channel, a newspaper or a magazine without the article («إذاعة محلية», «تلفزيون دبي»)", () => {
  it("is a medium that speaks and relays", () => {
    const claims = run(
      "وذكرت إذاعة محلية أن الطريق أغلق. ونقل تلفزيون الجنوب عن شهود عيان أن الحريق امتد إلى الغابة. وقالت مجلة أسبوعية إن التحقيق تأخر.",
    );
    expect(claims.map((c) => c.speaker.name)).toEqual(["إذاعة محلية", "شهود عيان", "مجلة أسبوعية"]);
  });
});

describe("a definite ب-body closing an unnamed title («مصدر مسؤول بالوزارة», «مسؤول بالشرطة»)", () => {
  it("is where the unnamed speaker works, no name", () => {
    const claims = run(
      "وقال مصدر مسؤول بالهيئة إن المنحة ستصرف الأسبوع المقبل. وأوضح المصدر أن القوائم اكتملت. وقال موظف بالبلدية إن الشاحنات تعطلت.",
    );
    expect(claims.map((c) => c.speaker.name)).toEqual([
      "مصدر مسؤول بالهيئة",
      "مصدر مسؤول بالهيئة",
      "موظف بالبلدية",
    ]);
  });
});

describe("«أحد سكان» and a place named without the article («أحد سكان أم درمان»)", () => {
  it("is the speaker, not the woman quoted before", () => {
    const claims = run(
      "وقالت الطبيبة منى الحاج إن المستشفى بلا كهرباء. وقال أحد سكان كوستي، طلب عدم ذكر اسمه، إن الجسر أغلق. وقالت إحدى سكان ود مدني إن الأسعار تضاعفت.",
    );
    expect(claims.map((c) => c.speaker.name)).toEqual(["منى الحاج", "أحد سكان كوستي", "إحدى سكان ود مدني"]);
  });
});

describe("a feminine title with the pronoun of whom she serves («نائبته», «مستشارتها») before her name", () => {
  it("is the title, and the whole name after it is hers", () => {
    const claims = run(
      "وقال رئيس البعثة إن الحوار سيستأنف، فيما أكدت نائبته ماري لوران أن الأطراف وافقت. وقالت مستشارتها هدى منصور إن الوثيقة جاهزة.",
    );
    expect(claims.map((c) => c.speaker.name)).toEqual(["رئيس البعثة", "ماري لوران", "هدى منصور"]);
  });
});
