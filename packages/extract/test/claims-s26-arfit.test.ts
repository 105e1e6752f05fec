// Session 26 (arfit): Arabic shapes of batch 39 and leftovers of earlier sessions. Made-up sentences; no text
// here comes from a fixture or a probe.
import { describe, expect, it } from "vitest";
import { run } from "./arabic.ts";

const said = (text: string) => run(text).map((c) => [c.speaker.name, c.content.text]);
const dated = (text: string, publishedAt?: string) =>
  run(text, publishedAt).map((c) => [c.speaker.name, c.date]);

describe("a colloquial quotation told after it with «تشكو», «يحكي» and a description before the name", () => {
  it("is the quotation of the named citizen, dated by the hearer's day", () => {
    expect(
      dated(
        '"ما عاد نقدر نطلع من البيت بالليل"، تشكو المواطنة فاطمة حسن السيد، وهي من سكان الحي، في حديثها لـ"الوطن" مساء أمس. ' +
          'وتؤكد السيد أن الشارع "صار لا يطاق".',
      ),
    ).toEqual([
      ["فاطمة حسن السيد", "2025-11-24"],
      ["فاطمة حسن السيد", "2025-11-24"],
    ]);
    expect(
      said(
        '"البيت راح وما فضل لنا شي"، يحكي المواطن سالم حسن جابر، من سكان حي النصر، لـ"الوطن" أمس، وهو ينظر إلى الركام.',
      ),
    ).toEqual([["سالم حسن جابر", '"البيت راح وما فضل لنا شي"']]);
  });
});

describe("a committee's ل-verbal noun before its state and a retired rank («لإعادة الإعمار بولاية X اللواء (م)»)", () => {
  it("is all the title, before the officer's name", () => {
    expect(
      said(
        "وقال رئيس اللجنة الفنية لإعادة الإعمار بولاية سنار اللواء (م) حسن عمر الطيب، في مؤتمر صحفي أمس، إن العمل بدأ.",
      ),
    ).toEqual([["حسن عمر الطيب", "العمل بدأ"]]);
    expect(
      said("وقال رئيس اللجنة العليا لنقل الجرحى بمحلية كرري اللواء صالح بشير النور إن الطرق مفتوحة."),
    ).toEqual([["صالح بشير النور", "الطرق مفتوحة"]]);
  });
});

describe("«أما في X، فتؤكد Y …، وتلفت إلى أن …» (as for a place)", () => {
  it("is said by the name after the verb, not the place, and goes on in the second verb", () => {
    expect(
      said(
        'أما في جزين، فتؤكد هالة سمير نصار، صاحبة مطعم في البلدة، في اتصال مع "الديار" اليوم، أن الموسم "جيد جدا"، وتلفت إلى أن الأسعار ثابتة.',
      ),
    ).toEqual([
      ["هالة سمير نصار", 'الموسم "جيد جدا"'],
      ["هالة سمير نصار", "الأسعار ثابتة"],
    ]);
    expect(said("أما في البلدة، فقال المختار سمير نصار إن الطريق مقطوعة.")).toEqual([
      ["سمير نصار", "الطريق مقطوعة"],
    ]);
  });
});

describe("«ويختصر X، الذي …، المشهد … بالقول: …» (sums it up by saying)", () => {
  it("is the quotation after «بالقول», past the asides, with the object out of the name", () => {
    expect(
      said(
        'ويختصر الصياد نبيل جورج فرح، الذي يعمل في الميناء منذ ثلاثين عاما، الوضع في حديث لـ"النهار" أمس بالقول: "البحر فاضي وما في شغل".',
      ),
    ).toEqual([["نبيل جورج فرح", '"البحر فاضي وما في شغل"']]);
    expect(said('ويختصر الصياد نبيل جورج فرح الوضع بالقول: "البحر فاضي".')).toEqual([
      ["نبيل جورج فرح", '"البحر فاضي"'],
    ]);
    expect(said("ويختصر التقرير الوضع في ثلاث نقاط.")).toEqual([]);
  });
});

describe("«ووفق مدير X، المهندس Y، الذي كان يتحدث خلال … الخميس الماضي، يستهلك …» (a source's name, then a relative)", () => {
  it("names the engineer, starts the content after the relative clause and dates it by the clause's day", () => {
    expect(
      dated(
        "ووفق مدير وكالة التنمية الجهوية لسوس ماسة، المهندس سعيد أحمد العلوي، الذي كان يتحدث خلال ندوة صحفية الخميس الماضي، تحتاج المنطقة إلى سدود جديدة.",
      ),
    ).toEqual([["سعيد أحمد العلوي", "2025-11-20"]]);
    expect(
      said("وبحسب مديرة المستشفى، الدكتورة هدى سالم النور، التي تحدثت للصحيفة أمس، جرى تطعيم ألف طفل."),
    ).toEqual([["هدى سالم النور", "جرى تطعيم ألف طفل"]]);
  });
});

