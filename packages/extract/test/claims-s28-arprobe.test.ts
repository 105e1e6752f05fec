// Session 28 (arprobe): Arabic shapes the lane's made-up probes showed. Made-up sentences; no text here comes
// from a fixture or a probe.
import { describe, expect, it } from "vitest";
import { run } from "./arabic.ts";

const said = (text: string) => run(text).map((c) => [c.speaker.name, c.content.text]);
const dated = (text: string) => run(text).map((c) => [c.speaker.name, c.date]);

describe("«وبحسب ما أعلنه TITLE، NAME، خلال …، فإن …» (the name between commas, then the occasion)", () => {
  it("is said by the named minister, the content after «فإن»", () => {
    expect(
      said(
        "وبحسب ما أعلنه وزير النقل في الحكومة الانتقالية، المهندس كمال سعيد الحاج، خلال ندوة صحفية في المدينة يوم 3 مارس، فإن الوزارة ستطرح مناقصة لتوسعة الميناء.",
      ),
    ).toEqual([["كمال سعيد الحاج", "الوزارة ستطرح مناقصة لتوسعة الميناء"]]);
  });
});

describe("«ووفق الأرقام التي أدلى بها X، …، فإن …» (the figures a person gave)", () => {
  it("is said by the one who gave them", () => {
    expect(
      said(
        "ووفق الأرقام التي أدلى بها مدير المرصد الوطني للهجرة، عادل فريد الكتاني، خلال لقاء مع الصحافيين، فإن عدد المهاجرين تضاعف في العام الأخير.",
      ),
    ).toEqual([["عادل فريد الكتاني", "عدد المهاجرين تضاعف في العام الأخير"]]);
  });
});

describe("a participle after a narrative verb with its own subject («وغادر المزارعون …، معتبرين أن …»)", () => {
  it("is said by that subject, not by the speaker of the paragraph before", () => {
    expect(
      said(
        "وقال رئيس التعاونية سعيد مراد الزين إن المياه لم تصل إلى الحقول.\nوغادر المزارعون الساحة بعد الظهر، معتبرين أن الموسم الزراعي ضاع بالكامل.",
      ),
    ).toEqual([
      ["سعيد مراد الزين", "المياه لم تصل إلى الحقول"],
      ["المزارعون", "الموسم الزراعي ضاع بالكامل"],
    ]);
  });
});

describe('«ونقلت وكالة … عن TITLE، NAME، قوله … إن "…"» (an agency relays a person\'s words)', () => {
  it("is said by the one relayed, as is the participle after it", () => {
    expect(
      said(
        'ونقلت وكالة الأنباء الرسمية عن محافظ المدينة، اللواء سامر خليل العبيدي، قوله خلال جولة ميدانية، الثلاثاء، إن "الطرق ستفتح قبل نهاية الشهر"، مشيرا إلى أن فرق الصيانة تعمل ليلا.',
      ),
    ).toEqual([
      ["سامر خليل العبيدي", '"الطرق ستفتح قبل نهاية الشهر"'],
      ["سامر خليل العبيدي", "فرق الصيانة تعمل ليلا"],
    ]);
  });
  it("is said by the one relayed with «أن» after him", () => {
    expect(
      said(
        'ونقل موقع "الخبر اليوم" عن رئيس نقابة المعلمين، ماجد عيسى الطويل، أن الإضراب "سيتواصل حتى صرف الرواتب".',
      ),
    ).toEqual([["ماجد عيسى الطويل", 'الإضراب "سيتواصل حتى صرف الرواتب"']]);
  });
});

describe("«المستثمر في قطاع السياحة NAME» (a trade in a sector before the name)", () => {
  it("is the title, the name the speaker", () => {
    expect(said("ويرى المستثمر في قطاع السياحة منير حامد العسلي أن الأسعار ستواصل الارتفاع.")).toEqual([
      ["منير حامد العسلي", "الأسعار ستواصل الارتفاع"],
    ]);
  });
});

describe("«ويذكر أن …، بحسب أرقام X» (the writer's background with its source)", () => {
  it("is no claim", () => {
    expect(
      said("ويذكر أن عدد الفنادق في المدينة بلغ 120 فندقا العام الماضي، بحسب أرقام هيئة السياحة."),
    ).toEqual([]);
  });
});

describe("«وأضاف الوزير، خلال المؤتمر ذاته، أن …» after the conference's day", () => {
  it("takes the day of the conference", () => {
    expect(
      dated(
        "وبحسب ما أعلنه وزير النقل في الحكومة الانتقالية، المهندس كمال سعيد الحاج، خلال مؤتمر صحفي عقده يوم 17 نوفمبر، فإن الوزارة ستطرح مناقصة لتوسعة الميناء.\nوأضاف الوزير، خلال المؤتمر ذاته، أن الميناء سيعمل على مدار الساعة.",
      ),
    ).toEqual([
      ["كمال سعيد الحاج", "2025-11-17"],
      ["كمال سعيد الحاج", "2025-11-17"],
    ]);
  });
});

