// Session 18 (fitar): rules for how Arabic news is written, found fitting Arabic batch 31 and the Arabic leftovers
// of 1.62. Made-up sentences; no text here comes from a fixture.
import { describe, expect, it } from "vitest";
import { run } from "./arabic.ts";

// (a Wednesday)
const ar = (text: string) => run(text, "2026-05-06");
const arSpeakers = (text: string) => ar(text).map((c) => [c.speaker.name, c.content.text]);
const names = (text: string) => ar(text).map((c) => c.speaker.name);

describe("a possessive title before a name names the person", () => {
  it("names X in «أمينها العام، X» and «أمينه العام، X»", () => {
    expect(
      names(
        "وأغلقت رابطة الصيادلة أبواب الصيدليات يوم الأحد. وقال أمينها العام، نزار القباني، للصحفيين: «لن نتراجع». وأضاف أن الوزارة «تتجاهل مطالبنا».",
      ),
    ).toEqual(["نزار القباني", "نزار القباني"]);
    expect(
      names("وعقد حزب الوسط مؤتمره السنوي. وقال أمينه العام، سامر الحلبي، إن الحزب «سيشارك في الانتخابات»."),
    ).toEqual(["سامر الحلبي"]);
    expect(names("وقالت أمينتها العامة، سعاد المصري، إن الرابطة «لن تتراجع».")).toEqual(["سعاد المصري"]);
  });
});

describe("a number and the plural it counts is a group speaker", () => {
  it("names «خمسة أحزاب من المعارضة» and keeps the object of «طالبت» in the content", () => {
    expect(
      arSpeakers(
        "وطالبت خمسة أحزاب من المعارضة، في بيان مشترك صدر الاثنين، الحكومة بـ«وقف الاعتقالات فورا»، معتبرة أن الوضع «لا يحتمل».",
      ),
    ).toEqual([
      ["خمسة أحزاب من المعارضة", "الحكومة بـ«وقف الاعتقالات فورا»"],
      ["خمسة أحزاب من المعارضة", "الوضع «لا يحتمل»"],
    ]);
  });
  it("stops the group before the verb's definite object («ثلاث منظمات حقوقية السلطات»)", () => {
    expect(arSpeakers("وطالبت ثلاث منظمات حقوقية السلطات بالإفراج عن المعتقلين.")).toEqual([
      ["ثلاث منظمات حقوقية", "السلطات بالإفراج عن المعتقلين"],
    ]);
    expect(arSpeakers("وطالب عشرات السكان البلدية بـ«إصلاح الطريق».")).toEqual([
      ["عشرات السكان", "البلدية بـ«إصلاح الطريق»"],
    ]);
    expect(arSpeakers("وناشدت ثلاث جمعيات خيرية المتبرعين مساعدة الأسر.")).toEqual([
      ["ثلاث جمعيات خيرية", "المتبرعين مساعدة الأسر"],
    ]);
  });
});

describe("a headline sums up its speaker's words wherever the body dates them", () => {
  it("dates «وزير الزراعة: …» by the minister's own day seven paragraphs down", () => {
    const claims = ar(
      [
        "وزير الزراعة: موسم القمح «الأفضل منذ عقد»",
        "أعلنت وزارة الزراعة الثلاثاء أن إنتاج القمح بلغ مليوني طن هذا العام.",
        "وأوضحت الوزارة في بيانها أن المساحات المزروعة زادت بنحو الخمس.",
        "وقال رئيس اتحاد الفلاحين، كريم الساعدي، الثلاثاء إن الأسعار «ما زالت منخفضة».",
        "وتعاني البلاد من جفاف متكرر منذ سنوات.",
        "وشهدت الأسواق المحلية ارتفاعا في أسعار الخبز خلال الشتاء الماضي.",
        "وقال وزير الزراعة، سالم العتيبي، في مقابلة تلفزيونية اليوم الأربعاء، إن الموسم «الأفضل منذ عقد».",
      ].join("\n"),
    );
    expect(claims[0]?.cue.text).toBe(":");
    expect(claims[0]?.date).toBe("2026-05-06");
  });
});

