// Session 28 (arfit): Arabic shapes of batch 41. Made-up sentences; no text here comes from a fixture or a probe.
import { describe, expect, it } from "vitest";
import { run } from "./arabic.ts";

const said = (text: string) => run(text).map((c) => [c.speaker.name, c.content.text]);

describe("an agency's «وذكرت وكالة … الأسبوع الماضي، نقلا عن X، أن …» (a time of two words before the relay)", () => {
  it("is said by the one relayed, not the agency", () => {
    expect(
      said(
        "وذكرت وكالة الأنباء الأردنية (بترا) الأسبوع الماضي، نقلا عن مدير الأرصاد الجوية، المهندس سامر خالد العمري، أن الأمطار ستستمر.",
      ),
    ).toEqual([["سامر خالد العمري", "الأمطار ستستمر"]]);
  });
});

describe("a future verb «وستـ…» opening a content before «، وفق ما أورده X»", () => {
  it("starts after the conjunction", () => {
    expect(
      said(
        "وأعلنت وزارة النقل أن الطريق سيفتح قريبا. وستبدأ الشركة أعمال الصيانة الشهر المقبل، وفق ما أورده البيان.",
      ),
    ).toEqual([
      ["وزارة النقل", "الطريق سيفتح قريبا"],
      ["وزارة النقل", "ستبدأ الشركة أعمال الصيانة الشهر المقبل"],
    ]);
  });
});

describe('«ويضيف X أن الصيادين "…"، لكنهم …» (a clause of «لكن» going on after the quotation)', () => {
  it("stays inside the content", () => {
    expect(said('ويضيف الدوسري أن الصيادين "تعبوا من الوعود"، لكنهم ينتظرون قرارا "يحفظ رزقهم".')).toEqual([
      ["الدوسري", 'الصيادين "تعبوا من الوعود"، لكنهم ينتظرون قرارا "يحفظ رزقهم"'],
    ]);
  });
});

describe('«أن …، كما يقترح بعض X، "…"» (an «as some propose» aside inside the content)', () => {
  it("is part of the content, no claim of its own", () => {
    expect(
      said(
        'أما المزارع حسن علي المطيري، فيرى أن نقل السوق إلى المنطقة الصناعية، كما يقترح بعض التجار، "يعني خسارة كبيرة".',
      ),
    ).toEqual([
      ["حسن علي المطيري", 'نقل السوق إلى المنطقة الصناعية، كما يقترح بعض التجار، "يعني خسارة كبيرة"'],
    ]);
  });
  it("but «…، كما تقول X، الأستاذة في …» closing the sentence still names its speaker", () => {
    expect(
      said(
        "وتكمن أهمية الفحص في أن المرض «يبقى خفيا لسنوات»، كما تقول الطبيبة سلمى حسن، الأستاذة في جامعة دمشق.",
      ),
    ).toEqual([["سلمى حسن", "تكمن أهمية الفحص في أن المرض «يبقى خفيا لسنوات»"]]);
  });
});

describe('«فأوضحت في كتاب وجّهته إلى X في …، واطّلعت "Y" على نسخة منه، أن …» (a letter with its addressee)', () => {
  it("is the ministry's claim from after «أن», dated by the letter", () => {
    expect(
      run(
        'أما وزارة الصحة، فأوضحت في كتاب وجّهته إلى محافظ حلب في 3 تشرين الثاني/نوفمبر، واطّلعت "الوطن" على نسخة منه، أن المستشفى "لا يستوفي الشروط".',
      ).map((c) => [c.speaker.name, c.content.text, c.date]),
    ).toEqual([["وزارة الصحة", 'المستشفى "لا يستوفي الشروط"', "2025-11-03"]]);
  });
});

describe("an office «في وزارة شؤون …» (a bare body head in construct), its holder named in the next line", () => {
  it("is the holder named after, not «شؤون …» read as a name", () => {
    expect(
      said(
        'من جانبه، أكد وكيل الثروة الحيوانية في وزارة شؤون البلديات والزراعة، في تصريح خاص لـ"الوطن"، أن الوزارة "لن توقف الدعم".\nوأوضح الوكيل سامي فؤاد الدمرداش أن الوزارة ستبدأ العام المقبل صرف الأعلاف.',
      ),
    ).toEqual([
      ["سامي فؤاد الدمرداش", 'الوزارة "لن توقف الدعم"'],
      ["سامي فؤاد الدمرداش", "الوزارة ستبدأ العام المقبل صرف الأعلاف"],
    ]);
  });
});

describe("a body named in full once with its short form in brackets, then «منظمة فاو» or «فاو»", () => {
  const lead = "افتتح المحافظ مشروع الري الممول من منظمة الأغذية والزراعة (فاو) بكلفة مليون دولار.\n";
  it("is the body by its full name", () => {
    expect(said(`${lead}وكانت منظمة فاو قد ذكرت أن الجفاف مستمر.`)).toEqual([
      ["منظمة الأغذية والزراعة", "الجفاف مستمر"],
    ]);
    expect(said(`${lead}وكانت فاو قد ذكرت أن الجفاف مستمر.`)).toEqual([
      ["منظمة الأغذية والزراعة", "الجفاف مستمر"],
    ]);
  });
});

