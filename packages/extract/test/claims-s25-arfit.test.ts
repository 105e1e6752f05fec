// Session 25 (arfit): Arabic shapes of batch 38 and leftovers of earlier sessions. Made-up sentences; no text
// here comes from a fixture or a probe.
import { describe, expect, it } from "vitest";
import { run } from "./arabic.ts";

const said = (text: string) => run(text).map((c) => [c.speaker.name, c.content.text]);
const dated = (text: string, publishedAt?: string) =>
  run(text, publishedAt).map((c) => [c.speaker.name, c.date]);

describe("a deputy's title in construct with a place noun («وكيل محافظة X», «نائب ولاية X»)", () => {
  it("takes the place's bare name, then the holder's name, with an aside after it", () => {
    expect(said("قال وكيل محافظة تعز سامي أحمد القدسي، خلال لقائه الأهالي أمس، إن الطريق ستفتح.")).toEqual([
      ["سامي أحمد القدسي", "الطريق ستفتح"],
    ]);
    expect(said("وقال نائب ولاية سطيف كمال عمر بلقاسم إن المشروع سينطلق.")).toEqual([
      ["كمال عمر بلقاسم", "المشروع سينطلق"],
    ]);
  });
});

describe("«قالها» after a quotation, the speaker's age in brackets and the outlet after the name", () => {
  it("says the quotation", () => {
    expect(said('"لن نرحل عن أرضنا مهما حدث"، قالها المزارع سالم حسن الوادعي (52 عاما) لـ"الخبر".')).toEqual([
      ["سالم حسن الوادعي", '"لن نرحل عن أرضنا مهما حدث"'],
    ]);
    expect(
      said('"تأخرت الرواتب ثلاثة أشهر"، قال الموظف خالد سعيد المهري (40 عاما) لـ"الأيام" على هامش الوقفة.'),
    ).toEqual([["خالد سعيد المهري", '"تأخرت الرواتب ثلاثة أشهر"']]);
  });
});

describe("a signing ceremony («على هامش حفل التوقيع») named after the lead told the signing", () => {
  it("dates the words to the signing's day, not the running day", () => {
    const text =
      "وقعت أحزاب المعارضة، يوم السبت الماضي، ميثاق شرف انتخابي في العاصمة. " +
      "وقالت الناشطة هدى سالم البكري، يوم الأحد، إن الميثاق ناقص. " +
      '"هذا يوم تاريخي للبلاد"، قالها الشاب ياسر علي الحمدي (30 عاما) على هامش حفل التوقيع.';
    expect(dated(text)).toEqual([
      ["هدى سالم البكري", "2025-11-23"],
      ["ياسر علي الحمدي", "2025-11-22"],
    ]);
  });
});

describe('«واستكملت: "…"» (went on), as «وأكمل», «واستطرد»', () => {
  it("continues the speaker before; «استكمل» with an object completes it and reports nothing", () => {
    expect(said('وقالت النائبة هدى سالم إن الوضع صعب. واستكملت: "نحتاج إلى حلول جذرية".')).toEqual([
      ["هدى سالم", "الوضع صعب"],
      ["هدى سالم", '"نحتاج إلى حلول جذرية"'],
    ]);
    expect(said("واستكملت الشركة أعمال الصيانة في المدارس.")).toEqual([]);
  });
});

describe('what a paper learned («وعلمت "…"، أمس، من مصادر …، أن»)', () => {
  it("is said by its sources, with the day between commas and a comma closing the sources", () => {
    expect(said('وعلمت "الخبر"، أمس، من مصادر بمديرية الصحة للولاية، أن ثلاثة أطفال أصيبوا.')).toEqual([
      ["مصادر بمديرية الصحة للولاية", "ثلاثة أطفال أصيبوا"],
    ]);
  });
});

describe("a title's field and a numbered university before an honorific («بجامعة وهران 2 الدكتور X»)", () => {
  it("is all the title, after a present-tense belief cue too", () => {
    expect(
      said(
        'ويعتقد أستاذ علم الاجتماع بجامعة قسنطينة 3 الدكتور نبيل عمر حداد، في حديث لـ"الخبر" أمس، أن الظاهرة خطيرة.',
      ),
    ).toEqual([["نبيل عمر حداد", "الظاهرة خطيرة"]]);
    expect(said("وقال أستاذ علم الاقتصاد بجامعة سطيف الدكتور فريد سالم زروقي إن الأسعار سترتفع.")).toEqual([
      ["فريد سالم زروقي", "الأسعار سترتفع"],
    ]);
  });
});

describe("the owner of one of the group just told («صاحب إحدى هذه الورشات»)", () => {
  it("is named by the whole description, and goes on in the participle after", () => {
    expect(
      said(
        "ويرى صاحب إحدى هذه الورشات، الذي فضل عدم ذكر اسمه، أن الرسوم مرتفعة، معترفا بأن عماله بلا تأمين.",
      ),
    ).toEqual([
      ["صاحب إحدى هذه الورشات", "الرسوم مرتفعة"],
      ["صاحب إحدى هذه الورشات", "عماله بلا تأمين"],
    ]);
    expect(said("وقال مدير أحد هذه المستشفيات إن الأدوية نفدت.")).toEqual([
      ["مدير أحد هذه المستشفيات", "الأدوية نفدت"],
    ]);
  });
});

