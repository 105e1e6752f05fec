// Arabic reviewer probe (session 10, ar3): naming the speaker across a whole article — counterparts,
// titles named later, implicit subjects. Made-up sentences, one rule each.
import { describe, expect, it } from "vitest";
import { run } from "./arabic.ts";

describe("«المسؤول، وهو X،»: an official named in an aside after the title", () => {
  it("names the speaker X, without «وهو»", () => {
    const [a] = run("وأكد المسؤول، وهو نبيل سرور، أن لجنة مشتركة ستجتمع الشهر المقبل.");
    expect([a?.speaker.name, a?.content.text]).toEqual(["نبيل سرور", "لجنة مشتركة ستجتمع الشهر المقبل"]);
  });
});

describe("a counterpart met by a minister", () => {
  it("gives «نظيره المصري X» the minister's office in his own country, so «الوزير المصري» names X", () => {
    const [a, b] = run(
      "التقى وزير الخارجية الأردني أيمن عودة نظيره المصري حسام فريد في عمّان. وقال الوزير الأردني إن البلدين متفقان. وأكد الوزير المصري أن القاهرة ستواصل الوساطة.",
    );
    expect([a?.speaker.name, b?.speaker.name]).toEqual(["أيمن عودة", "حسام فريد"]);
  });

  it("a feminine counterpart («نظيرته») is named by «الوزيرة»", () => {
    const [a] = run(
      "استقبل وزير الصحة التونسي سليم بكار نظيرته الليبية هالة المقريف في تونس. وقالت الوزيرة الليبية إن التعاون سيتوسع.",
    );
    expect(a?.speaker.name).toBe("هالة المقريف");
  });
});

describe("two titled people joined by و in one sentence that quotes neither", () => {
  it("registers each title with its own name, so a later bare title or short name finds the right one", () => {
    const [a, b] = run(
      "وحضر المؤتمر وزير المالية طارق يونس ومحافظ البنك المركزي عادل سليم. وقال يونس إن الموازنة جاهزة. وقال محافظ البنك المركزي إن التضخم سيتراجع.",
    );
    expect([a?.speaker.name, b?.speaker.name]).toEqual(["طارق يونس", "عادل سليم"]);
  });

  it("leaves a counterpart who is told something unnamed by the words after it", () => {
    const [a, b] = run(
      "أعلن وزير الخارجية البرازيلي ماركو دياس أنه أبلغ نظيره الياباني رغبة بلاده في التعاون. وقال الوزير الياباني إن طوكيو ترحب.",
    );
    expect([a?.speaker.name, b?.speaker.name]).toEqual(["ماركو دياس", "الوزير الياباني"]);
  });
});

describe("«المتحدثة» / «المتحدث» alone after a spokeswoman and a spokesman", () => {
  it("picks the latest speaker whose gender fits the verb, as «وأكدت» alone would", () => {
    const [, , c, d] = run(
      "وقالت المتحدثة باسم البلدية ريم داود إن الطرق مغلقة. وقال المتحدث باسم الدفاع المدني إن الفرق تعمل. وأكدت المتحدثة أن المدارس أغلقت. وأضاف المتحدث أن السيول انحسرت.",
    );
    expect([c?.speaker.name, d?.speaker.mention?.text, d?.speaker.name]).toEqual([
      "ريم داود",
      "المتحدث",
      "المتحدث باسم الدفاع المدني",
    ]);
  });
});

describe("a headline's unnamed official over a lede's coordinator, envoy or representative", () => {
  it("names «مسؤول أممي: …» by the UN coordinator the lede quotes", () => {
    const [a] = run(
      "مسؤول أممي: الممرات مغلقة\nقال منسق الشؤون الإنسانية للأمم المتحدة في السودان توماس بيرغ، الخميس، إن الممرات مغلقة منذ أسبوع.",
    );
    expect(a?.speaker.name).toBe("توماس بيرغ");
  });
});

describe("a linking word between the subject and the object («في المقابل», «أيضا», «هي الأخرى»)", () => {
  it("keeps the subject and starts the object after the linking word", () => {
    const claims = run(
      "وطالب السكان في المقابل بتدخل المحافظ. وطالبت النقابة هي الأخرى بزيادة الأجور. وطالب الأهالي أيضا بفتح الطريق. ودعت الجمعية كذلك إلى فتح تحقيق.",
    );
    expect(claims.map((c) => [c.speaker.mention?.text, c.content.text])).toEqual([
      ["السكان", "بتدخل المحافظ"],
      ["النقابة", "بزيادة الأجور"],
      ["الأهالي", "بفتح الطريق"],
      ["الجمعية", "فتح تحقيق"],
    ]);
  });
});

