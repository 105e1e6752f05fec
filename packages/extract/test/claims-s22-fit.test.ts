// Session 22 (fit): the constructions Arabic batch 35 and English set AD turned up, each with made-up sentences
// (names, places and outlets that no fixture has).
import { describe, expect, it } from "vitest";
import { run } from "./arabic.ts";
import { englishOn } from "./english.ts";

const said = (text: string, publishedAt?: string) =>
  run(text, publishedAt).map((c) => [c.speaker.name, c.content.text]);
const en = englishOn("2026-10-15");
const enSaid = (text: string) => en(text).map((c) => [c.speaker.name, c.content.text, c.date]);

describe("a minister of two portfolios, the first of two words ('Natural Resources and Commerce Minister X')", () => {
  it("is one title before the person, not two people joined by 'and'", () => {
    expect(
      enSaid("Natural Resources and Commerce Minister Halima Orsted told lawmakers that the levy would stay."),
    ).toEqual([["Halima Orsted", "the levy would stay", null]]);
    expect(enSaid("Primary Industries and Energy Minister Corwin Blaise said ferry fares would rise.")).toEqual([
      ["Corwin Blaise", "ferry fares would rise", null],
    ]);
    expect(enSaid("Foreign Affairs and Trade Minister Odile Marsh said the talks had stalled.")).toEqual([
      ["Odile Marsh", "the talks had stalled", null],
    ]);
  });
  it("and her pronoun in the next quote goes to her with her day, not to the body quoted before", () => {
    const text =
      "The Kestrel Mining Company said on Monday that the spill was contained. " +
      "Mineral Resources and Water Minister Petra Vanek said on Tuesday the inquiry would go ahead. " +
      "“Nobody is above the rules,” she said.";
    expect(enSaid(text)).toEqual([
      ["Kestrel Mining Company", "the spill was contained", "2026-10-12"],
      ["Petra Vanek", "the inquiry would go ahead", "2026-10-13"],
      ["Petra Vanek", "“Nobody is above the rules,”", "2026-10-13"],
    ]);
  });
  it("still splits two people when the first is a person's name", () => {
    const claims = en("Amos Kettering and Finance Minister Lydia Brandt said the budget was balanced.");
    expect(claims[0]?.speaker.name).toBe("Amos Kettering");
  });
});
