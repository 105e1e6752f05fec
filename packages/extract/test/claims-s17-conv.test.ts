// Session 17 (conv): three gold conventions settled. The running day is not a new voice's. An Arabic speaker first quoted past the lede who told
// the paper its words («لـ"…"», «لمراسلنا», «عبر الهاتف») or speaks in the present tense («ويرى …») gets no
// day of the story's, nor do its next words; a voice at the story's event, or in a paragraph that tells its
// own day, keeps it. The outlet's own observation («بحسب ما رصدته "X"», X the article's outlet) is no claim.
// "Residents described a frantic night" (an experience named, no words given) is no claim; "described X as Y" and
// "described crass behavior by …" still are. Made-up sentences; no text here comes from a fixture.
import { describe, expect, it } from "vitest";
import { run } from "./arabic.ts";
import { englishOn } from "./english.ts";

// (a Tuesday)
const arDates = (text: string) => run(text, "2025-11-25").map((c) => [c.speaker.name, c.date]);

// (the lede's two statements, Monday's)
const LEDE_DATES = [
  ["وزارة النقل", "2025-11-24"],
  ["وزارة النقل", "2025-11-24"],
];
const LEDE =
  "أعلنت وزارة النقل، الاثنين، رفع أسعار تذاكر الحافلات بنسبة 15 في المئة اعتبارا من الشهر المقبل، مؤكدة أن القرار «لا مفر منه».";

describe("a new voice that told the paper its words has no day of the story", () => {
  it("leaves the words told to the paper, and the same voice's next ones, undated", () => {
    expect(
      arDates(
        `${LEDE}\nمن جهته، قال رئيس جمعية حماية المستهلك، سمير الخطيب، لـ"الوطن" إن الزيادة «ستثقل كاهل الطلاب والعمال».\nوأضاف الخطيب أن الجمعية ستطلب لقاء الوزير.`,
      ),
    ).toEqual([...LEDE_DATES, ["سمير الخطيب", null], ["سمير الخطيب", null]]);
  });
  it("leaves a voice reached by phone or by the paper's correspondent undated", () => {
    expect(
      arDates(`${LEDE}\nوقال سائق حافلة يدعى خالد العمر، عبر الهاتف، إن الركاب «بدأوا يبحثون عن بدائل».`),
    ).toEqual([...LEDE_DATES, ["خالد العمر", null]]);
    expect(
      arDates(`${LEDE}\nوأوضح مدير شركة النقل العام، فادي سليمان، لمراسلنا أن الشركة «لم تستشر في القرار».`),
    ).toEqual([...LEDE_DATES, ["فادي سليمان", null]]);
  });
  it("leaves a voice that speaks in the present tense undated", () => {
    expect(
      arDates(`${LEDE}\nويرى الخبير الاقتصادي وليد منصور أن الحكومة «تنقل عجزها إلى جيوب المواطنين».`),
    ).toEqual([...LEDE_DATES, ["وليد منصور", null]]);
  });
});

describe("a voice at the story's event, or in a paragraph that gives its day, keeps the day", () => {
  it("dates a voice that told the paper its words at the event", () => {
    expect(
      arDates(
        `${LEDE}\nوقال النائب مروان حداد، في تصريح لـ"الوطن" على هامش الجلسة، إن اللجنة «ستستدعي الوزير».`,
      ),
    ).toEqual([...LEDE_DATES, ["مروان حداد", "2025-11-24"]]);
  });
  it("dates a voice whose own paragraph told the day", () => {
    expect(
      arDates(
        `${LEDE}\nونظم عشرات الطلاب وقفة احتجاجية أمام مبنى الوزارة صباح اليوم. وقال أحد المحتجين، ويدعى رامي يوسف، لـ"الوطن" إن الطلاب «لا يملكون ثمن التذكرة».`,
      ),
    ).toEqual([...LEDE_DATES, ["رامي يوسف", "2025-11-25"]]);
  });
  it("dates a plain new voice by the running day, as before", () => {
    expect(
      arDates(`${LEDE}\nمن جهته، قال رئيس نقابة السائقين، أحمد الزين، إن النقابة «ستدرس القرار».`),
    ).toEqual([...LEDE_DATES, ["أحمد الزين", "2025-11-24"]]);
  });
});

