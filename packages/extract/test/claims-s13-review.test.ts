// Review of session 12's rules (Rules 1.57): ordinary sentences they were not written for, in both directions.
// Made-up sentences.
import { describe, expect, it } from "vitest";
import { run } from "./arabic.ts";
import { englishOn } from "./english.ts";

const en = englishOn("2026-05-20");
const brief = (text: string, runner = en) =>
  runner(text).map((c) => [c.speaker.name, c.cue.text, c.content.text]);

describe("'an early warning system' is a compound, 'a statement saying …' a report", () => {
  it("reads the participle after a message noun, and a participle that only reports", () => {
    expect(brief("The ministry issued a statement saying talks would resume next week.")).toEqual([
      ["ministry", "saying", "talks would resume next week"],
    ]);
    expect(brief("The police released a letter warning residents to stay indoors.")).toEqual([
      ["police", "warning", "residents to stay indoors"],
    ]);
    expect(brief("The firm posted a note claiming hackers had stolen the data.")).toEqual([
      ["firm", "claiming", "hackers had stolen the data"],
    ]);
  });
  it("still reads no cue in a compound ('an early warning system', 'a new training scheme')", () => {
    expect(en("The town installed an early warning system last year.")).toEqual([]);
  });
});

describe("'called the strike illegal' names the strike something; 'called a strike for Monday' convenes it", () => {
  it("reads a gathering called something as a claim", () => {
    expect(brief("The minister called the strike illegal and irresponsible.")).toEqual([
      ["minister", "called", "the strike illegal and irresponsible"],
    ]);
    expect(brief("The opposition called the election rigged.")).toEqual([
      ["opposition", "called", "the election rigged"],
    ]);
  });
  it("still reads no claim when the gathering is convened (purpose, time, place, end of sentence)", () => {
    expect(en("The union called a strike for Monday.")).toEqual([]);
    expect(en("The speaker called a vote Monday on the budget.")).toEqual([]);
    expect(en("The president called a snap election.")).toEqual([]);
    expect(en("The union called a general strike nationwide.")).toEqual([]);
  });
});

describe("'said that, according to …': an -ing preposition after 'that,' opens an aside inside the clause", () => {
  it("keeps the verb's clause", () => {
    const claims = en("The minister said that, according to the latest figures, unemployment had fallen.");
    expect(claims.find((c) => c.cue.text === "said")?.content.text).toBe(
      "according to the latest figures, unemployment had fallen",
    );
  });
  it("still reads 'rejected that, saying …' as a pronoun object", () => {
    expect(brief("The council rejected that, saying the figures were wrong.")).toEqual([
      ["council", "saying", "the figures were wrong"],
    ]);
  });
});

describe("a family name in «ـة» after a masculine verb is its subject before the occasion or a comma", () => {
  it("reads «وقال المعايطة خلال …», «وأضاف الطراونة، في …», «وطالب الخصاونة في كلمته بـ…»", () => {
    expect(brief("وقال المعايطة خلال مؤتمر صحفي إن الأسعار سترتفع.", run)).toEqual([
      ["المعايطة", "قال", "الأسعار سترتفع"],
    ]);
    expect(brief("وأضاف الطراونة، في تصريح صحفي، أن الحكومة ستتدخل.", run)).toEqual([
      ["الطراونة", "أضاف", "الحكومة ستتدخل"],
    ]);
    expect(brief("وطالب الخصاونة في كلمته بتشكيل لجنة تحقيق.", run)).toEqual([
      ["الخصاونة", "طالب", "بتشكيل لجنة تحقيق"],
    ]);
  });
  it("still reads «ودعا الحكومة إلى …» with the speaker before", () => {
    const claims = run("وقال الوزير إن الأسعار مرتفعة.\nودعا الحكومة إلى التدخل.");
    expect(claims.map((c) => [c.speaker.name, c.content.text])).toEqual([
      ["الوزير", "الأسعار مرتفعة"],
      ["الوزير", "الحكومة إلى التدخل"],
    ]);
  });
});

