// Session 27 (enlink): a body the opening paragraphs give only by its kind ("the operator", "the company", "the
// utility") is the body of that kind the next paragraphs name (made-up sentences; names no fixture or probe has).
import { describe, expect, it } from "vitest";
import { englishOn } from "./english.ts";

const en = englishOn("2026-11-25");
const speakers = (text: string) => en(text).map((c) => c.speaker.name);

describe("a lede's 'the operator' / 'the company' / 'the utility' named in the next paragraphs", () => {
  it("takes the company's name", () => {
    expect(
      speakers(
        "Bus fares in Larchmouth will rise by 10 per cent from March, the operator has confirmed.\n" +
          "In a statement on Monday, Tarnwick Coaches said the rise reflected fuel costs.",
      ),
    ).toEqual(["Tarnwick Coaches", "Tarnwick Coaches"]);
    expect(
      speakers(
        "The operator of the island's ferry says fares will rise in March.\n" +
          "Bay Ferries Ltd said on Monday fuel costs had doubled.",
      ),
    ).toEqual(["Bay Ferries Ltd", "Bay Ferries Ltd"]);
    expect(
      speakers(
        "The company said on Monday it would close the mill.\n" +
          "Hollin Timber Ltd employs 200 people in the valley.\n" +
          "Hollin Timber Ltd said the decision was final.",
      ),
    ).toEqual(["Hollin Timber Ltd", "Hollin Timber Ltd"]);
  });

  it("takes a utility's name only from a name that shows a utility", () => {
    expect(
      speakers(
        "The utility says power cuts will end by Friday.\nNorth Vale Power said on Monday two lines were repaired.",
      ),
    ).toEqual(["North Vale Power", "North Vale Power"]);
  });

  it("leaves the description when two companies speak, or the body named is no company", () => {
    expect(
      speakers(
        "The company said on Monday it would close the mill.\n" +
          "Quarrow Logistics said it would lose its biggest client.\n" +
          "Hollin Timber Ltd said the decision was final.",
      ),
    ).toEqual(["company", "Quarrow Logistics", "Hollin Timber Ltd"]);
    expect(
      speakers(
        "The company said on Monday it would close the mill.\n" +
          "Hollin Timber Ltd said the decision was final.\n" +
          "A rival, Quarrow Timber Ltd, said it would hire the workers.",
      ),
    ).toEqual(["company", "Hollin Timber Ltd", "Quarrow Timber Ltd"]);
    expect(
      speakers(
        "The company said on Monday it would close the mill.\n" +
          "The Brackley Growers Association said the decision was a blow.",
      ),
    ).toEqual(["company", "Brackley Growers Association"]);
  });
});
