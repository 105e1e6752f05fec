// Arabic reviewer probe ar5: titles homographic with other words, described people, a quote-first speaker
// named bare with his town. Made-up sentences, one rule each.
import { describe, expect, it } from "vitest";
import { run } from "./arabic.ts";

describe("an indefinite «إمام» heading a title phrase", () => {
  it("reads «إمام المسجد … الشيخ X» as a title, not the preposition «أمام», which still opens an adjunct", () => {
    const [a, b, c] = run(
      "وقال إمام المسجد الكبير الشيخ ياسين العمري إن المصلين عادوا. وأكد إمام مسجد البلدة أن الصلاة أقيمت. وقال أمام مجلس النواب إن الترميم انتهى.",
    );
    expect([a?.speaker.name, a?.content.text, b?.speaker.mention?.text, c?.speaker.mention?.text]).toEqual([
      "ياسين العمري",
      "المصلين عادوا",
      "إمام مسجد البلدة",
      undefined,
    ]);
  });
});

describe("«الأب» before a priest's name", () => {
  it("reads «الأب X» as the title and the name after it, also after the office and when the name comes back short", () => {
    const [a, b, c] = run(
      "وقال الأب يوسف نعمة، راعي كنيسة البلدة، إن الأبواب مفتوحة. وأضاف الأب نعمة أن المساعدات وصلت. وقال كاهن الرعية الاب ميشال حنا إن القداس أقيم.",
    );
    expect([a?.speaker.name, b?.speaker.name, c?.speaker.name]).toEqual([
      "يوسف نعمة",
      "يوسف نعمة",
      "ميشال حنا",
    ]);
  });

  it("leaves the month «آب» a month", () => {
    expect(run("وقال الوزير في 5 آب إن الخطة جاهزة.", "2025-11-25")[0]?.date).toBe("2025-08-05");
  });
});

describe("a quotation first, then the cue and a bare name with where he is from", () => {
  it("reads the whole bare name before «من <place>» as the speaker, the quotation as the content", () => {
    const [a] = run("وتواصل القصف طوال الليل. «لم يبق لنا بيت نعود إليه»، قال سمير عودة من بلدة خزاعة.");
    expect([a?.speaker.name, a?.content.text, a?.kind]).toEqual([
      "سمير عودة",
      "«لم يبق لنا بيت نعود إليه»",
      "direct",
    ]);
  });
});

describe("a title holder at «one of» a kind of workplace", () => {
  it("names the described person, not the workplace after «في إحدى/أحد», and a name after it still names", () => {
    const [a, b, c] = run(
      "وقالت مديرة المبيعات في إحدى شركات الأدوية الناشئة إن الطلب تضاعف. وقال مدير الإنتاج في أحد مصانع الورق إن الآلات قديمة. وقال مدير الصيانة في أحد مصانع الإسمنت الوطنية سامر الخوري إن العمال مدربون.",
    );
    expect([a?.speaker.name, a?.speaker.mention?.text, b?.speaker.mention?.text, c?.speaker.name]).toEqual([
      "مديرة المبيعات في إحدى شركات الأدوية الناشئة",
      "مديرة المبيعات في إحدى شركات الأدوية الناشئة",
      "مدير الإنتاج في أحد مصانع الورق",
      "سامر الخوري",
    ]);
  });
});

describe("a job seeker: «الباحث/الباحثة عن عمل»", () => {
  it("keeps «عن عمل» in the title and reads the name after it, not the researcher's verb object", () => {
    const [a, b, c] = run(
      "يقول الباحث عن عمل كريم الأيوبي إنه طرق كل الأبواب. وقالت الباحثة عن وظيفة إن المقابلات قليلة. وقال الباحث في الشؤون الاقتصادية نزار عيسى إن البطالة ارتفعت.",
    );
    expect([a?.speaker.name, a?.speaker.mention?.text, b?.speaker.mention?.text, c?.speaker.name]).toEqual([
      "كريم الأيوبي",
      "الباحث عن عمل كريم الأيوبي",
      "الباحثة عن وظيفة",
      "نزار عيسى",
    ]);
  });
});

