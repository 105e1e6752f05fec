// Arabic speakers named by their office: a later title («الوزير», «المدير الفني», «رئيس الحكومة») or a
// headline's title stands for the person the article names with a compatible title. Made-up sentences.
import { describe, expect, it } from "vitest";
import { roleOf, sameRole } from "../src/ar/roles.ts";
import { run } from "./arabic.ts";

const speakers = (text: string, publishedAt?: string): (string | null)[] =>
  run(text, publishedAt).map((c) => c.speaker.name);
const fits = (later: string, held: string): boolean => {
  const a = roleOf(later);
  const b = roleOf(held);
  return !!a && !!b && sameRole(a, b);
};

describe("the office a title names (roles.ts)", () => {
  it("reads synonyms of one office as the same office", () => {
    expect(fits("المدرب", "المدير الفني لفريق الوداد")).toBe(true);
    expect(fits("مدرب الوداد", "المدير الفني للوداد")).toBe(true);
    expect(fits("رئيس الحكومة", "رئيس مجلس الوزراء المغربي")).toBe(true);
    expect(fits("الناطق باسم الجيش", "المتحدث الرسمي باسم الجيش")).toBe(true);
    expect(fits("المحامي", "محامي المتهم")).toBe(true);
  });
  it("needs every word that says which office among the earlier title's", () => {
    expect(fits("وزير الزراعة", "وزير الزراعة والري الاتحادي")).toBe(true);
    expect(fits("وزير الزراعة", "وزير الصحة")).toBe(false);
    expect(fits("مدرب الوداد", "مدرب الرجاء")).toBe(false);
  });
  it("keeps apart offices that share a word: deputy, former, head of government, a woman's title", () => {
    expect(fits("رئيس الوزراء", "نائب رئيس الوزراء")).toBe(false);
    expect(fits("وزير الخارجية", "وزير الخارجية السابق")).toBe(false);
    expect(fits("الرئيس", "رئيس الوزراء")).toBe(false);
    expect(fits("الوزير", "وزيرة الصحة")).toBe(false);
  });
  it("reads a bare «الرئيس» as a head of state, not the chair of a body", () => {
    expect(fits("الرئيس", "الرئيس الفرنسي")).toBe(true);
    expect(fits("الرئيس", "رئيس الاتحاد")).toBe(false);
  });
  it("tells a title the reader knows from an unnamed one", () => {
    expect(roleOf("وزير الزراعة")?.definite).toBe(true);
    expect(roleOf("المسؤول")?.definite).toBe(true);
    expect(roleOf("مسؤول في الوزارة")?.definite).toBe(false);
    expect(roleOf("وزير سابق")?.definite).toBe(false);
  });
});