describe("a body «في» a larger definite body with its ل-genitive («… في المديرية العامة للطيران المدني»)", () => {
  it("is all one speaker", () => {
    expect(
      said(
        "في المقابل، توقعت مصلحة الأرصاد الجوية في المديرية العامة للطيران المدني، في نشرتها الأسبوعية الصادرة اليوم، أن يبقى الطقس مستقرا.",
      ),
    ).toEqual([["مصلحة الأرصاد الجوية في المديرية العامة للطيران المدني", "يبقى الطقس مستقرا"]]);
    expect(
      said("وقالت دائرة الإحصاء في الهيئة العامة للتخطيط، في تقريرها الصادر اليوم، إن الأسعار ارتفعت."),
    ).toEqual([["دائرة الإحصاء في الهيئة العامة للتخطيط", "الأسعار ارتفعت"]]);
  });
});

describe("a two-part headline closed by a bare group («… .. ونواب: لا بد من …»)", () => {
  it("is the writer's summary, no claim", () => {
    const text =
      "الدراجات النارية تملأ الأحياء ليلا.. ونواب: لا بد من قانون صارم\n" +
      "وقال النائب سامي حسن العلي إن الحوادث تضاعفت.";
    expect(said(text)).toEqual([["سامي حسن العلي", "الحوادث تضاعفت"]]);
  });
});

describe("«بحسب نوعه وسرعته» (according to its type and speed)", () => {
  it("names no source: a thing's property is what a figure varies with", () => {
    expect(said("ويتراوح سعر الجهاز في المحلات بين 60 و250 دينارا، بحسب نوعه وسرعته القصوى.")).toEqual([]);
    expect(said("وتختلف مدة العلاج حسب حالة المريض.")).toEqual([]);
    expect(said("ويتراوح سعر الجهاز بين 60 و250 دينارا، بحسب التجار.")).toEqual([
      ["التجار", "يتراوح سعر الجهاز بين 60 و250 دينارا"],
    ]);
  });
});

describe("«…، مناشدة المواطنين التبليغ عن …» (an appeal after the words)", () => {
  it("closes the words before it", () => {
    expect(
      said(
        'وأشارت الطبيبة هدى سالم النور إلى أن الوضع "صعب جدا"، مناشدة المواطنين التبرع بالدم في أقرب مستشفى.',
      ),
    ).toEqual([["هدى سالم النور", 'الوضع "صعب جدا"']]);
  });
});

describe("an MP for a district with a two-word name («عن مقاطعة تفرغ زينة») before a «ولد» name", () => {
  it("keeps both words of the place in the title", () => {
    expect(said("وقال النائب عن مقاطعة تفرغ زينة سيدي ولد أحمد إن الحكومة فشلت.")).toEqual([
      ["سيدي ولد أحمد", "الحكومة فشلت"],
    ]);
  });
});

describe("the Darija owner («مول الحانوت», «مولات الدار») before a name", () => {
  it("is a description, as «صاحب», before the quoted speaker's name", () => {
    expect(said("«الناس ما بقاتش كتشري»، يقول مول الحانوت أحمد بنعلي لـ«الأحداث المغربية».")).toEqual([
      ["أحمد بنعلي", "«الناس ما بقاتش كتشري»"],
    ]);
    expect(said("وقالت مولات الحانوت فاطمة بنعلي للجريدة إن الناس لا تشتري.")).toEqual([
      ["فاطمة بنعلي", "الناس لا تشتري"],
    ]);
  });
});

describe("«للجريدة» (the paper itself told) after a bare name", () => {
  it("is the hearer, no part of the name, before the clause or the sentence's end", () => {
    expect(said("«الناس ما بقاتش كتشري»، يقول أحمد بنعلي للجريدة.")).toEqual([
      ["أحمد بنعلي", "«الناس ما بقاتش كتشري»"],
    ]);
    expect(said("وقال أحمد بنعلي للصحيفة إن الناس لا تشتري.")).toEqual([["أحمد بنعلي", "الناس لا تشتري"]]);
  });
});
