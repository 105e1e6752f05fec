// Session 24 (pn): shapes of news English that PolNeAR dev showed the rules missing, each with made-up sentences
// (names, places and outlets that no fixture or corpus has).
import { describe, expect, it } from "vitest";
import { englishOn } from "./english.ts";

const en = englishOn("2026-10-15");
const enSaid = (text: string) => en(text).map((c) => [c.speaker.name, c.cue.text, c.content.text]);

describe("'…, she said, referring to …': a pointing participle after the reporting clause", () => {
  it("ends the content before the reporting clause", () => {
    expect(
      enSaid(
        "The harbour fees were “squeezed to the breaking point” to pay for the new pier, Mayor Tilda Brannock said, referring to the council’s latest budget.",
      ),
    ).toEqual([
      [
        "Tilda Brannock",
        "said",
        "The harbour fees were “squeezed to the breaking point” to pay for the new pier",
      ],
    ]);
    expect(
      enSaid(
        "The ferry timetable was a joke, Councillor Ewan Marsh said, referencing the winter cancellations.",
      ),
    ).toEqual([["Ewan Marsh", "said", "The ferry timetable was a joke"]]);
  });
  it("still reads a gerund after the parenthetical as the content going on", () => {
    const [claim] = en(
      "Though it was modest, Councillor Ewan Marsh said, replacing the fleet would be costly.",
    );
    expect(claim?.content.text.endsWith("replacing the fleet would be costly")).toBe(true);
  });
});

describe("a cue noun with no owner: 'amid growing concerns that …', 'dogged by charges that …', 'a tacit acknowledgment that …'", () => {
  it("takes the clause after the noun, with no speaker", () => {
    const claims = (text: string) => en(text).map((c) => [c.speaker.mention, c.cue.text, c.content.text]);
    expect(
      claims("Fishing crews met on Friday amid growing concerns that the quota would be cut again."),
    ).toEqual([[null, "concerns", "the quota would be cut again"]]);
    expect(
      claims("For years the clinic has been dogged by charges that it overbilled its patients."),
    ).toEqual([[null, "charges", "it overbilled its patients"]]);
    expect(
      claims("The mayor's speech carried a tacit acknowledgment that the bypass would not be built."),
    ).toEqual([[null, "acknowledgment", "the bypass would not be built"]]);
  });
  it("leaves 'a pledge to …' and a singular after a preposition alone", () => {
    expect(en("The bakery opened in 2019 with a pledge to hire local staff.")).toEqual([]);
    expect(en("The road closed amid concern that the bridge was unsafe.")).toEqual([]);
  });
});

describe("'warned X to …' and 'told X to …' with a relative 'that' inside the infinitive", () => {
  it("keeps the infinitive whole instead of starting at the relative's verb", () => {
    expect(enSaid("The harbourmaster warned skippers to avoid moorings that had not been dredged.")).toEqual([
      ["harbourmaster", "warned", "skippers to avoid moorings that had not been dredged"],
    ]);
    expect(
      enSaid(
        "Mayor Rosalind Okafor said the levy was fair and warned the ferry company to drop charges that would hurt islanders.",
      ),
    ).toEqual([
      ["Rosalind Okafor", "said", "the levy was fair"],
      ["Rosalind Okafor", "warned", "the ferry company to drop charges that would hurt islanders"],
    ]);
    expect(enSaid("The mayor told residents to avoid roads that were flooded.")).toEqual([
      ["mayor", "told", "to avoid roads that were flooded"],
    ]);
  });
  it("still takes the 'that' after the hearer as the content's", () => {
    expect(enSaid("The harbourmaster warned skippers that the channel would close.")).toEqual([
      ["harbourmaster", "warned", "the channel would close"],
    ]);
  });
});

describe("a report inside a 'that' clause of a word that is no noun ('to reflect that X is calling for …')", () => {
  it("reads the report, not an object relative", () => {
    expect(
      enSaid(
        "The story was corrected to reflect that Councillor Ines Barrow is calling for a review of the tender, not that she is calling for the tender to be cancelled.",
      ),
    ).toEqual([
      ["Ines Barrow", "is calling for", "a review of the tender"],
      ["Ines Barrow", "is calling for", "the tender to be cancelled"],
    ]);
    expect(enSaid("Growers were relieved that the minister said the quota would stay.")).toEqual([
      ["minister", "said", "the quota would stay"],
    ]);
  });
  it("still reads an object relative's gap ('the review that X is calling for would …')", () => {
    expect(
      en("The review that Councillor Ines Barrow is calling for would cost millions.").map(
        (c) => c.content.text,
      ),
    ).toEqual(["would cost millions"]);
  });
});