describe("the writer's frame after a comma is out of the content", () => {
  it("ends the content before «، في حادثة …» and «، في خطوة …»", () => {
    expect(
      arSpeakers(
        "أعلنت الشرطة الاثنين أن حافلة مدرسية انقلبت على الطريق السريع قرب المدينة، في حادثة أثارت غضب الأهالي.",
      ).map(([, c]) => c),
    ).toEqual(["حافلة مدرسية انقلبت على الطريق السريع قرب المدينة"]);
    expect(
      arSpeakers(
        "وقالت وزارة المالية إنها ستخفض الضرائب على المواد الغذائية، في خطوة تهدف إلى تخفيف أعباء المعيشة.",
      ).map(([, c]) => c),
    ).toEqual(["ستخفض الضرائب على المواد الغذائية"]);
  });
});

describe("what someone was not expecting is narrative, not a statement", () => {
  it("reads no claim in «لم تكن X، التي …، تتوقع أن …»", () => {
    expect(ar("لم تكن المعلمة، التي تعمل في المدرسة منذ عشرين عاما، تتوقع أن تفقد وظيفتها.")).toEqual([]);
    expect(ar("ولم يكن سكان القرية، الذين عاشوا فيها عقودا، يعتقدون أن النهر سيفيض.")).toEqual([]);
    expect(names("ويتوقع الخبراء أن يرتفع التضخم.")).toEqual(["الخبراء"]);
  });
});

describe("an office and the place it serves is one title", () => {
  it("names «مدير التربية في محافظة البصرة» in full when no name follows, the person when one does", () => {
    expect(names("وقال مدير التربية في محافظة البصرة إن المدارس «ستفتح الأحد».")).toEqual([
      "مدير التربية في محافظة البصرة",
    ]);
    expect(names("وأكد مدير الزراعة في قضاء الزبير أن المحصول «جيد هذا العام».")).toEqual([
      "مدير الزراعة في قضاء الزبير",
    ]);
    expect(names("وقال مدير الصحة في محافظة ذي قار إن المستشفيات «ممتلئة».")).toEqual([
      "مدير الصحة في محافظة ذي قار",
    ]);
    expect(names("وقال مدير التربية في محافظة البصرة، حيدر الموسوي، إن المدارس «ستفتح».")).toEqual([
      "حيدر الموسوي",
    ]);
  });
});

describe("a name after an apposition on the title's place names the person", () => {
  it("names X in «رئيس بلدية صور، كبرى مدن الجنوب، X،» and «…، المدينة الساحلية …، X،»", () => {
    expect(names("وقال رئيس بلدية صور، كبرى مدن الجنوب، علي حسن، إن الطريق «مغلق».")).toEqual(["علي حسن"]);
    expect(
      names("وقال رئيس بلدية جبيل، المدينة الساحلية شمال بيروت، جوزيف خوري، إن المهرجان «سيقام».").concat(
        names("وقال محافظ أربيل، عاصمة إقليم كردستان، أوميد خوشناو، للصحفيين إن المطار «آمن»."),
      ),
    ).toEqual(["جوزيف خوري", "أوميد خوشناو"]);
    expect(names("وقالت مصادر طبية في نيالا، كبرى مدن الإقليم، إن المستشفى «ممتلئ».")).toEqual([
      "مصادر طبية في نيالا",
    ]);
  });
});

describe("a body named after a person by «ابن/أبو» keeps the name in the title", () => {
  it("names X in «عميد كلية ابن رشد للفنون، الدكتور X» and the office in «مدير مستشفى ابن سينا»", () => {
    expect(names("وقال عميد كلية ابن رشد للفنون، الدكتور سعد الراوي، إن المعرض «ناجح».")).toEqual([
      "سعد الراوي",
    ]);
    expect(names("وقال مدير مستشفى ابن الهيثم في بغداد، الطبيب علي كاظم، إن الجرحى «كثيرون».")).toEqual([
      "علي كاظم",
    ]);
    expect(names("وقال مدير مستشفى ابن سينا إن الجرحى «كثيرون».")).toEqual(["مدير مستشفى ابن سينا"]);
    expect(names("وقال عمر بن علي إن الوضع «صعب».")).toEqual(["عمر بن علي"]);
  });
});