describe("a source at a body whose verbal noun takes «على» («مصدر بمركز الرقابة على …»)", () => {
  it("keeps the genitive, the noun joined to it and the branch's town", () => {
    expect(
      said("وقال مصدر بهيئة الرقابة على الصادرات والواردات فرع سوسة، فضل عدم ذكر اسمه، إن الشحنة رفضت."),
    ).toEqual([["مصدر بهيئة الرقابة على الصادرات والواردات فرع سوسة", "الشحنة رفضت"]]);
  });
});

describe("«ولي أمر طالب بالصف …» in a speaker's apposition", () => {
  it("is a student's parent, not a second cue «طالب» (demanded); the day after the outlet dates the quote", () => {
    const text =
      '"الدروس تأكل نصف راتبي"، يقول الحاج سامي عبد الله المنياوي، ولي أمر طالب بالصف الثالث الثانوي، لـ"الوطن" أمس أمام أحد المراكز.';
    expect(dated(text)).toEqual([["سامي عبد الله المنياوي", "2025-11-24"]]);
    expect(said("وطالب المحتجون بالإفراج عن المعتقلين.")).toEqual([["المحتجون", "بالإفراج عن المعتقلين"]]);
  });
});

describe("a relayed «قوله» and a long occasion between commas before «إن»", () => {
  it("leaves the occasion out of the content and takes its day, for the next words too", () => {
    const text =
      "ونقلت وكالة الأنباء الرسمية عن مدير إدارة المياه المهندس سامر حسن البرعصي قوله، خلال اجتماع عقده يوم الأحد الماضي في المدينة مع ممثلي المزارعين، إن الآبار ستصان. وأشار المهندس البرعصي إلى أن الضخ سيعود.";
    expect(said(text)).toEqual([
      ["سامر حسن البرعصي", "الآبار ستصان"],
      ["سامر حسن البرعصي", "الضخ سيعود"],
    ]);
    expect(dated(text).map(([, d]) => d)).toEqual(["2025-11-23", "2025-11-23"]);
  });
});

describe("an honorific before a family name with the article met before («المهندس الزروق», «المهندسة الورفلي»)", () => {
  it("is the person named in full before", () => {
    expect(
      said("وقالت المهندسة منى علي الورفلي إن الوضع صعب. وأوضحت المهندسة الورفلي أن الحل قريب."),
    ).toEqual([
      ["منى علي الورفلي", "الوضع صعب"],
      ["منى علي الورفلي", "الحل قريب"],
    ]);
    expect(
      said(
        "ونقلت الوكالة عن مدير إدارة المياه المهندس سامر حسن البرعصي قوله إن الآبار ستصان. وأشار المهندس البرعصي إلى أن الضخ سيعود.",
      ).map(([name]) => name),
    ).toEqual(["سامر حسن البرعصي", "سامر حسن البرعصي"]);
  });
});

describe("«اليوم» with a weekday in a paper of the next day («اليوم الإثنين» on a Tuesday)", () => {
  it("is that weekday, not the day of publication", () => {
    expect(dated("وقال الوزير سامي علي الفارس، اليوم الإثنين، إن المستشفيات جاهزة.")).toEqual([
      ["سامي علي الفارس", "2025-11-24"],
    ]);
    expect(dated("وقال الوزير سامي علي الفارس، اليوم الثلاثاء، إن المستشفيات جاهزة.")).toEqual([
      ["سامي علي الفارس", "2025-11-25"],
    ]);
  });
});

describe("a sound plural of people in construct («مهنيو قطاع النقل», «مزارعو المنطقة»)", () => {
  it("is the whole group, with the ب-town it is in before the clause", () => {
    expect(said("وطالب مهنيو قطاع النقل بخفض أسعار الوقود.")).toEqual([
      ["مهنيو قطاع النقل", "بخفض أسعار الوقود"],
    ]);
    expect(said("وطالب مزارعو المنطقة بتعويضات عن الخسائر.")).toEqual([
      ["مزارعو المنطقة", "بتعويضات عن الخسائر"],
    ]);
    expect(said("وقال مهنيو الصيد التقليدي بالحسيمة إن المخزون تراجع.")).toEqual([
      ["مهنيو الصيد التقليدي بالحسيمة", "المخزون تراجع"],
    ]);
  });
});

describe("«كتابة الدولة» (a secretariat of state, Maghrebi press) as a body", () => {
  it("keeps what it is in charge of", () => {
    expect(said("وأكدت كتابة الدولة المكلفة بالتجارة الخارجية أن الصادرات ارتفعت.")).toEqual([
      ["كتابة الدولة المكلفة بالتجارة الخارجية", "الصادرات ارتفعت"],
    ]);
  });
});

describe("an imam of a mosque named by «جامع», or at a mosque «في الحي» before the name", () => {
  it("keeps the workplace in the title and names the person", () => {
    expect(said("وقال إمام جامع الرحمة يوسف علي الحمداني إن المصلين تبرعوا.")).toEqual([
      ["يوسف علي الحمداني", "المصلين تبرعوا"],
    ]);
    expect(said("وقال إمام مسجد في القرية خالد سامر العمري إن المصلين تبرعوا.")).toEqual([
      ["خالد سامر العمري", "المصلين تبرعوا"],
    ]);
    expect(said("وقال إمام مسجد في الحي إن المصلين تبرعوا.")).toEqual([["إمام مسجد", "المصلين تبرعوا"]]);
  });
});
