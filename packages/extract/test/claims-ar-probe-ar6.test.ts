// Arabic reviewer probe ar6: offices named by their genitive, surnames that are also titles, sport roles,
// seekers, anonymity in a nominal cue, a prayer's day. Made-up sentences, one rule each.
import { describe, expect, it } from "vitest";
import { run } from "./arabic.ts";

describe("«صلاة يوم الجمعة»: a prayer's day with «يوم»", () => {
  it("does not date the statement, as «صلاة الجمعة» does not", () => {
    const a = run("وأعلنت وزارة الأوقاف أن صلاة يوم الجمعة ستقام في الساحات.", "2025-11-25")[0];
    const b = run("وقالت البلدية إن سوق يوم الأحد سيغلق.", "2025-11-25")[0];
    const c = run("وقال الإمام يوم الجمعة إن المسجد سيغلق.", "2025-11-25")[0];
    expect([a?.date, b?.date, c?.date]).toEqual([null, null, "2025-11-21"]);
  });
});

describe("an office without the article in construct with a body", () => {
  it("keeps «مدير مدرسة الحي» a title; the name in the comma aside after it names the person", () => {
    const [a, b, c] = run(
      "وقال مدير مدرسة الحي، الأستاذ ياسر حمدان، إن الدروس ستستأنف الأحد. وأكد إمام مسجد القرية، الشيخ عبد الرحمن الخطيب، أن المسجد فتح أبوابه. وقال مدرب حراس المرمى خالد يوسف إن الحارس تعافى.",
    );
    expect([a?.speaker.name, b?.speaker.name, c?.speaker.name]).toEqual([
      "ياسر حمدان",
      "عبد الرحمن الخطيب",
      "خالد يوسف",
    ]);
  });

  it("names no one when no name follows («والي ولاية …», «مدرب حراس المرمى»)", () => {
    const [a, b] = run(
      "وقال والي ولاية الساحل في تصريح للصحافة إن المشروع سينطلق قريبا. وقال مدرب حراس المرمى إن الحارس تعافى.",
    );
    expect([a?.speaker.name, a?.speaker.mention?.text, b?.speaker.name]).toEqual([
      "والي ولاية الساحل",
      "والي ولاية الساحل",
      "مدرب حراس المرمى",
    ]);
  });
});

describe("a sport in a ل-genitive: «لكرة القدم», «لألعاب القوى»", () => {
  it("belongs to the team or federation in the title, not to the name after it", () => {
    const [a, b, c] = run(
      "وقال قائد الفريق الأول لكرة القدم سامي النجار إن اللاعبين جاهزون. وقال رئيس الاتحاد العربي لألعاب القوى كمال زيدان إن البطولة ناجحة. وقال مدرب المنتخب الوطني لكرة السلة إن الفريق جاهز.",
    );
    expect([a?.speaker.name, b?.speaker.name, c?.speaker.name]).toEqual([
      "سامي النجار",
      "كمال زيدان",
      "مدرب المنتخب الوطني لكرة السلة",
    ]);
  });
});

describe("a family name that is also a title word («إمام», «سعادة»)", () => {
  it("names the person already named with it, alone or after the title", () => {
    const [, b, , d] = run(
      "وقال الممثل عادل إمام إن الفيلم جاهز. وأضاف إمام أن التصوير انتهى. وقال المطران جورج سعادة إن الكنيسة ستبقى مفتوحة. وأضاف المطران سعادة أن المساعدات وصلت.",
    );
    expect([b?.speaker.name, b?.speaker.mention?.text, d?.speaker.name]).toEqual([
      "عادل إمام",
      "إمام",
      "جورج سعادة",
    ]);
  });

  it("leaves a title alone when no one of that family name was named", () => {
    const [a] = run("وقال إمام المسجد إن الصلاة أقيمت.");
    expect(a?.speaker.name).toBe("إمام المسجد");
  });
});

describe("job seekers in the plural: «باحثون عن عمل»", () => {
  it("keeps what they seek in the mention, alone, with the article or after a noun of people", () => {
    const [a, b, c, d] = run(
      "ويقول باحثون عن عمل إن الوظائف شحيحة. وقالت باحثات عن وظيفة إن المقابلات قليلة. ويرى الباحثون عن عمل أن الرواتب متدنية. وقال شبان باحثون عن عمل إن الشركات لا ترد.",
    );
    expect([a, b, c, d].map((x) => [x?.speaker.mention?.text, x?.content.text])).toEqual([
      ["باحثون عن عمل", "الوظائف شحيحة"],
      ["باحثات عن وظيفة", "المقابلات قليلة"],
      ["الباحثون عن عمل", "الرواتب متدنية"],
      ["شبان باحثون عن عمل", "الشركات لا ترد"],
    ]);
  });
});

