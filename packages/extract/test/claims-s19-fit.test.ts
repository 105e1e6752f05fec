// Set AA's and batch 32's lessons in made-up sentences: an office before the comma and its holder after it ("The
// District Planning Officer (DPO), Karma Dorji, said"; "Paro Dzongdag, Dasho Kinley Wangdi, said"), the office's
// initials back ("The DPO added"), a person described at a place ("A cook at a school in the district, who …,
// said"), and "the society" back for a named society.
import { describe, expect, it } from "vitest";
import { run } from "./arabic.ts";
import { englishOn } from "./english.ts";

const en = englishOn("2026-11-14");
const named = (text: string) =>
  en(text).map((c) => [c.speaker.name, c.speaker.mention?.text, c.content.text]);
const speakers = (text: string) => en(text).map((c) => c.speaker.name);

describe("an office, a comma, then the person who holds it", () => {
  it("names the person after a capitalised office the title lists do not know", () => {
    expect(
      named(
        "Roads shut\nThe District Planning Officer (DPO), Karma Dorji, said on Friday that the road was closed.",
      ),
    ).toEqual([["Karma Dorji", "The District Planning Officer (DPO), Karma Dorji", "the road was closed"]]);
    expect(
      speakers("Roads shut\nThe Gewog Livestock Officer, Sonam Choden, said the herds were moved."),
    ).toEqual(["Sonam Choden"]);
    expect(speakers("Roads shut\nThe Regional Revenue Director, Ama Mensah, said the levy was due.")).toEqual(
      ["Ama Mensah"],
    );
  });
  it("reads the office's initials back as the person", () => {
    expect(
      speakers(
        "Roads shut\nThe District Planning Officer (DPO), Karma Dorji, said on Friday that the road was closed.\nThe DPO added that a detour was open.",
      ),
    ).toEqual(["Karma Dorji", "Karma Dorji"]);
  });
  it("names the person after a style, whatever the office before", () => {
    expect(
      named("Roads shut\nParo Dzongdag, Dasho Kinley Wangdi, said on Friday that the bridge would reopen."),
    ).toEqual([["Kinley Wangdi", "Paro Dzongdag, Dasho Kinley Wangdi", "the bridge would reopen"]]);
    expect(
      speakers("Roads shut\nKaduna Emir's Palace Secretary, Alhaji Musa Bello, said the gate was shut."),
    ).toEqual(["Musa Bello"]);
  });
  it("keeps a body and its short form, and a name with a description after it", () => {
    expect(
      speakers(
        "Roads shut\nThe Roads Maintenance Authority (RMA) said on Friday that the road was closed.\nThe RMA added that a detour was open.",
      ),
    ).toEqual(["Roads Maintenance Authority", "Roads Maintenance Authority"]);
    expect(speakers("Roads shut\nKarma Dorji, a farmer in Paro, said the road was closed.")).toEqual([
      "Karma Dorji",
    ]);
  });
});

describe("a person described at a place", () => {
  it("speaks, not the place the walk stopped at", () => {
    expect(
      named(
        "Meals shrink\nA cook at another school in the district, who did not want to be named, told reporters on Friday: “We had only rice.”",
      ),
    ).toEqual([
      [
        "cook at another school in the district",
        "A cook at another school in the district, who did not want to be named",
        "“We had only rice.”",
      ],
    ]);
    expect(speakers("Beds short\nA doctor at the hospital said on Friday that the ward was full.")).toEqual([
      "doctor at the hospital",
    ]);
    expect(
      speakers("Beds short\nA driver at the depot in the town said on Friday that the buses were idle."),
    ).toEqual(["driver at the depot in the town"]);
  });
  it("keeps a body's official with the body", () => {
    expect(
      speakers(
        "Beds short\nThe Ministry of Health said on Monday that beds were coming.\nAn official at the ministry said on Friday that the ward was full.",
      ),
    ).toEqual(["Ministry of Health", "Ministry of Health"]);
  });
});