describe("a later title names the person introduced with a compatible one", () => {
  it("«رئيس الحكومة» after «رئيس الوزراء X»", () => {
    expect(
      speakers(
        "قال رئيس الوزراء الأردني سمير الخطيب إن الحكومة ماضية في الإصلاح. وأضاف رئيس الحكومة أن الموازنة ستعرض قريبا.",
      ),
    ).toEqual(["سمير الخطيب", "سمير الخطيب"]);
  });
  it("«المتحدث باسم الجيش» after «الناطق باسم الجيش X»", () => {
    expect(
      speakers(
        "أكد الناطق باسم الجيش العقيد مازن فريد أن القوات صدت الهجوم. وقال المتحدث باسم الجيش إن الخسائر محدودة.",
      ),
    ).toEqual(["مازن فريد", "مازن فريد"]);
  });
  it("«مدرب الفريق» and «المدرب» after «المدير الفني لنادي X», not the coach named after", () => {
    expect(
      speakers("قال المدير الفني لنادي الهلال حسام زكي إن فريقه جاهز. وأوضح مدرب الفريق أن الغيابات كثيرة."),
    ).toEqual(["حسام زكي", "حسام زكي"]);
    expect(
      speakers(
        "قال حسام زكي، المدير الفني لنادي الهلال، إن فريقه جاهز. وأوضح المدرب أن الغيابات كثيرة، مضيفا أن الحارس سيعود.",
      ),
    ).toEqual(["حسام زكي", "حسام زكي", "حسام زكي"]);
  });
  it("takes the nearest holder of the office, not one across another holder", () => {
    expect(
      speakers(
        "قال وزير المالية خالد سعيد إن العجز تراجع. وقال وزير الصحة رامي نجيب إن المستشفيات جاهزة. وأضاف الوزير أن الأدوية متوفرة.",
      ),
    ).toEqual(["خالد سعيد", "رامي نجيب", "رامي نجيب"]);
  });
  it("gives a bare «الرئيس» the head of state, not the committee chair quoted since", () => {
    expect(
      speakers(
        "قال الرئيس التونسي قيس منصور إن البلاد آمنة. وقال رئيس اللجنة المالية نبيل عمر إن الأرقام سليمة. وأكد الرئيس أن الانتخابات ستجرى في موعدها.",
      ),
    ).toEqual(["قيس منصور", "نبيل عمر", "قيس منصور"]);
  });
  it("gives «المسؤول» the official the article called so, else the officeholder just named", () => {
    expect(
      speakers(
        "قال مسؤول في وزارة الخارجية إن المفاوضات متعثرة. وقال السفير الفرنسي جان لوك إن بلاده تدعم الحل. وأضاف المسؤول أن الجولة المقبلة مؤجلة.",
      ),
    ).toEqual(["مسؤول في وزارة الخارجية", "جان لوك", "مسؤول في وزارة الخارجية"]);
    expect(speakers("قال مدير المستشفى سامر حداد إن الأسرة ممتلئة. وأضاف المسؤول أن الأدوية نفدت.")).toEqual([
      "سامر حداد",
      "سامر حداد",
    ]);
  });
  it("does not give a deputy's or a former holder's name to the office itself", () => {
    expect(
      speakers("قال نائب رئيس الوزراء فؤاد حيدر إن الموازنة جاهزة. وأضاف رئيس الوزراء أن الرواتب مؤمنة."),
    ).toEqual(["فؤاد حيدر", "رئيس الوزراء"]);
    expect(
      speakers("قال وزير الخارجية السابق فؤاد حيدر إن الموازنة جاهزة. وأضاف وزير الخارجية أن الرواتب مؤمنة."),
    ).toEqual(["فؤاد حيدر", "وزير الخارجية"]);
  });
  it("leaves an indefinite title («وزير سابق», «مسؤول في الوزارة») unnamed", () => {
    expect(
      speakers(
        "قال وزير الخارجية عادل منير إن المحادثات مستمرة. وقال وزير سابق إن المحادثات فاشلة. وقال مسؤول في الوزارة إن الوفد سيسافر.",
      ),
    ).toEqual(["عادل منير", "وزير سابق", "مسؤول في الوزارة"]);
  });
  it("names a body's unnamed spokesperson by the one the next paragraph names with that office", () => {
    expect(
      speakers(
        "وأعلنت الوزارة أمس خطة جديدة للنقل.\nوأكدت النقابة أن الخطة متأخرة.\nوقال المتحدث باسم وزارة النقل إن الرحلات ستستأنف.\nوأشار خالد منصور، المتحدث باسم وزارة النقل، إلى أن المطار جاهز.",
      ).slice(2),
    ).toEqual(["خالد منصور", "خالد منصور"]);
  });
  it("names it by a name whose relative clause gives the office («X، الذي يتولى منصب المتحدث …»)", () => {
    expect(
      speakers(
        "وقال رئيس اللجنة سامي علي إن الوزارة مقصرة.\nفي المقابل، قال المتحدث باسم وزارة النقل، في تصريح للوكالة، إن الرحلات ستستأنف.\nوأشار عادل حسن، الذي يتولى منصب المتحدث الرسمي باسم الوزارة منذ مطلع العام، إلى أن المحطات جاهزة.",
      ),
    ).toEqual(["سامي علي", "عادل حسن", "عادل حسن"]);
  });
  it("reads a bare «المتحدث» («the one speaking») as the speaker just quoted", () => {
    expect(
      speakers("وقال رئيس الجمعية عمر سالم إن الأسعار ارتفعت. وكشف المتحدث أن عدد الأعضاء تراجع."),
    ).toEqual(["عمر سالم", "عمر سالم"]);
  });
});