describe("«وأضاف أن …» after a sentence sourced to «مصادر» (a broken plural)", () => {
  it("skips the plural sources, which would take «وأضافت», for the last masculine speaker", () => {
    const [, b, c] = run(
      "قال مدير الميناء سامر النجار إن السفن عادت إلى الرصيف. وكان الإضراب قد شل الحركة ثلاثة أيام، بحسب مصادر نقابية. وأضاف أن الرسوم لن ترتفع.",
    );
    expect([b?.speaker.name, c?.speaker.name]).toEqual(["مصادر نقابية", "سامر النجار"]);
  });
});

describe("a body named by a verbal noun in construct («هيئة مكافحة الفساد»)", () => {
  it("keeps the verbal noun and its genitive in the title, the name after them", () => {
    const [a] = run("وقالت رئيسة هيئة مكافحة الفساد منى العلي إن الهيئة فتحت ملفا.");
    expect(a?.speaker.name).toBe("منى العلي");
  });
});

describe("a trade or a woman's occupation before a name («الخباز X», «البائعة X», «صاحبة المحل X»)", () => {
  it("reads the trade as the title and the name after it, also after a quotation", () => {
    const [a, b, c] = run(
      '"الطحين تضاعف سعره"، يقول الخباز سعيد مراد. وقالت البائعة سعاد يوسف إن الزبائن قلوا. وقالت صاحبة المحل ليلى حمدان إن الإيجار ارتفع.',
    );
    expect([a?.speaker.name, b?.speaker.name, c?.speaker.name]).toEqual([
      "سعيد مراد",
      "سعاد يوسف",
      "ليلى حمدان",
    ]);
  });
});

describe("«وقال المتحدث باسمها» in the paragraph after the body spoke", () => {
  it("names the spokesman with the body the pronoun stands for, not a body inside what was said", () => {
    const [a, b, c] = run(
      "وقالت وزارة الداخلية في بيان إن التحقيقات بدأت.\nوقال المتحدث باسمها إن المشتبه به اعتقل.\nوأضافت الوزارة أن الحراسة ستشدد.",
    );
    expect([a?.speaker.name, b?.speaker.name, c?.speaker.name]).toEqual([
      "وزارة الداخلية",
      "المتحدث باسم وزارة الداخلية",
      "وزارة الداخلية",
    ]);
  });
});

describe("a titled name followed by the verb's object, registered for the whole article", () => {
  it("«وصف رئيس الوزراء X القرار بأنه …» registers X alone, so a later «وأضاف X» keeps the name clean", () => {
    const [, b] = run(
      'ووصف رئيس الوزراء الكندي مارك دوبوا القرار بأنه "خطأ". وأضاف دوبوا أن بلاده ستراجع علاقاتها.',
    );
    expect(b?.speaker.name).toBe("مارك دوبوا");
  });
});

describe("the statement a claim was made in, before the verb's object", () => {
  it("reads past «في بيان مشترك» and stops at a definite word with a pronoun, the object", () => {
    const [a, b] = run(
      "وأكد الطرفان في بيان مشترك التزامهما بوقف إطلاق النار. وأكدت الوزارة في بيان رسمي التزامها بالاتفاق.",
    );
    expect([a?.content.text, b?.content.text]).toEqual(["التزامهما بوقف إطلاق النار", "التزامها بالاتفاق"]);
  });
});

describe("a headline's title in construct and a later «المسؤولة الدولية»", () => {
  it("names «مديرة صندوق النقد: …» by the lede's director and «المسؤولة الدولية» by her too", () => {
    const [h, , , c] = run(
      "مديرة صندوق النقد: الديون ترتفع\nقالت المديرة العامة لصندوق النقد الدولي سارة مونتي، الثلاثاء، إن الديون ترتفع.\nوقال وزير المالية الإيطالي لوكا روسي إن بلاده ستخفض العجز.\nوأضافت المسؤولة الدولية أن الفوائد ستبقى مرتفعة.",
    );
    expect([h?.speaker.name, c?.speaker.name]).toEqual(["سارة مونتي", "سارة مونتي"]);
  });
});
