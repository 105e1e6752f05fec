// Arabic news read as a careful reviewer reads it (session 8): made-up sentences, one rule each.
import { describe, expect, it } from "vitest";
import { one, run } from "./arabic.ts";

describe("an unnamed source described by its nationality", () => {
  it("keeps «مسؤول يمني» and «ناشطة حقوقية» whole: the nisba is no name", () => {
    const a = one("وقال مسؤول يمني إن المفاوضات متعثرة.");
    const b = one("وأكدت ناشطة حقوقية أن المعتقلين بلا محاكمة.");
    expect([a?.speaker.name, b?.speaker.name]).toEqual(["مسؤول يمني", "ناشطة حقوقية"]);
  });
  it("leaves the outlet told out of the source («مصدر سوداني للجزيرة نت»)", () => {
    expect(one("وقال مصدر سوداني للجزيرة نت إن الهدنة صامدة.")?.speaker.name).toBe("مصدر سوداني");
  });
});

describe("the outlet told, between the speaker and the verb's object", () => {
  it("reads «كشف X لـ«Y»، أمس، عن …» past the quoted outlet to the object", () => {
    const c = one('وكشف مسؤول محلي لـ"الأيام"، أمس، عن مشروع لتحلية المياه في المدينة.');
    expect(c && [c.speaker.name, c.content.text]).toEqual(["مسؤول محلي", "مشروع لتحلية المياه في المدينة"]);
  });
  it("also without commas («لـ«Y» أمس عن …»)", () => {
    expect(one("وأعلن مدير الميناء لـ«الوطن» أمس عن توسعة الأرصفة.")?.content.text).toBe("توسعة الأرصفة");
  });
});

describe("«النائب عن …» and a verb that takes «عن»", () => {
  // (a question, «وتساءل النائب عن …», is no claim since session 9: «أعرب … عن» takes the same particle)
  it("reads «وأعربت النائبة عن قلقها …» as the verb's object, not the MP's constituency", () => {
    const c = one("وأعربت النائبة عن قلقها من الاتفاقية الموقعة مع الشركة.");
    expect(c && [c.speaker.name, c.content.text]).toEqual([
      "النائبة",
      "قلقها من الاتفاقية الموقعة مع الشركة",
    ]);
  });
  it("keeps the constituency when the preposition comes again or a clause follows", () => {
    const a = one("وأعرب النائب عن محافظة إربد عن قلقه من التأخير.");
    const b = one("وكشف النائب عن الموصل، أمس، أن المستشفى مغلق.");
    expect([a?.speaker.name, b?.speaker.name]).toEqual(["النائب عن محافظة إربد", "النائب عن الموصل"]);
  });
});

describe("the speaker's own occasion before the verb's particle", () => {
  it("reads «أعرب X خلال استقباله Y في Z عن …» past the occasion, its object and place", () => {
    const c = one(
      "وأعربت الوزيرة خلال استقبالها وفد البنك الدولي في ديوان الوزارة عن ارتياحها لسير المشروع.",
    );
    expect(c?.content.text).toBe("ارتياحها لسير المشروع");
  });
  it("and «دعا X خلال اجتماعه بـ… في … إلى …»", () => {
    const c = one("ودعا المحافظ أثناء اجتماعه بمديري الدوائر في مقر المحافظة إلى إنجاز المشاريع المتعثرة.");
    expect(c?.content.text).toBe("إنجاز المشاريع المتعثرة");
  });
});

describe("a statement placed in a past month or year", () => {
  it("takes no running day: «وكان X قد صرح، في أيلول الماضي، بأن …» after a dated lede", () => {
    const [, b] = run(
      "قال وزير الزراعة، الأحد، إن المحصول وفير. وكان الوزير قد صرح، في أيلول الماضي، بأن الجفاف يهدد الموسم.",
    );
    expect(b && [b.content.text, b.date]).toEqual(["الجفاف يهدد الموسم", null]);
  });
  it("nor «وقالت X العام الماضي إن …»; a relative clause about the speaker does not count", () => {
    const [, b, c] = run(
      "قال وزير الزراعة، الأحد، إن المحصول وفير. وقالت النقابة العام الماضي إن الأسعار مرتفعة. وقال المدير، الذي عُيّن في آذار الماضي، إن المخازن ممتلئة.",
    );
    expect([b?.date, c?.date]).toEqual([null, "2025-11-23"]);
  });
});