describe("a headline's or lede's title names the person the body introduces", () => {
  it("«وزير النقل يؤكد …» is the minister the lede names", () => {
    expect(
      speakers(
        "وزير النقل يؤكد جاهزية المطار للموسم\nعمان - أكد وزير النقل الأردني، ماهر عودة، جاهزية المطار لاستقبال المسافرين.",
      ),
    ).toEqual(["ماهر عودة", "ماهر عودة"]);
  });
  it("reads «TITLE: words» in a headline as a claim of the title's holder", () => {
    const cs = run(
      "مدرب الرجاء: سنلعب للفوز في الدار البيضاء\nقال المدرب البرتغالي نونو ريكاردو، المدير الفني للرجاء، إن الفريق مستعد للمباراة.",
    );
    expect(cs.map((c) => [c.speaker.name, c.cue.text, c.content.text])).toEqual([
      ["نونو ريكاردو", ":", "سنلعب للفوز في الدار البيضاء"],
      ["نونو ريكاردو", "قال", "الفريق مستعد للمباراة"],
    ]);
  });
  it("leaves the outlet out of the headline's speaker («وزير المالية لـ«الصباح»: …»)", () => {
    const c = run(
      "وزير المالية لـ«الصباح»: العجز سيتراجع هذا العام\nأكد وزير المالية التونسي، نزار بلحاج، للصباح أن العجز سيتراجع.",
    )[0];
    expect(c && [c.speaker.mention?.text, c.speaker.name]).toEqual(["وزير المالية", "نزار بلحاج"]);
  });
  it("reads no claim in a headline whose words before the colon are a topic", () => {
    expect(
      run("موسم الاصطياف: تجنيد أزيد من 4 آلاف عون\nقال المدير العام للحماية المدنية إن الأعوان جاهزون.").map(
        (c) => c.cue.text,
      ),
    ).toEqual(["قال"]);
  });
});

describe("the day of a headline's and a lede's claims", () => {
  it("is the day of their speaker's next dated claim", () => {
    const cs = run(
      "وزير النقل يؤكد جاهزية المطار للموسم\nعمان - أكد وزير النقل الأردني، ماهر عودة، جاهزية المطار لاستقبال المسافرين.\nوقال عودة في مؤتمر صحفي أمس إن الرحلات ستزيد.",
    );
    expect(cs.map((c) => c.date)).toEqual(["2025-11-24", "2025-11-24", "2025-11-24"]);
  });
  it("is not the day after «غدا» in the lede", () => {
    const cs = run(
      "قال المدرب حسام زكي إن فريقه سيواجه الهلال غدا الأحد بتشكيلة كاملة.\nوأضاف أن الغيابات قليلة.",
      "2025-11-29",
    );
    expect(cs.map((c) => c.date)).toEqual([null, null]);
  });
});

describe("the outlet's reporter as the hearer", () => {
  it("leaves «لمراسلنا», «لمراسلها» out of the speaker", () => {
    expect(speakers("وقال شهود عيان لمراسلنا إن القصف استمر ساعتين، مشيرين إلى أن الضحايا مدنيون.")).toEqual([
      "شهود عيان",
      "شهود عيان",
    ]);
    expect(speakers("وقال مسؤول محلي لمراسلها إن الطريق مغلق.")).toEqual(["مسؤول محلي"]);
  });
});