describe("«يعد/تعد» promises only with a verbal noun after ب, never negated", () => {
  it("reads no promise in «تعد … باهظة», «يعد … باكورة», «بالفعل», «بالغة», «لم يعد بالإمكان»", () => {
    for (const sentence of [
      "وتعد أسعار الشقق باهظة في العاصمة.",
      "ويعد المعرض باكورة الفعاليات الثقافية هذا العام.",
      "وتعد المدينة بالفعل من أهم الوجهات السياحية.",
      "ويعد المشروع بالنسبة للسكان حلا مؤقتا.",
      "وتعد المسألة بالغة الأهمية للاقتصاد.",
      "ولم يعد بالإمكان تأجيل القرار.",
      "ولا يعد الأمر بالسهل على الحكومة.",
    ])
      expect(run(`عنوان\n${sentence}`)).toEqual([]);
  });
  it("still reads «وتعد الحكومة باتخاذ …», «ووعدت الشركة باعادة …», «ووعد الرئيس باستكمال …»", () => {
    expect(brief("عنوان\nوتعد الحكومة باتخاذ إجراءات صارمة.", run)).toEqual([
      ["الحكومة", "تعد", "باتخاذ إجراءات صارمة"],
    ]);
    expect(brief("عنوان\nووعدت الشركة باعادة الأموال إلى العملاء.", run)).toEqual([
      ["الشركة", "وعدت", "باعادة الأموال إلى العملاء"],
    ]);
    expect(brief("عنوان\nووعد الرئيس باستكمال المشاريع المتوقفة.", run)).toEqual([
      ["الرئيس", "وعد", "باستكمال المشاريع المتوقفة"],
    ]);
  });
});

describe("a guessed name stops before a bare construct head in «ة» («صحة التقارير»)", () => {
  it("reads «ونفى وزير الخارجية أحمد عطاف صحة التقارير …» with a two-word name", () => {
    expect(brief("عنوان\nونفى وزير الخارجية أحمد عطاف صحة التقارير الإعلامية.", run)).toEqual([
      ["أحمد عطاف", "نفى", "صحة التقارير الإعلامية"],
    ]);
  });
  it("still runs to a family name with the article («سعيد عوض الزهراني معاناة …»)", () => {
    expect(brief("عنوان\nوأكد المواطن سعيد عوض الزهراني معاناة السكان من انقطاع المياه.", run)).toEqual([
      ["سعيد عوض الزهراني", "أكد", "معاناة السكان من انقطاع المياه"],
    ]);
  });
});

describe("an SVO opening's verb is no bare title's genitive («رئيس تحرير الصحيفة يزور …»)", () => {
  it("keeps the construct in the speaker", () => {
    expect(brief("رئيس تحرير الصحيفة يزور المعرض ويؤكد أن الكتاب الورقي باق.", run)).toEqual([
      ["رئيس تحرير الصحيفة", "يؤكد", "الكتاب الورقي باق"],
    ]);
    expect(brief("مدير تسويق الشركة يفتتح الفرع الجديد ويعلن أن الأسعار ستنخفض.", run)).toEqual([
      ["مدير تسويق الشركة", "يعلن", "الأسعار ستنخفض"],
    ]);
  });
});

describe("a body's bare name after its bare head in a title («مدير مستشفى ناصر محمد صقر»)", () => {
  it("names the holder by the last two words, the body by the words before", () => {
    expect(brief("عنوان\nوقال مدير مستشفى ناصر محمد صقر إن المستشفى ممتلئ.", run)).toEqual([
      ["محمد صقر", "قال", "المستشفى ممتلئ"],
    ]);
    expect(brief("عنوان\nوقالت رئيسة جامعة هارفارد كلودين غاي إن الجامعة ستراجع سياستها.", run)).toEqual([
      ["كلودين غاي", "قالت", "الجامعة ستراجع سياستها"],
    ]);
  });
  it("still reads a definite genitive as the body's («مدير مستشفى المدينة محمد علي»)", () => {
    expect(brief("عنوان\nوقال مدير مستشفى المدينة محمد علي إن المستشفى ممتلئ.", run)).toEqual([
      ["محمد علي", "قال", "المستشفى ممتلئ"],
    ]);
  });
});

