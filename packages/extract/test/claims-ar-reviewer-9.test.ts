// Arabic reviewer probes of session 9 (claims, content edges, statement dates): made-up sentences in the
// styles of Gulf, Egyptian, Levantine, Maghrebi, Iraqi and Sudanese outlets, one rule each.
import { describe, expect, it } from "vitest";
import { run } from "./arabic.ts";

describe("statement dates", () => {
  it("reads «أول أمس», «أول من أمس» as a time, not part of the speaker or of the content", () => {
    const [c] = run("قال وزير الخارجية اللبناني، أول أمس، إن بيروت ترفض أي توطين.");
    expect(c && [c.speaker.mention?.text, c.date]).toEqual(["وزير الخارجية اللبناني", "2025-11-23"]);
    const [d] = run("وأعلن الجيش العراقي أول من أمس عن مقتل خمسة مسلحين في كركوك.");
    expect(d && [d.content.text, d.date]).toEqual(["مقتل خمسة مسلحين في كركوك", "2025-11-23"]);
    const [e] = run("وقال المتحدث، أول من أمس، إن القوات انسحبت.");
    expect(e && [e.content.text, e.date]).toEqual(["القوات انسحبت", "2025-11-23"]);
  });
  it("does not give a lede the day of the same speaker's pluperfect, earlier statement", () => {
    const [lede, earlier] = run(
      'قال وزير الاقتصاد سامر الحلبي لـ"النهار" إن خطة الدعم نهائية.\nوكان الحلبي قد قال مساء الخميس الماضي إن الخطة ما زالت قيد الدراسة.',
    );
    expect(lede?.date).toBeNull();
    expect(earlier?.date).toBe("2025-11-20");
  });
  it("reads «الماضي» after a day and month a few days ahead of publication as last year's", () => {
    const [c] = run(
      "وقال السفير الكويتي في بيروت، في 28 تشرين الثاني/نوفمبر الماضي، إن العلاقات بين البلدين ممتازة.",
    );
    expect(c?.date).toBe("2024-11-28");
    const [d] = run("وكان المتحدث قد أكد في ١٦ نوفمبر الماضي أن المفاوضات متواصلة.");
    expect(d?.date).toBe("2025-11-16");
  });
});

describe("content edges", () => {
  it("ends the content before the writer's «، وفقا لتقرير …», «، بحسب وكالة …», «، حسب رويترز»", () => {
    const [c] = run(
      "وتوقعت الدراسة أن يرتفع الطلب على المياه بنسبة 7 في المئة، وفقا لتقرير نشرته صحيفة محلية.",
    );
    expect(c?.content.text).toBe("يرتفع الطلب على المياه بنسبة 7 في المئة");
    const [d] = run("وأعلن الجيش السوداني مقتل 30 عنصرا من المتمردين، حسب رويترز.");
    expect(d?.content.text).toBe("مقتل 30 عنصرا من المتمردين");
  });
  it("keeps «، وفقا للدستور», «، حسب الحاجة» (in line with, as needed) in the content", () => {
    const [c] = run("وقال رئيس البرلمان إن الانتخابات ستجري في موعدها، وفقا للدستور.");
    expect(c?.content.text).toBe("الانتخابات ستجري في موعدها، وفقا للدستور");
  });
});

describe("no claim where nothing is asserted", () => {
  it("reads a question («وتساءل X: …؟», «تساءلت … عن», «متسائلا») as no claim, keeping its speaker", () => {
    const claims = run(
      'وتساءل عضو مجلس النواب حيدر الساعدي: "أين ذهبت أموال الموازنة؟"، مطالبا الحكومة بكشف الحسابات. وتساءلت الناشطة عن مصير المعتقلين، متسائلة عن صمت السلطات.',
    );
    expect(claims.map((c) => [c.speaker.name, c.cue.text, c.content.text])).toEqual([
      ["حيدر الساعدي", "مطالبا", "الحكومة بكشف الحسابات"],
    ]);
  });
});

describe("what a document states", () => {
  it("reads «وجاء في بيان صادر عن X أن …» as X's claim, the document words its mention", () => {
    const claims = run(
      "وجاء في بيان صادر عن وزارة الخارجية الكويتية، مساء الاثنين، أن الكويت تتابع التطورات بقلق بالغ. كما ورد في تقرير البنك المركزي الصادر أمس أن التضخم تراجع.",
    );
    expect(
      claims.map((c) => [c.speaker.name, c.speaker.mention?.text, c.cue.text, c.content.text, c.date]),
    ).toEqual([
      [
        "وزارة الخارجية الكويتية",
        "بيان صادر عن وزارة الخارجية الكويتية",
        "جاء في",
        "الكويت تتابع التطورات بقلق بالغ",
        "2025-11-24",
      ],
      ["البنك المركزي", "تقرير البنك المركزي", "ورد في", "التضخم تراجع", "2025-11-24"],
    ]);
  });
  it("reads «جاء في كلمة الرئيس …: …» as the president's, and «جاء في المرتبة الأولى» as nothing", () => {
    const [c] = run('وجاء في كلمة الرئيس خلال افتتاح القمة: "السلام خيارنا الاستراتيجي".');
    expect(c && [c.speaker.name, c.content.text, c.kind]).toEqual([
      "الرئيس",
      '"السلام خيارنا الاستراتيجي"',
      "direct",
    ]);
    expect(run("وجاء في المرتبة الأولى نادي الهلال، تلاه النصر.")).toEqual([]);
  });
});

describe("a quotation before its speaker", () => {
  it("takes the quotation when the speaker's occasion follows him («…»، قال X في خطاب للأمة، مضيفا …)", () => {
    const [c, d] = run(
      '"لن نسمح بعودة الفوضى"، قال رئيس الجمهورية عبد المجيد تبون في خطاب للأمة مساء الأحد، مضيفا أن "الجزائر قوية بمؤسساتها".',
    );
    expect(c && [c.speaker.name, c.content.text, c.kind, c.date]).toEqual([
      "عبد المجيد تبون",
      '"لن نسمح بعودة الفوضى"',
      "direct",
      "2025-11-23",
    ]);
    expect(d?.content.text).toBe('"الجزائر قوية بمؤسساتها"');
  });
});

describe("a refusal before a participle", () => {
  it("reads «رفض X التعليق، مكتفيا بالقول …» with X alone as the participle's speaker, the refusal no claim", () => {
    const claims = run(
      "ورفض المتحدث باسم الشرطة السودانية التعليق على الحادثة، مكتفيا بالقول إن التحقيقات جارية.",
    );
    expect(claims.map((c) => [c.speaker.name, c.cue.text, c.content.text])).toEqual([
      ["المتحدث باسم الشرطة السودانية", "بالقول", "التحقيقات جارية"],
    ]);
  });
});