describe("what the outlet itself observed is its own reporting, no claim", () => {
  const speakers = (text: string) => run(text, "2025-11-25").map((c) => c.speaker.name);
  it("finds no claim in «بحسب ما رصدته» the article's own outlet", () => {
    expect(
      speakers(
        "طوابير أمام محطات الوقود في المدينة\nالزاوية - «صدى الساحل»\nامتدت طوابير السيارات أمام محطات الوقود في الزاوية لأكثر من كيلومتر، بحسب ما رصدته «صدى الساحل». وقال أحد السائقين لـ«صدى الساحل» إنه ينتظر منذ الفجر.",
      ),
    ).toEqual(["أحد السائقين"]);
    expect(
      speakers(
        "انقطاع المياه عن حي النصر\nكتب: مراد الطيب\nتعيش أحياء في شرق المدينة بلا ماء منذ خمسة أيام، حسب ما عاينته أخبار الجهة، وسط استياء السكان. وأكد أحد السكان لأخبار الجهة أن الصهاريج لا تصل.",
      ),
    ).toEqual(["أحد السكان"]);
  });
  it("keeps what another body observed as its claim", () => {
    expect(
      speakers(
        "طوابير أمام محطات الوقود في المدينة\nالزاوية - «صدى الساحل»\nارتفعت أسعار البنزين في السوق الموازية بنسبة 40 في المئة، بحسب ما رصدته جمعية حماية المستهلك.",
      ),
    ).toEqual(["جمعية حماية المستهلك"]);
  });
});

describe('"described" with only an experience named is no claim', () => {
  const en = englishOn("2026-06-10");
  const said = (text: string) => en(text).map((c) => [c.speaker.name, c.cue.text, c.content.text]);
  it('finds no claim in "Residents described a night of …" before their own accounts', () => {
    const agency = ["Environment Agency", "said", "The river rose by two metres overnight"];
    const brook = ["Helen Brook", "said", "the water reached her stairs within an hour"];
    expect(
      said(
        "Hundreds flee as river bursts its banks\nThe river rose by two metres overnight, the Environment Agency said on Tuesday. Residents described a night of sirens and little warning. Helen Brook, 71, said the water reached her stairs within an hour.",
      ),
    ).toEqual([agency, brook]);
    expect(
      said(
        "Hundreds flee as river bursts its banks\nThe river rose by two metres overnight, the Environment Agency said on Tuesday. At the leisure centre in Marston, families described a sleepless night. Helen Brook, 71, said the water reached her stairs within an hour.",
      ),
    ).toEqual([agency, brook]);
  });
  it("keeps a thing described as a claim", () => {
    expect(
      said(
        "Care home inquiry opens in Leeds\nFormer staff described repeated abuse of residents by two managers at the home in Leeds.",
      ).map((c) => c[2]),
    ).toEqual(["repeated abuse of residents by two managers at the home in Leeds"]);
  });
});

describe('English: a new voice "when contacted" or "who spoke to" the paper has no day of the story', () => {
  const en = englishOn("2026-06-10");
  const dates = (text: string) => en(text).map((c) => [c.speaker.name, c.date]);
  const LEAD =
    "Bus fares to rise in July\nThe transport authority said on Tuesday that fares would rise by 12 percent from July 1.";
  it("leaves the voice and its next words undated", () => {
    expect(
      dates(
        `${LEAD}\nCity Coaches managing director Peter Lamb, when contacted, said the company had not been consulted.\nHe said drivers' wages had not risen since 2023.`,
      ),
    ).toEqual([
      ["transport authority", "2026-06-09"],
      ["Peter Lamb", null],
      ["Peter Lamb", null],
    ]);
    expect(
      dates(`${LEAD}\nCommuters who spoke to The Courier said the rise would cost them about $30 a month.`),
    ).toEqual([
      ["transport authority", "2026-06-09"],
      ["Commuters who spoke to The Courier", null],
    ]);
  });
});