describe("a relay with the outlet's quoted name and a rank's bracketed mark in the name", () => {
  it('«ونقلت منصة "…" عن TITLE، NAME، أن …» is said by the one relayed', () => {
    expect(
      said('ونقلت منصة "صوتنا" عن مدير المركز، أحمد ميلاد الزروق، أن جدول الطرح "سيعلن يوميا".'),
    ).toEqual([["أحمد ميلاد الزروق", 'جدول الطرح "سيعلن يوميا"']]);
  });
  it("«عن TITLE، الفريق (م) NAME، قوله …» is said by the retired general", () => {
    expect(
      said(
        'ونقلت وكالة الأنباء الوطنية (وان) عن محافظ الإقليم، الفريق (م) صالح عمر البدوي، قوله خلال اجتماع اللجنة، الخميس، إن "الوضع مستقر"، مشيرا إلى أن الشحنة وصلت.',
      ),
    ).toEqual([
      ["صالح عمر البدوي", '"الوضع مستقر"'],
      ["صالح عمر البدوي", "الشحنة وصلت"],
    ]);
  });
});

describe("«…، فيما لم يصدر أي تعليق رسمي» (the writer telling that no one answered)", () => {
  it("is no part of the activists' content", () => {
    expect(
      said("ويؤكد ناشطون أن حملات الهدم طالت منازل في أطراف البلدة، فيما لم يصدر أي تعليق رسمي حتى الآن."),
    ).toEqual([["ناشطون", "حملات الهدم طالت منازل في أطراف البلدة"]]);
  });
  it("nor is «في حين لم تعلق الوزارة» part of the activist's", () => {
    expect(
      said("وأكد الناشط سمير علي الحداد أن القصف طال مدرسة البلدة، في حين لم تعلق الوزارة على ذلك."),
    ).toEqual([["سمير علي الحداد", "القصف طال مدرسة البلدة"]]);
  });
});

describe('«ويقول سماسرة تحدثت إليهم "X" إن …» (the outlet spoke to the group: «إليهم», «معهم»)', () => {
  it("is said by the group, the contact clause out of the name and the content", () => {
    expect(said('ويقول سماسرة عقارات تحدثت إليهم "الصحيفة" إن الارتفاع سببه قلة المعروض.')).toEqual([
      ["سماسرة عقارات", "الارتفاع سببه قلة المعروض"],
    ]);
    expect(said("وقال مزارعون تحدثت معهم الصحيفة إن المحصول تلف.")).toEqual([["مزارعون", "المحصول تلف"]]);
  });
});

describe('«"…"، يقول الشاب X بحسرة.» (a one-word manner after the quoted speaker)', () => {
  it("is the quotation of the young man, the manner out of his name", () => {
    expect(said('"لن نتراجع"، يقول الشاب أحمد ناصر العتيبي بحسرة.')).toEqual([
      ["أحمد ناصر العتيبي", '"لن نتراجع"'],
    ]);
    expect(said('"ما عندنا شي نخسره"، قالها الشاب سعيد حمدان المري بغضب.')).toEqual([
      ["سعيد حمدان المري", '"ما عندنا شي نخسره"'],
    ]);
  });
});

describe("«وأصدرت نقابة X بيانا أمس.» then «وجاء في البيان أن …»", () => {
  it("is said by the body, without the statement it issued in its name", () => {
    expect(
      dated("وأصدرت نقابة المهندسين بيانا أمس.\nوجاء في البيان أن المهندسين سيعتصمون أمام الوزارة."),
    ).toEqual([["نقابة المهندسين", "2025-11-24"]]);
  });
});

describe("«أما عن X، فيقول …» (what the words are about, before «ف»)", () => {
  it("is no subject; the verb's own subject speaks", () => {
    expect(said("أما عن الأسعار، فيقول التاجر محمود سالم الخطيب إن الزيت سيرتفع.")).toEqual([
      ["محمود سالم الخطيب", "الزيت سيرتفع"],
    ]);
    expect(said("أما بخصوص الرواتب، فأكد وزير المالية سامي حسن العبدالله أن الصرف سيبدأ الأحد.")).toEqual([
      ["سامي حسن العبدالله", "الصرف سيبدأ الأحد"],
    ]);
  });
});

describe('«وقالت صحيفة "X" نقلا عن مسؤول إن …» (the relay without its commas)', () => {
  it("is said by the one relayed", () => {
    expect(said('وقالت صحيفة "النبأ" نقلا عن مسؤول حكومي إن المفاوضات ستستأنف.')).toEqual([
      ["مسؤول حكومي", "المفاوضات ستستأنف"],
    ]);
  });
});
