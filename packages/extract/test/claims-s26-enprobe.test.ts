// Session 26 (enprobe): English constructions that made-up reports of small regional papers turned up, each with
// made-up sentences (names and places no fixture or probe has).
import { describe, expect, it } from "vitest";
import { englishOn } from "./english.ts";

const en = englishOn("2026-12-01");
const enSaid = (text: string) => en(text).map((c) => [c.speaker.name, c.content.text]);
const enDated = (text: string) => en(text).map((c) => [c.content.text, c.date]);

describe("a trailing 'told' whose hearer is any plural of people ('told growers in a letter')", () => {
  it("reports the clause before it, not the hearer", () => {
    expect(
      enSaid(
        "Headline\nThe Ostrava Creek mill will not open in spring, the owners told loggers in a letter.",
      ),
    ).toEqual([["owners", "The Ostrava Creek mill will not open in spring"]]);
    expect(
      enDated("Headline\nThe ferry will stop at Pellow Cove, the operator told islanders on Friday.")[0],
    ).toEqual(["The ferry will stop at Pellow Cove", "2026-11-27"]);
  });
});

describe("a request for a thing ('will ask the Legislature for help')", () => {
  it("reports nothing of the asker's, inside a claim or alone", () => {
    expect(
      enSaid("Headline\nMayor Ines Varga says the town will ask the province for help next spring."),
    ).toEqual([["Ines Varga", "the town will ask the province for help next spring"]]);
    expect(enSaid("Headline\nThe board asked the territory for another grant.")).toEqual([]);
  });
});

describe("a weekday that recurs ('every second Sunday', 'every other Friday') in a speaker's description", () => {
  it("dates nothing", () => {
    expect(
      enDated(
        "Headline\n“We were never asked,” said Oda Kelleher, 51, a cook who flies home every second Sunday.",
      )[0],
    ).toEqual(["“We were never asked,”", null]);
    expect(
      enDated(
        "Headline\n“Prices have doubled,” said Lorcan Pybus, 38, who sails to the market every other Friday.",
      )[0],
    ).toEqual(["“Prices have doubled,”", null]);
  });
});

describe("a company whose name ends in a plural of its trade ('Kellet Seafoods', 'Arno Forest Products')", () => {
  it("is the company a trailing 'the company said' names", () => {
    expect(
      enSaid("Headline\nKellet Seafoods will close its plant at Varna Point, the company said."),
    ).toEqual([["Kellet Seafoods", "Kellet Seafoods will close its plant at Varna Point"]]);
    expect(
      enSaid("Headline\nArno Forest Products will cut 40 jobs, the company said on Monday.")[0]?.[0],
    ).toBe("Arno Forest Products");
  });
});