describe("«الفريق الأول» (a club's first team) is not the rank «الفريق»", () => {
  it("reads a team where a definite word follows «الفريق», the rank only before a name or «أول/ركن»", () => {
    const [a, b, c, d] = run(
      "أكد النادي أن الفريق الأول سيخوض مباراة ودية الأحد. وأضاف الفريق الأول في بيان أن التذاكر نفدت. وقال الفريق أول ركن جمال المصري إن الحدود آمنة. وأضاف الفريق أن الدوريات زادت.",
    );
    expect([
      b?.speaker.name,
      b?.speaker.kind,
      c?.speaker.name,
      d?.speaker.name,
      a?.speaker.mention?.text,
    ]).toEqual(["الفريق الأول", "organisation", "جمال المصري", "جمال المصري", "النادي"]);
  });

  it("lets a lone «الفريق» after a team name that team", () => {
    const [, b] = run("وقال فريق الإنقاذ الجبلي إن البحث مستمر. وأضاف الفريق أن الطقس يعرقل العمل.");
    expect([b?.speaker.name, b?.speaker.kind]).toEqual(["فريق الإنقاذ الجبلي", "organisation"]);
  });
});

describe("an unnamed source's request for anonymity, without commas, before the complementizer", () => {
  it("ends the speaker before «رفض/طلب/فضّل (عدم) الكشف عن/ذكر/نشر اسمه/هويته» and starts the content after «إن»", () => {
    const [a, b, c, d] = run(
      "وقال ضابط رفض الكشف عن اسمه إن الدورية تعرضت لكمين. وقال دبلوماسي عربي طلب عدم ذكر هويته لوكالة الأنباء إن الوساطة مستمرة. وأكد مصدر فضل عدم نشر اسمه أن الاتفاق قريب. وأضاف المصدر الذي اشترط عدم الكشف عن هويته أن التوقيع سيتم قريبا.",
    );
    expect([a, b, c, d].map((x) => [x?.speaker.mention?.text, x?.content.text])).toEqual([
      ["ضابط", "الدورية تعرضت لكمين"],
      ["دبلوماسي عربي", "الوساطة مستمرة"],
      ["مصدر", "الاتفاق قريب"],
      ["المصدر", "التوقيع سيتم قريبا"],
    ]);
  });
});

describe("a body's spokesperson named with «باسمه/باسمها»", () => {
  it("reads the link with the body's pronoun as the title's, the name after it the speaker", () => {
    const [, b, c] = run(
      "وأعلنت هيئة الطيران المدني أن الرحلات استؤنفت. وقال المتحدث باسمها وائل منصور إن المطار يعمل. وأضاف منصور أن التأخير انتهى.",
    );
    expect([b?.speaker.name, c?.speaker.name]).toEqual(["وائل منصور", "وائل منصور"]);
  });
});

describe("a weekday that names a prayer or a market", () => {
  it("does not date a statement by «صلاة الجمعة» or «سوق الأحد» in its content; the weekday alone still dates", () => {
    const a = run("وأكدت الأوقاف أن صلاة الجمعة ستقام في الساحات.", "2025-11-25")[0];
    const b = run("وأعلنت البلدية الاثنين أن سوق الأحد سينقل إلى موقع جديد.", "2025-11-25")[0];
    expect([a?.date, b?.date]).toEqual([null, "2025-11-24"]);
  });
});

describe("a feminine elative after a feminine body", () => {
  it("keeps «العليا», «الكبرى» in the body's name: «قالت الهيئة العليا للانتخابات إن …»", () => {
    const [a, b] = run(
      "قالت الهيئة العليا للانتخابات إن نسبة المشاركة بلغت 35%. وأكدت المحكمة العليا أن القرار نهائي.",
    );
    expect([a?.speaker.mention?.text, a?.content.text, b?.speaker.name]).toEqual([
      "الهيئة العليا للانتخابات",
      "نسبة المشاركة بلغت 35%",
      "المحكمة العليا",
    ]);
  });
});
