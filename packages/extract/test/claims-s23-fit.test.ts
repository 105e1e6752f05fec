// Session 23 (fit): the constructions Arabic batch 36 and English set AE turned up, each with made-up sentences
// (names, places and outlets that no fixture has).
import { describe, expect, it } from "vitest";
import { run } from "./arabic.ts";
import { englishOn } from "./english.ts";

const said = (text: string, publishedAt?: string) =>
  run(text, publishedAt).map((c) => [c.speaker.name, c.content.text]);
const en = englishOn("2026-10-15");
const enSaid = (text: string) => en(text).map((c) => [c.speaker.name, c.content.text, c.date]);

describe("a title's workplace named after a ruler, joined by «بـ» («بجامعة السلطان …», «بمستشفى الملك …»)", () => {
  it("takes the ruler's given name into the workplace; the honorific and the name after it are the speaker's", () => {
    expect(
      said(
        "ويرى أستاذ علم الجيولوجيا بجامعة السلطان قابوس الدكتور سالم بن راشد الكلباني أن المياه الجوفية تتراجع.",
      ),
    ).toEqual([["سالم بن راشد الكلباني", "المياه الجوفية تتراجع"]]);
    expect(
      said("وقال رئيس قسم الطوارئ بمستشفى الملك فهد الدكتور نايف عادل الرميثي، إن الحالات مستقرة."),
    ).toEqual([["نايف عادل الرميثي", "الحالات مستقرة"]]);
  });
});

describe("a body's participle «المتعلقة/المتعلق» and the «بـ» phrase it governs", () => {
  it("belongs to the body's name, not to the content", () => {
    expect(
      said("وأوضحت الهيئة الوطنية لتنظيم الأنشطة المتعلقة بالصيد البحري، في بلاغ لها، أن الموسم سيمدد."),
    ).toEqual([["الهيئة الوطنية لتنظيم الأنشطة المتعلقة بالصيد البحري", "الموسم سيمدد"]]);
    expect(said("وذكرت اللجنة المتعلقة بالمياه أن السدود ممتلئة.")).toEqual([
      ["اللجنة المتعلقة بالمياه", "السدود ممتلئة"],
    ]);
  });
});

describe("an unnamed source at one of a kind of workplace («مسؤول بإحدى الشركات المرخص لها بـ…»)", () => {
  it("is named by the whole description, its «لها بـ…» included, whether «بإحدى» or «في إحدى»", () => {
    expect(said("وقال مسؤول بإحدى الشركات المرخص لها بتصدير الزيتون، إن الأسعار ارتفعت.")).toEqual([
      ["مسؤول بإحدى الشركات المرخص لها بتصدير الزيتون", "الأسعار ارتفعت"],
    ]);
    expect(said("وقال موظف في إحدى الجمعيات المسموح لها بجمع التبرعات، إن الطلبات تضاعفت.")).toEqual([
      ["موظف في إحدى الجمعيات المسموح لها بجمع التبرعات", "الطلبات تضاعفت"],
    ]);
    expect(said("وقال مهندس بأحد المصانع إن الإنتاج توقف.")).toEqual([
      ["مهندس بأحد المصانع", "الإنتاج توقف"],
    ]);
  });
});

describe("a title whose workplace is a place, run on into the holder's name with no comma", () => {
  it("a place named after a sheikh, then the holder's own honorific («في سوق الشيخ …  الشيخ …»)", () => {
    const text =
      "وقال ممثل تجار الخضار في سوق الشيخ سالم الشيخ فهد صالح الدباغي، في حديث للإذاعة، إن المحلات أغلقت. " +
      "وأكد الدباغي أن التجار سيواصلون الإضراب.";
    expect(said(text)).toEqual([
      ["فهد صالح الدباغي", "المحلات أغلقت"],
      ["فهد صالح الدباغي", "التجار سيواصلون الإضراب"],
    ]);
  });
  it("two places joined by «و» before the name («في صور والناقورة …»)", () => {
    expect(
      said(
        "وأشار رئيس اتحاد صيادي الأسماك في صور والناقورة جورج نعيم طربيه، في حديث للموقع، إلى أن الصيد تراجع.",
      ),
    ).toEqual([["جورج نعيم طربيه", "الصيد تراجع"]]);
  });
  it("the people a bare title stands for, in construct («ممثل سائقي …», «رئيس تجار …»), are no given name", () => {
    expect(said("وقال ممثل سائقي الأجرة إن الوقود نفد.")).toEqual([["ممثل سائقي الأجرة", "الوقود نفد"]]);
    expect(said("وقال رئيس تجار السوق المركزي مراد سالم الفارسي إن الأسعار مرتفعة.")).toEqual([
      ["مراد سالم الفارسي", "الأسعار مرتفعة"],
    ]);
  });
  it("a commune's name of two words opened by «باب», «عين» … before the holder's name", () => {
    expect(said("وقال رئيس جماعة باب برد كريم الشامي، في تصريح، إن الطرق مغلقة.")).toEqual([
      ["كريم الشامي", "الطرق مغلقة"],
    ]);
    expect(said("وقال رئيس جماعة عين عودة كريم الشامي إن الطرق مغلقة.")).toEqual([
      ["كريم الشامي", "الطرق مغلقة"],
    ]);
  });
});