describe("a society back by its kind", () => {
  it("is the society named before it", () => {
    expect(
      speakers(
        "Floods\nThe Zambia Red Cross Society said on Thursday that it had sent tents.\nThe society said families needed blankets.",
      ),
    ).toEqual(["Zambia Red Cross Society", "Zambia Red Cross Society"]);
  });
  it("keeps two societies apart", () => {
    expect(
      speakers(
        "Floods\nThe Zambia Red Cross Society said on Thursday that it had sent tents.\nThe Law Association of Zambia said the order was void.\nThe Zambia Law Society said on Friday that the ruling was wrong.",
      ),
    ).toEqual(["Zambia Red Cross Society", "Law Association of Zambia", "Zambia Law Society"]);
  });
});

// Arabic: batch 32's lessons in made-up sentences.
const ar = (text: string) => run(text, "2026-05-06");
const arNamed = (text: string) =>
  ar(text).map((c) => [c.speaker.name, c.speaker.mention?.text, c.content.text]);

describe("a document's issuing verb with its object pronoun ends the source", () => {
  it("names the body of «بيان للهيئة نشرته …»", () => {
    expect(
      arNamed(
        "أعلنت هيئة الطيران المدني أمس وقف الرحلات.\nووفق بيان للهيئة نشرته على موقعها أمس، يبلغ عدد الرحلات الملغاة 40 رحلة.",
      ).at(-1),
    ).toEqual(["هيئة الطيران المدني", "بيان للهيئة", "يبلغ عدد الرحلات الملغاة 40 رحلة"]);
    expect(arNamed("وبحسب تقرير لوزارة الزراعة أصدرته الثلاثاء، تراجع إنتاج القمح.")[0]?.[0]).toBe(
      "وزارة الزراعة",
    );
    expect(arNamed("وبحسب دراسة لجامعة الخرطوم أعدها باحثون، تراجع إنتاج القمح.")[0]?.[0]).toBe(
      "جامعة الخرطوم",
    );
  });
  it("keeps the issuer after «الذي/التي» and the verb", () => {
    expect(arNamed("وبحسب التقرير الذي أصدرته منظمة الصحة العالمية، تراجع عدد الإصابات.")[0]?.[0]).toContain(
      "منظمة الصحة العالمية",
    );
  });
});

describe("a relation in construct with a definite noun is no name", () => {
  it("names the person after «أرملة العامل،», «شقيق الضحية،», «زوجة المفقود،»", () => {
    expect(
      ar(
        "وكانت أرملة الصياد، مريم يوسف داود، قد قالت في مقابلة بثت في 2 أيار/مايو، إن زوجها «خرج ولم يعد»، مضيفة أن العائلة «تنتظر الحقيقة».",
      ).map((c) => c.speaker.name),
    ).toEqual(["مريم يوسف داود", "مريم يوسف داود"]);
    expect(ar("وقال شقيق الضحية، كريم حسن الزين، إن أخاه تعرض للضرب.").map((c) => c.speaker.name)).toEqual([
      "كريم حسن الزين",
    ]);
    expect(ar("وقالت زوجة المفقود، هدى سالم، إن زوجها غادر فجرا.").map((c) => c.speaker.name)).toEqual([
      "هدى سالم",
    ]);
  });
  it("keeps «ابن» before the article as a name", () => {
    expect(ar("وقال ابن الهيثم، الباحث في الجامعة، إن التجربة نجحت.").map((c) => c.speaker.name)).toEqual([
      "ابن الهيثم",
    ]);
  });
});

describe("a relative clause between commas after the subject", () => {
  it("is an aside: the object after it is the content, and its day dates the claim", () => {
    const claims = ar(
      "وطالب عشرات الصيادين، الذين تجمعوا أمس أمام مبنى الوزارة، الحكومة بـ«تعويض خسائرهم فورا».",
    );
    expect(claims.map((c) => [c.speaker.name, c.content.text, c.date])).toEqual([
      ["عشرات الصيادين", "الحكومة بـ«تعويض خسائرهم فورا»", "2026-05-05"],
    ]);
    expect(
      arNamed("وطالبت النقابة، التي اعتصم أعضاؤها أمام البرلمان، النواب بـ«رفض القانون».").map((c) => c[2]),
    ).toEqual(["النواب بـ«رفض القانون»"]);
  });
});

