// Session 19 (pnedge): edges and speakers of claims found on PolNeAR dev, in news writing's general shapes.
// Made-up sentences; no text here comes from a fixture or from PolNeAR.
import { describe, expect, it } from "vitest";
import { englishOn, said } from "./english.ts";

// (a Wednesday)
const en = englishOn("2026-06-10");
const speaker = (text: string, content: string) => {
  const c = said(en(text), content);
  return [c?.speaker?.name ?? null, c?.speaker?.mention?.text ?? null];
};

describe("a closing participle speaks for its own sentence's subject, not the speaker before it", () => {
  it("takes a counted subject after an opening adjunct", () => {
    expect(
      speaker(
        "Farmers worry about the dam. In May, several farming groups gave the company more time, saying its budget was smaller than expected.",
        "its budget",
      ),
    ).toEqual(["several farming groups", "several farming groups"]);
    expect(
      speaker(
        "Critics doubt the plan. In a widely read column last week, two Labour speechwriters implored her to drop it, arguing that it hurt the party.",
        "it hurt the party",
      ),
    ).toEqual(["two Labour speechwriters", "two Labour speechwriters"]);
  });
  it("reads past an opening adjunct that goes on after a comma with 'as well as'", () => {
    expect(
      speaker(
        "Analysts agreed it was still a costly plan. Chastened by the reviews, as well as complaints over its costs, Smith revised his plan, promising to cut fares.",
        "to cut fares",
      ),
    ).toEqual(["Smith", "Smith"]);
  });
  it("keeps the counted people after 'of'", () => {
    expect(
      speaker(
        "Wage protest\nThousands of garment workers blocked the highway for five hours yesterday, demanding payment of their arrears.",
        "payment of their arrears",
      ),
    ).toEqual(["Thousands of garment workers", "Thousands of garment workers"]);
  });
  it("does not take a span of time for the subject", () => {
    expect(
      speaker(
        "Officials met on Monday. Two days later, the mayor closed the bridge, saying it was unsafe.",
        "unsafe",
      ),
    ).toEqual(["mayor", "the mayor"]);
  });
});

describe("people described by a participle and a preposition of place speak, not the place", () => {
  it("takes the plural head before 'marching through', 'living near'", () => {
    expect(
      speaker(
        'Curfew\nProtesters marching through the streets chanted "No more cuts" until midnight.',
        "No more cuts",
      ),
    ).toEqual(["Protesters marching through the streets", "Protesters marching through the streets"]);
    expect(
      speaker("Spill\nSome residents living near the plant said the water smelled of fuel.", "the water"),
    ).toEqual(["Some residents living near the plant", "Some residents living near the plant"]);
  });
  it("leaves the agent of a passive participle alone", () => {
    expect(
      speaker(
        "Spill\nFigures provided by the Ministry of Health in March showed the fines had doubled.",
        "the fines",
      )[1],
    ).toBe("Figures provided by the Ministry of Health in March");
  });
});

describe("a report named in an opening adjunct is the occasion, not a source", () => {
  const cues = (text: string) => en(text).map((c) => [c.cue.text, c.speaker?.name ?? null]);
  it("reads 'report' after 'After the Herald' or 'In the wake of the Herald' as the noun", () => {
    expect(cues("Tax row\nAfter the Herald report, Smith resigned from the board.")).toEqual([]);
    expect(
      cues(
        "Tax row\nIn the wake of the Herald report, Smith resigned from the board. Smith said he was innocent.",
      ),
    ).toEqual([["said", "Smith"]]);
  });
  it("keeps a poll that frames the sentence and a plural subject's verb", () => {
    expect(cues("Tax row\nIn the latest Herald poll, Smith leads Jones by six points.")).toEqual([
      ["In", "latest Herald poll"],
    ]);
    expect(cues("Tax row\nOfficials in the Treasury report, in a memo, that revenue fell.")).toEqual([
      ["report", "Officials in the Treasury"],
    ]);
  });
});

describe("an object ends before the platform it was put out on", () => {
  const contents = (text: string) => en(text).map((c) => c.content.text);
  it("drops 'on Twitter', 'on its website' and their day after an object", () => {
    expect(
      contents("Row\nA reporter for the Herald spotted Smith and reported her presence on Twitter."),
    ).toEqual(["her presence"]);
    expect(contents("Row\nThe party noted the comments on its website.")).toEqual(["the comments"]);
    expect(contents("Row\nThe mayor denied the claims on Twitter on Monday night.")).toEqual(["the claims"]);
  });
  it("keeps the platform inside a clause the speaker reports", () => {
    expect(contents("Row\nThe mayor said the council had posted the photos on Facebook.")).toEqual([
      "the council had posted the photos on Facebook",
    ]);
  });
});

describe("the one addressed before a colon is no part of the quoted words", () => {
  it("starts the content at the quotation after 'scolded him:'", () => {
    expect(
      en("Row\nSen. Jane Roe scolded him: “The evidence is against you on every count,” she said.").map(
        (c) => c.content.text,
      ),
    ).toEqual(["“The evidence is against you on every count,”"]);
  });
});

describe("a closing participle after a relative clause's claim", () => {
  it("speaks for the main clause's subject, not for 'who'", () => {
    expect(
      speaker(
        "Row\nThe mayor met a builder who said he was cheated, saying the city would pay him.",
        "the city would pay",
      ),
    ).toEqual(["mayor", "The mayor"]);
  });
});