describe("after a verb of appeal, a body noun after a definite subject is the one appealed to", () => {
  it("reads «وطالبت النقابة الحكومة بـ«…»» as the union demanding of the government", () => {
    expect(arSpeakers("وطالبت النقابة الحكومة بـ«زيادة الأجور».")).toEqual([
      ["النقابة", "الحكومة بـ«زيادة الأجور»"],
    ]);
    expect(arSpeakers("وطالب المجلس البلدي الوزارة بـ«إصلاح الطرق».")).toEqual([
      ["المجلس البلدي", "الوزارة بـ«إصلاح الطرق»"],
    ]);
    expect(arSpeakers("ودعت النقابة الحكومة إلى «زيادة الأجور».")).toEqual([
      ["النقابة", "الحكومة إلى «زيادة الأجور»"],
    ]);
    expect(names("وطالبت اللجنة البلدية بـ«إصلاح الطرق».")).toEqual(["اللجنة البلدية"]);
  });
});

describe("more counted groups", () => {
  it("names «عشر منظمات غير حكومية» and «ثلاثة من أعضاء المجلس»", () => {
    expect(arSpeakers("وطالبت عشر منظمات غير حكومية السلطات بـ«فتح تحقيق».")).toEqual([
      ["عشر منظمات غير حكومية", "السلطات بـ«فتح تحقيق»"],
    ]);
    expect(names("وقال ثلاثة من أعضاء المجلس إن الجلسة «غير قانونية».")).toEqual(["ثلاثة من أعضاء المجلس"]);
    expect(arSpeakers("وطالب خمسة من النواب الحكومة بـ«الاستقالة».")).toEqual([
      ["خمسة من النواب", "الحكومة بـ«الاستقالة»"],
    ]);
  });
});

describe("neighbours of the appeal and the counted group", () => {
  it("cuts the body appealed to after a titled name, keeps a construct and a group's adjective", () => {
    expect(arSpeakers("وطالب النائب سامي حداد الحكومة بـ«الاستقالة».")).toEqual([
      ["سامي حداد", "الحكومة بـ«الاستقالة»"],
    ]);
    expect(names("وطالبت لجنة الحكومة بـ«التريث».")).toEqual(["لجنة الحكومة"]);
    expect(names("وطالبت مئات الأسر النازحة بـ«العودة إلى منازلها».")).toEqual(["مئات الأسر النازحة"]);
  });
});

describe("the body accused and the document's issuing verb stay out of the speaker", () => {
  it("reads «واتهمت النقابة الوزارة بـ«…»» as the union's claim", () => {
    expect(arSpeakers("واتهمت النقابة الوزارة بـ«التهرب من وعودها»، مؤكدة أن الإضراب «مستمر».")).toEqual([
      ["النقابة", "الوزارة بـ«التهرب من وعودها»"],
      ["النقابة", "الإضراب «مستمر»"],
    ]);
  });
  it("names the author of «تقرير لوزارة الصحة نشر أمس» without the verb", () => {
    expect(names("وبحسب تقرير لوزارة الصحة نشر أمس الثلاثاء، ارتفع عدد الإصابات إلى 300 حالة.")).toEqual([
      "وزارة الصحة",
    ]);
    expect(names("وبحسب بيان لبلدية المدينة وزع على الصحفيين، أغلقت السوق القديمة.")).toEqual([
      "بلدية المدينة",
    ]);
  });
});

describe("tens and participles in counted groups", () => {
  it("names «ثلاثون نائبا», «عشرون نائبا من المعارضة» and «ستة نواب مستقلين» whole", () => {
    expect(arSpeakers("وطالب ثلاثون نائبا الحكومة بـ«الاستقالة».")).toEqual([
      ["ثلاثون نائبا", "الحكومة بـ«الاستقالة»"],
    ]);
    expect(
      names("وطالب عشرون نائبا من المعارضة، في رسالة، رئيس البرلمان بـ«عقد جلسة طارئة».").concat(
        names("وأكد ستة نواب مستقلين أن الجلسة «باطلة»."),
      ),
    ).toEqual(["عشرون نائبا من المعارضة", "ستة نواب مستقلين"]);
  });
});
