// Arabic known misses carried from session 6. Made-up sentences: one per rule.
import { describe, expect, it } from "vitest";
import { run } from "./arabic.ts";

const who = (text: string) => run(text).map((c) => [c.speaker.name, c.speaker.mention?.text ?? null]);

describe("a hearer in a ل-phrase after the speaker («وقال مدير المصنع لعمال الشركة إن …»)", () => {
  it("is not part of the speaker", () => {
    const cs = run(
      "وقال مدير الميناء لموظفي الجمارك إن التفتيش سيبدأ غدا. وأكد المحافظ لأهالي القرية أن الطريق سيفتح.",
    );
    expect(cs.map((c) => [c.speaker.mention?.text, c.content.text])).toEqual([
      ["مدير الميناء", "التفتيش سيبدأ غدا"],
      ["المحافظ", "الطريق سيفتح"],
    ]);
  });
});

describe("a portfolio in construct with its country («رئيس وزراء ماليزيا أنور إبراهيم»)", () => {
  it("is the title; the name follows it", () => {
    expect(
      who(
        "وقال رئيس وزراء النرويج كارل هولم إن بلاده ستدعم الصندوق. وقالت نائبة وزير خارجية تشيلي ماريا سوتو إن الاتفاق قريب. وقال وزير دفاع الاحتلال آفي شمعون إن العملية مستمرة.",
      ),
    ).toEqual([
      ["كارل هولم", "رئيس وزراء النرويج كارل هولم"],
      ["ماريا سوتو", "نائبة وزير خارجية تشيلي ماريا سوتو"],
      ["آفي شمعون", "وزير دفاع الاحتلال آفي شمعون"],
    ]);
  });
});