describe("a time right after the subject", () => {
  it("ends a body's name before «العام الماضي» / «الأسبوع الماضي»", () => {
    const a = one("وقالت الجمعية العام الماضي إن الإيجارات تضاعفت.");
    const b = one("وأكد الاتحاد الأسبوع الماضي أن الإضراب مستمر.");
    // (a week, no day of it: session 16)
    expect([a?.speaker.name, b?.speaker.name, b?.date]).toEqual(["الجمعية", "الاتحاد", null]);
  });
  it("ends a definite group before it, and keeps «مديرية الأمن العام» whole", () => {
    const a = one("وقال السكان الشهر الماضي إن الكهرباء مقطوعة.");
    const b = one("وأكدت مديرية الأمن العام أن الطريق مفتوح.");
    expect([a?.speaker.name, b?.speaker.name]).toEqual(["السكان", "مديرية الأمن العام"]);
  });
});

describe("«الجاري», «المنصرم» as time words", () => {
  it("start the content after «الشهر الجاري» and «العام المنصرم»", () => {
    const a = one("وأوضحت الهيئة الأسبوع الجاري أن الرسوم لن تتغير.");
    const b = one("وجدد المجلس العام المنصرم رفضه للمشروع.");
    expect([a?.content.text, b?.speaker.name, b?.content.text]).toEqual([
      "الرسوم لن تتغير",
      "المجلس",
      "رفضه للمشروع",
    ]);
  });
});

describe("a document speaks for the body that issued it", () => {
  it("reads «بيان صادر عن X» as the subject and X as the speaker", () => {
    const c = one("وأفاد بيان صادر عن هيئة الطيران المدني بأن الرحلات ستستأنف.");
    expect(c && [c.speaker.name, c.content.text]).toEqual(["هيئة الطيران المدني", "الرحلات ستستأنف"]);
  });
});

describe("a quoted outlet or body as the subject", () => {
  it("reads «وذكرت «X» أن …» and «وأفادت «Y» بأن …» with X and Y as speakers, not content", () => {
    const a = one('وذكرت "بترا" أن الطريق الصحراوي أعيد فتحه.');
    const b = one("وأفادت «قنا» بأن الأمير استقبل الوفد.");
    expect([a?.speaker.name, a?.content.text, b?.speaker.name]).toEqual([
      "بترا",
      "الطريق الصحراوي أعيد فتحه",
      "قنا",
    ]);
  });
  it("finds the relayed source after «ونقلت «X» عن …»", () => {
    const c = one("ونقلت «الشروق» عن مسؤول حكومي قوله إن الأسعار ستثبت.");
    expect(c && [c.speaker.name, c.content.text]).toEqual(["مسؤول حكومي", "الأسعار ستثبت"]);
  });
});

describe("a counted group of sources", () => {
  it("names «ثلاثة مسؤولين …» by the whole group, not by the count", () => {
    const a = one("وقال أربعة مسؤولين ليبيين إن الانتخابات ستؤجل.");
    const b = one("ونقلت الوكالة عن خمسة مصادر مطلعة قولها إن الصفقة أنجزت.");
    expect([a?.speaker.name, b?.speaker.name]).toEqual(["أربعة مسؤولين ليبيين", "خمسة مصادر مطلعة"]);
  });
});

describe("a given name that is also a title", () => {
  it("reads «أمين» after a whole title as the name's first word", () => {
    const a = one("وأكد وزير الصناعة الأردني أمين الخطيب أن المصانع ستعمل.");
    const b = one("وقال الأمين العام للاتحاد أمين فارس إن الإضراب انتهى.");
    expect([a?.speaker.name, b?.speaker.name]).toEqual(["أمين الخطيب", "أمين فارس"]);
  });
});
