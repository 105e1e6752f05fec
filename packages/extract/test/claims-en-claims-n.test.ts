import { describe, expect, it } from "vitest";
import { extract } from "../src/index.ts";

// Made-up sentences for the English claim and date rules fitted after set N.
const run = (text: string, publishedAt = "2026-04-16") =>
  extract({ text, publishedAt, lang: "en" }).claims.map((c) => ({
    mention: c.speaker.mention?.text ?? null,
    cue: c.cue.text,
    content: c.content.text,
    date: c.date,
  }));

describe("English claims fitted after set N", () => {
  it("reads counsel's 'submitted that' and 'informed the court that' as claims, not a submitted object", () => {
    const out = run(
      "Senior advocate R. Dutta, appearing for the traders, submitted that the market had stood there since 1962. The Advocate-General informed the court that the plan had been withdrawn. The firm submitted its accounts in May. The police informed the family on Sunday.",
    );
    expect(out.map((c) => c.cue)).toEqual(["submitted", "informed"]);
    expect(out[0]?.content).toBe("the market had stood there since 1962");
    expect(out[1]?.content).toBe("the plan had been withdrawn");
  });
  it("reads 'has served notice that' as a two-word cue, not 'served' alone", () => {
    const out = run(
      "The opposition has served notice that it will block the budget. She served on the council for a decade.",
    );
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ cue: "has served notice", content: "it will block the budget" });
  });
  it("ends the content before the speaker's refusal ('but declined to say …')", () => {
    const out = run(
      "A spokesperson for the ministry confirmed the shipment had arrived but declined to say where it was stored. The bank said profits rose, but would not say by how much.",
    );
    expect(out.map((c) => c.content)).toEqual(["the shipment had arrived", "profits rose"]);
  });
  it("reads a compound job title of lowercase nouns before the name ('fire information officer X told …')", () => {
    const out = run(
      'River expected to crest, says emergency information officer, as rain returns\n"Crews held the line overnight," fire information officer Dana Morrow told reporters on Wednesday.',
    );
    expect(out.map((c) => [c.mention, c.content])).toEqual([
      ["emergency information officer", "River expected to crest"],
      ["fire information officer Dana Morrow", '"Crews held the line overnight,"'],
    ]);
  });
  it("does not date a statement by a day after publication ('adjourned to Tuesday, July 7, 2026, after X indicated …')", () => {
    const out = run(
      "Senators clash over fuel levy\nDebating the Fuel Levy Bill in the Senate yesterday, Senator Ama Kwarteng said the levy would hurt farmers.\nThe chair adjourned the sitting to Tuesday, July 7, 2026, after the whip, Hon. Kofi Mensah, indicated that more members wished to speak.",
      "2026-06-26",
    );
    expect(out.map((c) => c.date)).toEqual(["2026-06-25", "2026-06-25"]);
  });
  it("dates 'According to her, …' as the words of the speaker just quoted, not an undated source", () => {
    const out = run(
      "Debating the Fuel Levy Bill in the Senate yesterday, Senator Ama Kwarteng said the levy would hurt farmers.\nAccording to her, the government had ignored the farmers.",
      "2026-06-26",
    );
    expect(out.map((c) => [c.cue, c.date])).toEqual([
      ["said", "2026-06-25"],
      ["According to", "2026-06-25"],
    ]);
  });
  it("leaves a headline's kicker ('Exclusive:') out of the content", () => {
    const out = run(
      "Exclusive: Danish shipper weighs bid for port operator, sources say\nThe talks are at an early stage.",
    );
    expect(out[0]).toMatchObject({
      mention: "sources",
      content: "Danish shipper weighs bid for port operator",
    });
  });
});