describe("a verb that takes «بـ» whose «بأن» closes the subject («وصرح رئيس جماعة باب …، …، بأن»)", () => {
  it("reads the ب-word as the subject's, the «بأن» clause as the content", () => {
    expect(
      said("وصرح رئيس جماعة باب برد يوسف العمراني، لموقع محلي مساء أمس، بأن الطريق سيفتح الأسبوع المقبل."),
    ).toEqual([["يوسف العمراني", "الطريق سيفتح الأسبوع المقبل"]]);
  });
  it("but a ب-object that no «بأن» closes is still the verb's object", () => {
    expect(said("وطالب الوزير بتشديد العقوبات، مؤكدا بأن الوضع صعب.")).toEqual([
      ["الوزير", "بتشديد العقوبات"],
      ["الوزير", "الوضع صعب"],
    ]);
  });
});

describe("English: a he/she right after a gendered spokesperson's words", () => {
  it("is the spokesperson's body, not the person of that gender quoted before", () => {
    const text =
      "Marta Quell said on Monday the bridge would stay shut. " +
      "A Harbour Board spokeswoman said on Wednesday the repairs had been delayed. " +
      "She said a new date would be set in March.";
    expect(enSaid(text)).toEqual([
      ["Marta Quell", "the bridge would stay shut", "2026-10-12"],
      ["Harbour Board", "the repairs had been delayed", "2026-10-14"],
      ["Harbour Board", "a new date would be set in March", "2026-10-14"],
    ]);
  });
  it("a body of more than two words with «for» before the role is read as the person's description", () => {
    const text =
      "Marta Quell said on Monday the bridge would stay shut. " +
      "A Department for Coastal Works spokesman said on Wednesday the repairs had been delayed. " +
      "He said a new date would be set in March.";
    expect(enSaid(text)).toEqual([
      ["Marta Quell", "the bridge would stay shut", "2026-10-12"],
      ["Department for Coastal Works spokesman", "the repairs had been delayed", "2026-10-14"],
      ["Department for Coastal Works spokesman", "a new date would be set in March", "2026-10-14"],
    ]);
  });
});

describe("English: 'said by phone Sunday she …'", () => {
  it("starts the content at the clause and dates it by the day after the medium", () => {
    const text =
      "The mayor said on Monday the ferry had been cancelled. " +
      "A Tasker Bay fisherman, who asked not to be named, said by phone Wednesday he had lost a week of work.";
    expect(enSaid(text)).toEqual([
      ["mayor", "the ferry had been cancelled", "2026-10-12"],
      ["Tasker Bay fisherman", "he had lost a week of work", "2026-10-14"],
    ]);
    expect(enSaid("A nurse told the Courier by email that she had resigned.")).toEqual([
      ["nurse", "she had resigned", null],
    ]);
  });
});

describe("«البرلماني/البرلمانية» is a person's title (an MP), also with «عن» and the constituency", () => {
  it("names the MP, and a verb in the clause on the question she sent («أكدت فيه») goes to her", () => {
    const text =
      "وقالت الوكالة الوطنية للموانئ إن الرصيف جاهز. " +
      "ووجهت البرلمانية عن إقليم الرشيدية سلمى العلوي، يوم الخميس الماضي، سؤالا كتابيا إلى وزير التجهيز، أكدت فيه أن الطريق مقطوعة منذ شهر.";
    expect(said(text)).toEqual([
      ["الوكالة الوطنية للموانئ", "الرصيف جاهز"],
      ["سلمى العلوي", "الطريق مقطوعة منذ شهر"],
    ]);
    expect(said("وقال البرلماني عن دائرة أزيلال رشيد الوزاني إن المدارس مغلقة.")).toEqual([
      ["رشيد الوزاني", "المدارس مغلقة"],
    ]);
  });
});

describe("a marked passive («وأُعلن، خلال لقاء عقدته X …، أن»)", () => {
  it("goes to who held the meeting, not to the speaker before", () => {
    const text =
      "وقال المزارع سالم بن راشد الهاشمي إن الأمطار تأخرت. " +
      "وأُعلن، خلال اجتماع عقدته بلدية صحار مع أصحاب المزارع يوم الاثنين، أن الري سيتوقف أسبوعين.";
    expect(said(text)).toEqual([
      ["سالم بن راشد الهاشمي", "الأمطار تأخرت"],
      ["بلدية صحار", "الري سيتوقف أسبوعين"],
    ]);
  });
});