describe("«، كما يقول X.» after another speaker's claim in the sentence", () => {
  it("gives X no claim whose content holds the other speaker's frame", () => {
    expect(brief("عنوان\nوقال الوزير إن الأسعار سترتفع، كما يقول رئيس الوزراء.", run)).toEqual([
      ["الوزير", "قال", "الأسعار سترتفع"],
    ]);
  });
  it("still attributes the writer's sentence before «، كما يقول X.»", () => {
    expect(brief("عنوان\nوتعمل الحكومة على خفض الأسعار، كما يقول الخبير الاقتصادي سامي علي.", run)).toEqual([
      ["سامي علي", "يقول", "تعمل الحكومة على خفض الأسعار"],
    ]);
  });
});

describe("'told cabinet colleagues the …': a bare hearer and a plural hearer noun make one hearer", () => {
  it("starts the content after both", () => {
    expect(brief("The minister told cabinet colleagues the budget would be cut.")).toEqual([
      ["minister", "told", "the budget would be cut"],
    ]);
  });
  it("still opens the content at a plural noun that a verb follows ('told parliament reporters had …')", () => {
    expect(brief("The minister told parliament reporters had been misled.")).toEqual([
      ["minister", "told", "reporters had been misled"],
    ]);
  });
});

describe("a closing appositive after 'said X,' that comments on the words is no part of the speaker", () => {
  const mention = (text: string) => en(text)[0]?.speaker.mention?.text;
  it("leaves out 'the first time he has spoken …', 'the latest sign of …'", () => {
    expect(
      mention('"We will appeal," said Tom Reyes, the first time he has spoken publicly about the case.'),
    ).toBe("Tom Reyes");
    expect(mention('"We will appeal," said Tom Reyes, the latest sign of the party\'s anger.')).toBe(
      "Tom Reyes",
    );
  });
  it("still keeps a role ('head of research at …')", () => {
    expect(mention('"We will appeal," said Tom Reyes, head of research at Nordvik Consulting.')).toBe(
      "Tom Reyes, head of research at Nordvik Consulting",
    );
  });
});

describe("a relation in construct with a definite noun before a name («شقيق الضحية محمود علي»)", () => {
  it("names the person, the relation is the title", () => {
    const [a] = run("عنوان\nوقال شقيق الضحية محمود علي إن الشرطة لم تتصل بالعائلة.");
    const [b] = run("عنوان\nوقالت والدة الطفل سعاد حسن إن الشرطة لم تتصل بالعائلة.");
    expect([a?.speaker.name, b?.speaker.name]).toEqual(["محمود علي", "سعاد حسن"]);
  });
  it("still keeps the relation alone when no name follows («وقال شقيق الضحية إن …»)", () => {
    expect(run("عنوان\nوقال شقيق الضحية إن الشرطة لم تتصل بالعائلة.")[0]?.speaker.name).toBe("شقيق الضحية");
  });
});

describe("'The co-founder says …': a reporting -s form after a hyphenated noun is still the verb", () => {
  it("reads 'says', 'argues' after 'co-founder', 'co-author'", () => {
    expect(brief("The co-founder says prices will rise next year.")).toEqual([
      ["co-founder", "says", "prices will rise next year"],
    ]);
    expect(brief("Her co-author argues inflation is falling.")).toEqual([
      ["co-author", "argues", "inflation is falling"],
    ]);
  });
  it("still reads 'his late-night tweets' as a noun", () => {
    expect(en("His late-night tweets attacked the judge.")).toEqual([]);
  });
});