describe("a threat of a bare act is no claim", () => {
  it("drops «يهددون بالتصعيد», «هدد بالإضراب.»", () => {
    expect(
      ar("إضراب المعلمين يدخل أسبوعه الثاني.. والأهالي يهددون بالتصعيد\nأغلقت المدارس أبوابها."),
    ).toEqual([]);
    expect(ar("وهدد العمال بالإضراب.")).toEqual([]);
    expect(ar("وهددت النقابة بالتصعيد، فيما أغلقت المدارس أبوابها.")).toEqual([]);
  });
  it("keeps a threat with its terms, in quotation marks, or told as a clause", () => {
    expect(ar("وهدد العمال بالإضراب إذا لم تدفع الأجور.").map((c) => c.content.text)).toEqual([
      "بالإضراب إذا لم تدفع الأجور",
    ]);
    expect(ar("وهددت النقابة بـ«تصعيد غير مسبوق».").length).toBe(1);
    expect(ar("وهدد الوزير بأن الحكومة ستغلق المعبر.").map((c) => c.content.text)).toEqual([
      "الحكومة ستغلق المعبر",
    ]);
  });
});

describe("a body acting on an object before a participle or a new verb", () => {
  it("names the body without the mourned person («ونعت وزارة الثقافة الراحل، ووصفته …»)", () => {
    expect(
      ar(
        "رحيل الفنان الكبير\nتوفي الفنان سمير حداد أمس عن 80 عاما.\nونعت نقابة الفنانين الراحل، ووصفته بأنه «رائد المسرح».",
      ).map((c) => [c.speaker.name, c.content.text]),
    ).toEqual([["نقابة الفنانين", "«رائد المسرح»"]]);
    expect(
      ar("رحيل الشاعر\nونعت وزارة الثقافة الفقيد، ووصفته بأنه «صوت جيل كامل».").map((c) => c.speaker.name),
    ).toEqual(["وزارة الثقافة"]);
  });
});

describe("an agency dateline's filing day", () => {
  const days = (text: string) => run(text, "2026-05-20").map((c) => c.date);
  it("is the day «اليوم» and «أمس» count from when it is before publication", () => {
    expect(
      days(
        "حملة تطعيم في الولاية\nكسلا 19-5-2026 (سونا) - أعلن وزير الصحة بالولاية، خالد آدم، اليوم أن الحملة ستبدأ الأحد.\nوقال الوزير أمس إن الحملة تستهدف 200 ألف طفل.",
      ),
    ).toEqual(["2026-05-19", "2026-05-18"]);
    expect(
      days("حملة تطعيم\nقابس 18 ماي 2026 (وات) - أكد المدير الجهوي للصحة اليوم أن الحملة ستبدأ الأحد."),
    ).toEqual(["2026-05-18"]);
  });
  it("changes nothing when it is the day of publication, or a week before it", () => {
    expect(
      days("حملة تطعيم\nجنين 20-5-2026 وفا- قال محافظ جنين، كمال أبو الرب، اليوم إن الحملة ستبدأ الأحد."),
    ).toEqual(["2026-05-20"]);
    expect(
      days("حملة تطعيم\nجنين 10-5-2026 وفا- قال محافظ جنين، كمال أبو الرب، اليوم إن الحملة ستبدأ الأحد."),
    ).toEqual(["2026-05-20"]);
  });
});

describe("a country's name alone before a colon", () => {
  it("is the story's place, a kicker, not a source", () => {
    expect(
      speakers("Kenya: Maize prices climb to a record as rains fail\nTraders said stocks were low."),
    ).toEqual(["Traders"]);
  });
  it("keeps a person's name before the colon", () => {
    expect(speakers("Ruto: Maize prices will fall\nThe president spoke in Nakuru.")).toEqual(["Ruto"]);
  });
});