describe("«مصادر في الهيئة» after the body is named in full in the same article", () => {
  it("are sources in the body by its full name", () => {
    expect(
      said(
        'ولم تمنح الهيئة الوطنية للمقالع أي ترخيص جديد منذ عام 2023، حسبما تؤكد مصادر في الهيئة لـ"النهار".',
      ),
    ).toEqual([
      ["مصادر في الهيئة الوطنية للمقالع", "لم تمنح الهيئة الوطنية للمقالع أي ترخيص جديد منذ عام 2023"],
    ]);
  });
  it("but not when the article names two bodies with that head", () => {
    expect(
      said(
        "وقالت اللجنة الوطنية للانتخابات إن الفرز انتهى، فيما اجتمعت اللجنة الأمنية العليا. وأكدت مصادر في اللجنة أن النتائج ستعلن غدا.",
      ).at(-1),
    ).toEqual(["مصادر في اللجنة", "النتائج ستعلن غدا"]);
  });
});

describe("a trade noun of the form فعّال before the name Ali («البحار علي حسن …»)", () => {
  it("names the person, «علي» being the name, not «على»", () => {
    expect(said('يقول البحار علي حسن المرزوقي (58 عاما): "البحر ما عاد مثل قبل".')).toEqual([
      ["علي حسن المرزوقي", '"البحر ما عاد مثل قبل"'],
    ]);
  });
});

describe('a scene line where the outlet met people on a day («حيث التقت "X" عددا من … أمس»)', () => {
  it("dates the present-tense voices quoted after it", () => {
    expect(
      run(
        'وقال رئيس البلدية سامي فؤاد الدمرداش في الجلسة الأحد إن المشروع سينفذ.\nوعلى شاطئ البلدة، حيث التقت "الوطن" عددا من الصيادين أمس، كان الغضب واضحا.\nيقول الصياد سالم حسن المرزوقي: "البحر ما عاد مثل قبل".\nأما الصياد خالد سعيد الهاشمي، فيرى أن المشروع "يقطع الرزق".',
      ).map((c) => [c.speaker.name, c.date]),
    ).toEqual([
      ["سامي فؤاد الدمرداش", "2025-11-23"],
      ["سالم حسن المرزوقي", "2025-11-24"],
      ["خالد سعيد الهاشمي", "2025-11-24"],
    ]);
  });
});

describe("«ونقل البيان عن X قولها إن …» after a statement dated on its own day", () => {
  it("is of the statement's day, not the running day", () => {
    expect(
      run(
        'وقال المحافظ أمس إن المشروع جاهز.\nوكانت منظمة الصحة العالمية قد ذكرت، في بيان صادر عن مكتبها الخميس الماضي، أن الكوليرا تنتشر.\nونقل البيان عن مسؤولة الصحة في المكتب، سلمى حسن الكردي، قولها إن "الوضع خطير".',
      ).map((c) => [c.speaker.name, c.date]),
    ).toEqual([
      ["المحافظ", "2025-11-24"],
      ["منظمة الصحة العالمية", "2025-11-20"],
      ["سلمى حسن الكردي", "2025-11-20"],
    ]);
  });
});

describe("«أحدهم، وقد فضّل عدم ذكر اسمه، يقول إن …» after a sentence on a group («يرفض أصحاب المصانع …»)", () => {
  it("is one of that group, not the speaker before", () => {
    expect(
      run(
        'وقال رئيس البلدية سامي فؤاد الدمرداش إن القرار نهائي.\nفي المقابل، يرفض أصحاب المصانع تحميلهم المسؤولية. أحدهم، وقد فضّل عدم ذكر اسمه، يقول إن المصانع "تعمل بتراخيص".',
      ).map((c) => [c.speaker.name, c.speaker.mention?.text ?? null]),
    ).toEqual([
      ["سامي فؤاد الدمرداش", "رئيس البلدية سامي فؤاد الدمرداش"],
      ["أحد أصحاب المصانع", "أحدهم"],
    ]);
  });
});

describe("«ويؤكد صاحب المحطة أن …» after «أحدهم» stood for one of «أصحاب المحطات»", () => {
  it("is that same one of the owners", () => {
    expect(
      said(
        'في المقابل، يرفض أصحاب المحطات تحميلهم المسؤولية. أحدهم، وقد فضّل عدم ذكر اسمه، يقول إن المحطات "تعمل بتراخيص".\nويؤكد صاحب المحطة أن أصحاب المحطات "مستعدون للتعويض"، معتبرا أن القرار "ظالم".',
      ).map(([speaker]) => speaker),
    ).toEqual(["أحد أصحاب المحطات", "أحد أصحاب المحطات", "أحد أصحاب المحطات"]);
  });
});

describe('a voice off the story\'s event that asks a question («يقول إن …، متسائلا: "…؟"»), then goes on', () => {
  it("takes no running day in its next words either", () => {
    expect(
      run(
        'منذ صباح الاثنين، تقف الشاحنات عند مدخل البلدة.\nوقال رئيس البلدية سامي فؤاد الدمرداش إن القرار نهائي.\nفي المقابل، يرفض أصحاب المحطات تحميلهم المسؤولية. أحدهم، وقد فضّل عدم ذكر اسمه، يقول إن المحطات "تعمل بتراخيص"، متسائلا: "ليش البلدية ساكتة؟"\nويؤكد صاحب المحطة أن أصحاب المحطات "مستعدون للتعويض".',
      )
        .slice(1)
        .map((c) => [c.speaker.name, c.date]),
    ).toEqual([
      ["أحد أصحاب المحطات", null],
      ["أحد أصحاب المحطات", null],
    ]);
  });
});

describe("«وقال X Y يونيو الماضي إن …» (a month and «الماضي» right after a bare name)", () => {
  it("is when the words were said, no part of the name", () => {
    expect(said("وقال سامي الدمرداش يونيو الماضي إن المشروع سينطلق.")).toEqual([
      ["سامي الدمرداش", "المشروع سينطلق"],
    ]);
  });
});
