// Arabic conventions met in held-out batch 25 (Emarat Al Youm, Argaam, Radio Dabanga, Scientific American
// Arabic): made-up sentences, one rule each.
import { describe, expect, it } from "vitest";
import { run } from "./arabic.ts";

describe("where a document was published is no part of its author", () => {
  it("ends the source of «وفقا لبيان الشركة على …» before «على»", () => {
    const [c] = run(
      "ارتفعت أرباح شركة الواحة للإسمنت بنسبة 12% خلال الربع الأول، وفقاً لبيان الشركة على موقع البورصة اليوم.",
    );
    expect(c && [c.speaker.mention?.text, c.speaker.name]).toEqual(["بيان الشركة", "الشركة"]);
  });
  it("ends it before «عبر» too, and the body speaks on as itself", () => {
    const [a, b] = run(
      "تراجعت مبيعات المصنع خلال العام الماضي بنسبة كبيرة، بحسب تقرير الوزارة عبر موقعها الرسمي. وعزت الوزارة ذلك إلى ارتفاع أسعار الطاقة.",
    );
    expect([a?.speaker.mention?.text, b?.speaker.name]).toEqual(["تقرير الوزارة", "الوزارة"]);
  });
});

describe("a firm's quoted name after «في» in a person's title", () => {
  it("reads «مدير الأبحاث في «X»، NAME،» with the name", () => {
    const [c] = run(
      "ويرى رئيس التحليل في «الريادة المالية»، سامر نبيل العتيبي، أن الأسهم مقومة بأقل من قيمتها.",
    );
    expect(c && [c.speaker.mention?.text, c.speaker.name]).toEqual([
      "رئيس التحليل في «الريادة المالية»، سامر نبيل العتيبي",
      "سامر نبيل العتيبي",
    ]);
  });
  it("reads it without the commas too", () => {
    const [c] = run("وقال كبير الاقتصاديين في «بنك الساحل» هاني فؤاد الشمري إن التضخم سيتراجع.");
    expect(c?.speaker.name).toBe("هاني فؤاد الشمري");
  });
});

describe("a family name alone, then the hearer with «لـ»", () => {
  it("reads «وقال X لـ«Y» إن …» with X the speaker, not the start of the content", () => {
    const [c] = run("وقال الدوسري لـ«الأسواق» إن تراجع أسعار الحديد لن يستمر طويلا.");
    expect(c && [c.speaker.name, c.content.text]).toEqual(["الدوسري", "تراجع أسعار الحديد لن يستمر طويلا"]);
  });
  it("and with an outlet noun after «ل»", () => {
    const [c] = run("وقال الدوسري لصحيفة الاقتصادية إن الطلب سيرتفع.");
    expect(c && [c.speaker.name, c.content.text]).toEqual(["الدوسري", "الطلب سيرتفع"]);
  });
});

describe("two groups of unnamed sources joined by «و», and the outlet they told", () => {
  it("reads «بحسب ما أفاد شهود عيان ومصادر محلية راديو X» as both groups, without the station", () => {
    const [c] = run(
      "قتل خمسة أشخاص في هجوم على سوق المدينة صباح الأحد، بحسب ما أفاد شهود عيان ومصادر محلية راديو الوادي.",
    );
    expect(c && [c.speaker.mention?.text, c.speaker.name]).toEqual([
      "شهود عيان ومصادر محلية",
      "شهود عيان ومصادر محلية",
    ]);
  });
  it("keeps a channel told as a bare object out of the source too", () => {
    const [c] = run("انهار جسر القرية بعد أمطار غزيرة، وفق ما أبلغت مصادر أمنية قناة الشرق.");
    expect(c?.speaker.mention?.text).toBe("مصادر أمنية");
  });
});

describe("the place of the words between the subject and a ب-object", () => {
  it("starts the content of «اعترف X في التحقيقات بـ…» at the ب-object, the investigation no workplace", () => {
    const [c] = run("واعترف السائق في التحقيقات بتهريب البضائع عبر الحدود.");
    expect(c && [c.speaker.name, c.content.text]).toEqual(["السائق", "بتهريب البضائع عبر الحدود"]);
  });
  it("does so for «طالب X في جلسة … بـ…» but leaves «في ختام بيانها» and a town before a clause alone", () => {
    const [a] = run("وطالب النواب في جلسة الأمس بإقالة وزير النقل.");
    const [b] = run("وأهابت الهيئة في ختام بيانها بالمواطنين ترشيد استهلاك المياه.");
    const [c] = run("وكان الوزير قد صرح في مؤتمر صحفي بالرباط، بأن الموسم الفلاحي جيد.");
    expect([a?.content.text, b?.content.text, c?.content.text]).toEqual([
      "بإقالة وزير النقل",
      "بالمواطنين ترشيد استهلاك المياه",
      "الموسم الفلاحي جيد",
    ]);
  });
});

