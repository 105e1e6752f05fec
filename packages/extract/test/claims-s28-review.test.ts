// Session 28 (review): a body known only by a description — "heritage body", "the charity", "the organisation"
// and "the operator", "the company", "the utility" — named in one pass (made-up sentences; names no fixture has).
import { describe, expect, it } from "vitest";
import { englishOn } from "./english.ts";

const en = englishOn("2026-11-25");
const speakers = (text: string) => en(text).map((c) => c.speaker.name);

describe("a body described as of any kind ('heritage body', 'the charity', 'the organisation')", () => {
  it("is, in a headline, the one body the lede names, and in the body the latest named body quoted", () => {
    expect(
      speakers(
        "Canal towpath will stay closed until spring, says heritage body\n" +
          "By Mira Colquhoun\n" +
          "The towpath at Ostrel Lock will stay closed all winter, the Ostrel Canal Trust has announced.\n" +
          "In a statement on Tuesday, the charity said the lock gates had rotted.",
      ),
    ).toEqual(["Ostrel Canal Trust", "Ostrel Canal Trust", "Ostrel Canal Trust"]);
    expect(
      speakers(
        "Volunteers will plant 4,000 trees along the Fenner estuary this winter.\n" +
          "The Fenner Wildlife Partnership said on Monday the planting would start in December.\n" +
          "The organisation said it still needed volunteers.",
      ),
    ).toEqual(["Fenner Wildlife Partnership", "Fenner Wildlife Partnership"]);
  });

  it("is the body the next paragraph names when the lede under a headline gives only the description", () => {
    expect(
      speakers(
        "Tree planting to start in December\n" +
          "Volunteers will plant 4,000 trees along the Fenner estuary this winter, the charity has said.\n" +
          "The Fenner Wildlife Partnership said on Monday the planting would start in December.",
      ),
    ).toEqual(["Fenner Wildlife Partnership", "Fenner Wildlife Partnership"]);
  });

  it("is no guess when another body speaks in the story", () => {
    expect(
      speakers(
        "Tree planting to start in December\n" +
          "Volunteers will plant 4,000 trees along the Fenner estuary this winter, the charity has said.\n" +
          "The Fenner Wildlife Partnership said on Monday the planting would start in December.\n" +
          "Marrow Haulage Ltd said it would lend lorries.",
      )[0],
    ).not.toBe("Marrow Haulage Ltd");
  });
});

describe("a lede's company described by its kind ('the operator', 'the company', 'the utility')", () => {
  it("is the company of that kind the next paragraph names", () => {
    expect(
      speakers(
        "Ferry fares will rise by 8 per cent in April, the operator has confirmed.\n" +
          "In a statement on Monday, Sallow Sound Ferries said fuel costs had doubled.",
      ),
    ).toEqual(["Sallow Sound Ferries", "Sallow Sound Ferries"]);
    expect(
      speakers(
        "Water bills will rise in April, the utility says.\nGrenlow Water said on Monday its costs had doubled.",
      ),
    ).toEqual(["Grenlow Water", "Grenlow Water"]);
  });

  it("stays a description for a name of another kind, or when two companies speak", () => {
    expect(
      speakers(
        "Water bills will rise in April, the utility says.\nGrenlow Logistics said on Monday its costs had doubled.",
      ),
    ).toEqual(["utility", "Grenlow Logistics"]);
    expect(
      speakers(
        "The company said on Monday it would shut the depot.\n" +
          "Petterby Freight Ltd said the depot had lost money.\n" +
          "Marrow Haulage Ltd said it would take on the drivers.",
      ),
    ).toEqual(["company", "Petterby Freight Ltd", "Marrow Haulage Ltd"]);
  });
});
