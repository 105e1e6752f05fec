// Session 13 (left): made-up sentences for the Arabic misses the last session's closing note listed; no text
// here comes from a fixture.
import { describe, expect, it } from "vitest";
import { run } from "./arabic.ts";

const pairs = (text: string): [string | null, string][] =>
  run(text).map((c) => [c.speaker.name, c.content.text]);

describe("a verbal noun of a derived form right after a bare title", () => {
  it("is the verb's object, not the holder's given name («وأعلنت الوزيرة إطلاق المبادرة …»)", () => {
    expect(pairs("وأعلنت الوزيرة إطلاق البرنامج، إلى جانب نظيرها التونسي، خلال مؤتمر صحفي.")).toEqual([
      ["الوزيرة", "إطلاق البرنامج، إلى جانب نظيرها التونسي"],
    ]);
    expect(pairs("وأعلن المحافظ افتتاح السوق الشعبية.")).toEqual([["المحافظ", "افتتاح السوق الشعبية"]]);
  });
  it("keeps a given name of that shape («الوزيرة إيمان …») and a تفعيل name («المدير تحسين …»)", () => {
    expect(pairs("وأكدت الوزيرة إيمان الشريف أن البرنامج سينطلق.")).toEqual([
      ["إيمان الشريف", "البرنامج سينطلق"],
    ]);
    expect(pairs("وقال المدير تحسين الجابري إن البرنامج سينطلق.")).toEqual([
      ["تحسين الجابري", "البرنامج سينطلق"],
    ]);
    expect(pairs("وأكد العميد إيهاب النجار أن البرنامج سينطلق.")).toEqual([
      ["إيهاب النجار", "البرنامج سينطلق"],
    ]);
  });
});

describe("an admission's ب-object with an indefinite genitive right after a title", () => {
  it("reads «واعترف الوزير بوجود تقصير في …» as the title's admission", () => {
    expect(pairs("واعترف المدير بوجود خلل في نظام الحجز.")).toEqual([["المدير", "بوجود خلل في نظام الحجز"]]);
  });
  it("keeps a name that starts with ب before a complementizer or a name joiner", () => {
    expect(pairs("واعترف الوزير بلال حسن أن الحكومة تأخرت.")).toEqual([["بلال حسن", "الحكومة تأخرت"]]);
    expect(pairs("وأكد الوزير بدر بن محمد، في مؤتمر صحفي، بأن الحكومة تأخرت.")).toEqual([
      ["بدر بن محمد", "الحكومة تأخرت"],
    ]);
    expect(pairs("واعترف الوزير باسل خوري، في مقابلة إذاعية، بأن الحكومة تأخرت.")).toEqual([
      ["باسل خوري", "الحكومة تأخرت"],
    ]);
  });
});

describe("the given name «لامين» after a title", () => {
  it("is a name, not «ل» and the title «أمين»", () => {
    expect(run("وقال لاعب الوداد لامين سيسي إن الفريق جاهز للنهائي.").map((c) => c.speaker.name)).toEqual([
      "لامين سيسي",
    ]);
    expect(run("وقال المهاجم لامين ديالو إن الفريق جاهز.").map((c) => c.speaker.name)).toEqual([
      "لامين ديالو",
    ]);
  });
});

describe("a second group of people joined by «و»", () => {
  it("is one speaker with the first («شهود ومسعفون», «أطباء وممرضون»)", () => {
    const claims = run(
      "وقال شهود ومسعفون إن الغارة أصابت سوقا شعبية. وقال أطباء وممرضون إن المستشفى بلا وقود.",
    );
    expect(claims.map((c) => c.speaker.name)).toEqual(["شهود ومسعفون", "أطباء وممرضون"]);
  });
});

describe("a headline whose words before the colon are a clause («X يزور …: …»)", () => {
  it("has the clause's subject for speaker, not the clause", () => {
    const [c] = run("وزير الصحة يتفقد المستشفى: الأجهزة ستصل الشهر المقبل\nتفقد وزير الصحة المستشفى أمس.");
    expect(c && [c.cue.text, c.speaker.name, c.content.text]).toEqual([
      ":",
      "وزير الصحة",
      "الأجهزة ستصل الشهر المقبل",
    ]);
  });
  it("keeps a name the body gives its speaker («وزير الخارجية يوسف …: …» over «وقال يوسف …»)", () => {
    const [c] = run("وزير الخارجية يوسف بن علوي: المحادثات مثمرة\nوقال بن علوي إن المحادثات مثمرة.");
    expect(c?.speaker.name).toBe("يوسف بن علوي");
    const [d] = run("الناطق باسم الحركة يحيى منصور: المفاوضات متعثرة تماما\nأعلنت الحركة تعليق المفاوضات.");
    expect(d?.speaker.name).toBe("يحيى منصور");
  });
});

describe("a proverb or a saying as the subject of a verb of saying", () => {
  it("is nobody's statement", () => {
    expect(run('وكما يقول المثل الشعبي: "الجار قبل الدار". ويقول المثل إن الصبر مفتاح الفرج.')).toEqual([]);
  });
});