describe("«أقر» admits a ب-object", () => {
  it("reads «وأقر X بـ…» as a claim, and the «ادعى» after it as the same speaker's", () => {
    const [a, b] = run(
      "ومثل الموظف أمام المحكمة. وأقر الموظف في التحقيقات بتسلم المبلغ، غير أنه ادعى أنه أعاده إلى الخزينة.",
    );
    expect([a?.cue.text, a?.content.text, b?.speaker.name]).toEqual(["أقر", "بتسلم المبلغ", "الموظف"]);
  });
  it("reads no admission in a vote «أقر البرلمان بالإجماع …» or «أقر … قانونا»", () => {
    expect(run("وأقر مجلس النواب بالإجماع قانون الموازنة الجديد.")).toEqual([]);
    expect(run("وأقر البرلمان قانون الموازنة الجديد.")).toEqual([]);
  });
});

describe("«شهد … بأن» is testimony", () => {
  it("reads «وشهد X، في جلسة سابقة، بأن …» as a claim of the witness", () => {
    const [c] = run("وشهد مفتش الجمارك، في جلسة سابقة، بأن الشحنة دخلت البلاد دون تصريح.");
    expect(c && [c.cue.text, c.speaker.name, c.content.text]).toEqual([
      "شهد",
      "مفتش الجمارك",
      "الشحنة دخلت البلاد دون تصريح",
    ]);
  });
  it("reads «شهدت المدينة …» (saw) and the given name «شهد» as no cue", () => {
    expect(run("وشهدت المدينة احتجاجات واسعة أمس.")).toEqual([]);
    const [c] = run("وقالت الطالبة شهد أحمد إن الامتحان كان صعبا.");
    expect(c && [c.cue.text, c.speaker.name]).toEqual(["قالت", "شهد أحمد"]);
  });
});

describe("a sub-headline line with a colon", () => {
  it("reads «مسؤولون: …» under the headline as a claim of the group", () => {
    const claims = run(
      "«عيون في السماء» تراقب الغابات\nمسؤولون: الأقمار الصناعية ترصد الحرائق قبل انتشارها بساعات\nطوّر فريق من الباحثين نظاما جديدا لرصد الحرائق.",
    );
    expect(claims.map((c) => [c.cue.text, c.speaker.mention?.text, c.content.text])).toEqual([
      [":", "مسؤولون", "الأقمار الصناعية ترصد الحرائق قبل انتشارها بساعات"],
    ]);
  });
  it("reads no claim in a byline «TOWN: NAME» under the headline", () => {
    const claims = run(
      "الكهرباء تعد بتحسين التجهيز خلال أيام\nالبصرة: سامر عادل الكعبي\nوقال مدير توزيع كهرباء البصرة، أحمد سالم، إن التجهيز سيتحسن. وأكدت محافظة البصرة أن الأزمة مؤقتة.",
    );
    // (the headline's «تعد بـ» is a promise, a claim as batch 21's gold reads it; the byline line gives none)
    expect(claims.map((c) => c.cue.text)).toEqual(["تعد", "قال", "أكدت"]);
  });
});

describe("a headline that names the accused by the charge", () => {
  it("reads «متهم بـ… (a long description): …» as the words of the one the body calls «المتهم»", () => {
    const [c] = run(
      "متهم بسرقة 2.5 مليون درهم من خزينة شركة صرافة في دبي: لم ألمس المال\nنظرت المحكمة أمس قضية موظف متهم بسرقة خزينة الشركة.\nوأنكر المتهم التهمة المسندة إليه أمام المحكمة.",
    );
    expect(c && [c.cue.text, c.speaker.name, c.content.text]).toEqual([":", "المتهم", "لم ألمس المال"]);
  });
});

describe("a speaker's account that goes on after «لكنه حين» or «بينما لم»", () => {
  it("keeps «، لكنه حين …» in the content, and still ends it before «، لكنه قال …»", () => {
    const [a] = run("وأضاف التاجر أن البضاعة وصلت في موعدها، لكنه حين فتح الصناديق وجد نصفها تالفا.");
    const [b] = run("وأوضح المدير أن المصنع حصل على الترخيص، لكنه قال إن التشغيل سيتأخر.");
    expect([a?.content.text, b?.content.text]).toEqual([
      "البضاعة وصلت في موعدها، لكنه حين فتح الصناديق وجد نصفها تالفا",
      "المصنع حصل على الترخيص",
    ]);
  });
  it("keeps «، بينما لم تظهر …» («تظهر» is no report without a clause)", () => {
    const [c] = run("وتضيف الباحثة أن الجهاز رصد العدوى خلال أسبوع، بينما لم تظهر الأعراض قبل شهرين.");
    expect(c?.content.text).toBe("الجهاز رصد العدوى خلال أسبوع، بينما لم تظهر الأعراض قبل شهرين");
  });
});

