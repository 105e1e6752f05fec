// Session 24 (arfit): Arabic titles that run on into the name without a comma. Made-up sentences; no text here
// comes from a fixture or a probe.
import { describe, expect, it } from "vitest";
import { run } from "./arabic.ts";

const said = (text: string) => run(text).map((c) => [c.speaker.name, c.content.text]);
const mention = (text: string) => run(text)[0]?.speaker.mention?.text;

describe("a cooperative («تعاونية») heads a body like «جمعية»", () => {
  it("in construct with its members before the holder's name", () => {
    expect(said("وقال رئيس تعاونية منتجي التمور خليفة سالم المزروعي إن الإنتاج تراجع.")).toEqual([
      ["خليفة سالم المزروعي", "الإنتاج تراجع"],
    ]);
  });
});

describe("a place noun whose own name has two words («بني وليد», «سيدي بوزيد»)", () => {
  it("keeps both words in the title, before the holder's name", () => {
    expect(said("وقال عميد بلدية بني وليد مفتاح سالم الزروق إن المياه عادت إلى الأحياء.")).toEqual([
      ["مفتاح سالم الزروق", "المياه عادت إلى الأحياء"],
    ]);
    expect(said("وأكد رئيس بلدية سيدي بوزيد نبيل حمدي الخليفي أن الأشغال ستنطلق.")).toEqual([
      ["نبيل حمدي الخليفي", "الأشغال ستنطلق"],
    ]);
  });
});

describe("the members a bare title stands for, a plural participle in construct («ممثل مستثمري …»)", () => {
  it("are the title's, not a given name", () => {
    expect(said("وقال ممثل مستوردي الأدوية البيطرية سامر فؤاد الخطيب إن الشحنات متوقفة.")).toEqual([
      ["سامر فؤاد الخطيب", "الشحنات متوقفة"],
    ]);
  });
});

describe("a source at a body whose genitive has adjectives («مصدر بشعبة … الصمغ العربي»)", () => {
  it("keeps the adjectives that close the subject", () => {
    expect(said("وقال مصدر بغرفة مصدري القطن المصري إن الطلب ضعيف.")).toEqual([
      ["مصدر بغرفة مصدري القطن المصري", "الطلب ضعيف"],
    ]);
  });
});

describe("a town with the article after «ب» between a title and the name («… بالقصرين X Y»)", () => {
  it("ends a regional body's title", () => {
    expect(said("وقال المدير الجهوي للتجارة بالمنستير رضا علي الهمامي إن الأسعار مستقرة.")).toEqual([
      ["رضا علي الهمامي", "الأسعار مستقرة"],
    ]);
  });

  it("ends a workplace after «في», in a sentence that opens on the quotation", () => {
    const text = '"المخازن ممتلئة"، قال التاجر في سوق الخضار بالفاشر يحيى آدم حسين، مضيفا أن الأسعار نزلت.';
    expect(said(text)).toEqual([
      ["يحيى آدم حسين", '"المخازن ممتلئة"'],
      ["يحيى آدم حسين", "الأسعار نزلت"],
    ]);
    expect(mention(text)).toBe("التاجر في سوق الخضار بالفاشر يحيى آدم حسين");
  });

  it("is no town when it is a body the verb names («بالمجلس»)", () => {
    expect(said("وقال مسؤول في الوزارة بالعاصمة إن الأسعار مستقرة.")).toEqual([
      ["مسؤول في الوزارة بالعاصمة", "الأسعار مستقرة"],
    ]);
  });
});

describe("a recalled statement («وكان X قد أكد، يوم …، أن …») going on in the next paragraph", () => {
  it("keeps the recalled day for the same speaker's next words", () => {
    const text =
      "وقال مصدر من الشركة، أمس الإثنين، إن الرواتب ستصرف قريبا.\nوكان المدير الجهوي للصحة بالكاف سمير علي الهادفي قد أكد، يوم الخميس 20 نوفمبر الجاري، وفق ما نقلته وكالة الأنباء، أن الأدوية متوفرة.\nوبيّن المدير الجهوي أن المخزون يكفي لثلاثة أشهر.";
    expect(run(text).map((c) => [c.speaker.name, c.date])).toEqual([
      ["مصدر من الشركة", "2025-11-24"],
      ["سمير علي الهادفي", "2025-11-20"],
      ["سمير علي الهادفي", "2025-11-20"],
    ]);
  });
});

describe("a definite noun of people and a name, then an adjunct, after a quotation", () => {
  const text =
    "نظم عشرات العمال، صباح اليوم الثلاثاء، وقفة احتجاجية أمام مقر الولاية.\nوقال مصدر في الولاية، أمس الإثنين، إن الملف قيد الدرس.\n«لن نتراجع حتى نحصل على حقوقنا»، هكذا تحدث الشاب منير العياري خلال الوقفة، وهو يرفع لافتة.\n«الأجور لم تصرف منذ أشهر»، قال العامل رضا الفرجاني خلال الوقفة.";

  it("names the speaker of «هكذا تحدث الشاب X خلال الوقفة» and of «قال العامل X خلال الوقفة»", () => {
    expect(run(text).map((c) => c.speaker.name)).toEqual(["مصدر في الولاية", "منير العياري", "رضا الفرجاني"]);
  });

  it("dates the words said at the protest by the lead's day", () => {
    expect(run(text).map((c) => c.date)).toEqual(["2025-11-24", "2025-11-25", "2025-11-25"]);
  });
});

describe("the speaker's name in a mention that runs on", () => {
  it("leaves a bare ب-town after a body's definite genitive to the title («… الزيتون بجرجيس X Y»)", () => {
    expect(said("وأفاد عضو تنسيقية منتجي الزيتون بجرجيس الهادي الطرابلسي بأن الأسعار انهارت.")).toEqual([
      ["الهادي الطرابلسي", "الأسعار انهارت"],
    ]);
  });

  it("names an unnamed source by its whole body, a last ل-genitive too («… لصناعة الإسمنت والجبس»)", () => {
    expect(said("وأوضح مصدر من الشركة الوطنية لصناعة الإسمنت والجبس أن الإنتاج توقف.")).toEqual([
      ["مصدر من الشركة الوطنية لصناعة الإسمنت والجبس", "الإنتاج توقف"],
    ]);
  });
});

describe("a town with the article in «ة», with a region's adjective, or before a given name with the article", () => {
  it("still ends the title before the holder's name", () => {
    expect(said("وقال المندوب الجهوي للتجارة بالمهدية كمال بن صالح إن التزويد عادي.")).toEqual([
      ["كمال بن صالح", "التزويد عادي"],
    ]);
    expect(said("وقالت ممثلة مربي الماشية بالجنوب الشرقي نجاة علي الورفلي إن الأعلاف نفدت.")).toEqual([
      ["نجاة علي الورفلي", "الأعلاف نفدت"],
    ]);
    expect(
      said("وقال الكاتب العام للاتحاد الجهوي للشغل بالكاف الهادي علي الطرابلسي إن الإضراب قائم."),
    ).toEqual([["الهادي علي الطرابلسي", "الإضراب قائم"]]);
  });
});