describe("a request for anonymity after a nominal cue's source", () => {
  it("is no part of the mention («بحسب مصدر رفض الكشف عن اسمه،»), before the content or after it", () => {
    const [a] = run("وبحسب مصدر أمني رفض الكشف عن اسمه، فإن المهاجمين فروا.");
    const [b] = run("وانسحب المهاجمون باتجاه الحدود، بحسب مصدر طلب عدم ذكر اسمه.");
    expect([a?.speaker.mention?.text, a?.content.text, b?.speaker.mention?.text, b?.content.text]).toEqual([
      "مصدر أمني",
      "المهاجمين فروا",
      "مصدر",
      "انسحب المهاجمون باتجاه الحدود",
    ]);
  });
});

describe("a time preposition after the speaker's name: «عقب», «إثر», «غداة»", () => {
  it("ends the name («صرح المدرب X عقب المباراة بأن …»)", () => {
    const [a, b, c] = run(
      "وصرح مدرب الفريق كمال الدباغ عقب المباراة بأن اللاعبين قدموا أداء كبيرا. وصرح الحارس نادر الشامي عقب اللقاء: «قدمنا مباراة كبيرة». وقال وزير الخارجية رامي عواد إثر لقائه نظيره إن المحادثات بناءة.",
    );
    expect([a, b, c].map((x) => x?.speaker.mention?.text)).toEqual([
      "مدرب الفريق كمال الدباغ",
      "الحارس نادر الشامي",
      "وزير الخارجية رامي عواد",
    ]);
  });
});

describe("«غرّد» (tweeted) as a reporting verb", () => {
  it("reports before a clause or a colon, not about birds", () => {
    const [a, b] = run(
      "وغرد وزير الإعلام بأن الحوار هو الحل. وغردت رئيسة البلدية على منصة إكس: «لن نتراجع».",
    );
    expect([a?.speaker.mention?.text, a?.content.text, b?.speaker.mention?.text, b?.kind]).toEqual([
      "وزير الإعلام",
      "الحوار هو الحل",
      "رئيسة البلدية",
      "direct",
    ]);
    expect(run("وغرد الطائر على الشجرة طويلا.")).toEqual([]);
  });
});

describe("«على هامش …», «على حسابه» after the speaker's name", () => {
  it("ends the name after a title, and a bare name of two words before an adjunct and the complementizer", () => {
    const [a, b, c, d] = run(
      "وقال الوزير رامي سالم على هامش المؤتمر إن الاتفاق قريب. وكتبت الناشطة سلمى داود على حسابها أن الاعتقالات مستمرة. وقال كريم منصور في المؤتمر إن الأسعار مرتفعة. وقال وليد عيسى خلال الندوة إن البطالة تراجعت.",
    );
    expect([a, b, c, d].map((x) => [x?.speaker.name, x?.content.text])).toEqual([
      ["رامي سالم", "الاتفاق قريب"],
      ["سلمى داود", "الاعتقالات مستمرة"],
      ["كريم منصور", "الأسعار مرتفعة"],
      ["وليد عيسى", "البطالة تراجعت"],
    ]);
  });

  it("leaves a plural of people to its description («مزارعون في المنطقة»)", () => {
    const [a] = run("وقال مزارعون في المنطقة إن المحصول تضرر.");
    expect(a?.speaker.mention?.text).toBe("مزارعون في المنطقة");
  });
});

describe("«نشر X صورة/مقطع فيديو قال فيه …»: the published thing after the issuing verb's subject", () => {
  it("is no part of the subject, who speaks in the relative clause", () => {
    const [a] = run("ونشر الوزير مقطع فيديو قال فيه إن الحكومة لن تتراجع.");
    const [b] = run("ونشر النائب رامي سالم على حسابه في إنستغرام صورة قال فيها إنه سيعود قريبا.");
    expect([a?.speaker.mention?.text, b?.speaker.name, b?.content.text]).toEqual([
      "الوزير",
      "رامي سالم",
      "سيعود قريبا",
    ]);
  });
});

describe("an artist's profession before the name: «الفنان», «المطرب», «المخرجة»", () => {
  it("is a title, so the name after it names the speaker", () => {
    const [a, b, c] = run(
      "وقال الفنان سامر الخوري إنه سيعود قريبا. وأكدت المخرجة ليلى منصور أن الفيلم جاهز. ونشر المطرب كريم داود صورة قال فيها إن الحفل تأجل.",
    );
    expect([a?.speaker.name, b?.speaker.name, c?.speaker.name]).toEqual([
      "سامر الخوري",
      "ليلى منصور",
      "كريم داود",
    ]);
  });
});