describe("«، على أن …» (provided that) after a particle's object", () => {
  it("keeps the terms in the content of «أعلنت، في بيان، عن …، على أن …»", () => {
    const [c] = run(
      "وأعلن البنك، في بيان أمس، عن خطة لزيادة رأس ماله بنسبة 10%، على أن تطرح الأسهم الجديدة مطلع العام المقبل.",
    );
    expect(c?.content.text).toBe(
      "خطة لزيادة رأس ماله بنسبة 10%، على أن تطرح الأسهم الجديدة مطلع العام المقبل",
    );
  });
  it("still reads «شدد، في كلمته، على أن …» as the particle and its clause", () => {
    const [c] = run("وشدد الوزير، في كلمته، على أن الحكومة ماضية في الإصلاح.");
    expect(c?.content.text).toBe("الحكومة ماضية في الإصلاح");
  });
});

describe("a list in a nominal object: «A، وB، إلى جانب C»", () => {
  it("keeps every item of «عزا X إلى A، وB، إلى جانب C»", () => {
    const [c] = run(
      "وعزا المصرف تراجع أرباحه إلى ارتفاع المخصصات، وتباطؤ الإقراض، إلى جانب زيادة تكلفة الودائع.",
    );
    expect(c?.content.text).toBe(
      "تراجع أرباحه إلى ارتفاع المخصصات، وتباطؤ الإقراض، إلى جانب زيادة تكلفة الودائع",
    );
  });
  it("keeps «، إلى جانب …» after a single object too", () => {
    const [c] = run("وأعلنت البلدية إغلاق السوق القديم، إلى جانب نقل الباعة إلى ساحة جديدة.");
    expect(c?.content.text).toBe("إغلاق السوق القديم، إلى جانب نقل الباعة إلى ساحة جديدة");
  });
});

describe("«، كما يقول X.» (as X says) closing the sentence", () => {
  it("attributes the whole sentence before it, not only its quotation", () => {
    const [c] = run(
      "وتكمن خطورة المرض في أن الشجرة المصابة «تبقى خضراء حتى تسقط»، كما يقول المهندس سامي خليل.",
    );
    expect(c && [c.cue.text, c.speaker.name, c.content.text]).toEqual([
      "يقول",
      "سامي خليل",
      "تكمن خطورة المرض في أن الشجرة المصابة «تبقى خضراء حتى تسقط»",
    ]);
  });
  it("leaves «، كما قال إن …» (he also said) to its own clause", () => {
    const claims = run("وأكد الوزير أن الحكومة ماضية في الإصلاح، كما قال إن الموازنة ستقر قريبا.");
    expect(claims.map((c) => c.content.text)).toEqual(["الحكومة ماضية في الإصلاح", "الموازنة ستقر قريبا"]);
  });
});

describe("«وهو ما أرجعه X إلى …»: an ascribing verb whose object is its pronoun", () => {
  it("reads the subject after the verb and keeps «إلى» in the content", () => {
    const [c] = run(
      "وتراجعت الصادرات بنسبة 12% خلال الربع الأول، وهو ما عزاه الوزير إلى ضعف الطلب الأوروبي.",
    );
    expect(c && [c.cue.text, c.speaker.name, c.content.text]).toEqual([
      "عزاه",
      "الوزير",
      "إلى ضعف الطلب الأوروبي",
    ]);
  });
  it("reads «وهو ما أرجعته الهيئة إلى …» the same way", () => {
    const [c] = run("وارتفعت أسعار الخضار في الأسواق، وهو ما أرجعته الهيئة إلى موجة الصقيع الأخيرة.");
    expect(c && [c.speaker.name, c.content.text]).toEqual(["الهيئة", "إلى موجة الصقيع الأخيرة"]);
  });
});

describe("the purpose of an announced act, «، لتمويل …»", () => {
  it("keeps «، لـ + verbal noun» in a nominal object", () => {
    const [c] = run("وأعلنت البلدية توقيع عقد مع شركة محلية بقيمة مليوني دينار، لإنشاء سوق مركزي جديد.");
    expect(c?.content.text).toBe("توقيع عقد مع شركة محلية بقيمة مليوني دينار، لإنشاء سوق مركزي جديد");
  });
});

describe("a headline's claim takes the day of the body claim it sums up", () => {
  it("dates «… والسكان يتهمون البلدية بالتقصير» with «واتهم عدد من سكان الحي، أمس الأحد، …» further down", () => {
    const claims = run(
      [
        "غرق شارع رئيسي بمياه الأمطار.. والسكان يتهمون البلدية بالتقصير",
        "غمرت مياه الأمطار شارع السوق في حي النصر مساء السبت.",
        "وقال سائق أجرة إن المياه بلغت نصف متر.",
        "وأضاف أن السيارات علقت لساعات.",
        "وأكد صاحب متجر أن البضائع تلفت.",
        "وقال موظف في البلدية إن الفرق تعمل منذ الصباح.",
        "واتهم عدد من سكان الحي، في حديث للإذاعة أمس الأحد، البلدية بالتقصير في تنظيف المصارف.",
      ].join("\n"),
      "2025-11-24",
    );
    const headline = claims.find((c) => c.cue.text === "يتهمون");
    expect(headline?.date).toBe("2025-11-23");
  });
});
