// Session 24 (enleft): English leftovers the session's probes found. Made-up sentences; none comes from a
// fixture or a probe.
import { describe, expect, it } from "vitest";
import { englishOn } from "./english.ts";

const en = englishOn("2026-11-20");
const said = (text: string) => en(text).map((c) => [c.speaker.name, c.content.text]);

describe("a belief or an expectation that opens words given before their cue", () => {
  it("is part of those words, not a claim of its own", () => {
    expect(said("Analysts expect the harbour works to finish by May, the port authority said.")).toEqual([
      ["port authority", "Analysts expect the harbour works to finish by May"],
    ]);
    expect(said("Growers believe the frost killed half the crop, the cooperative said on Monday.")).toEqual([
      ["cooperative", "Growers believe the frost killed half the crop"],
    ]);
  });
  it("keeps a weak verb's claim there", () => {
    expect(said("Parents welcomed the new bus route, Councillor Ames said.")).toEqual([
      ["Parents", "the new bus route"],
      ["Ames", "Parents welcomed the new bus route"],
    ]);
  });
});

describe("a headline of wanting with a noun object", () => {
  it("is no claim when a participle modifies a noun after a preposition", () => {
    expect(
      said(
        "Fishers want clarity on delayed fuel subsidies\n\nCASTRIES, St Lucia - Fishers said on Monday the subsidy had not been paid since June.",
      ),
    ).toEqual([["Fishers", "the subsidy had not been paid since June"]]);
  });
});

describe("a describing word before a plural of people after “with” or a quantifier", () => {
  it("is part of the speaker", () => {
    expect(
      said("The depot shut on Friday, with many disabled passengers saying they could not reach the city."),
    ).toEqual([["disabled passengers", "they could not reach the city"]]);
    expect(said("The school closed early and local parents said nobody had warned them.")).toEqual([
      ["local parents", "nobody had warned them"],
    ]);
  });
});

describe("a capitalised particle in a family name after an office and its seat", () => {
  it("opens the family name, after the given name", () => {
    const [claim] = en("Member for Otago Central Pieter Du Toit said the bridge would reopen in June.");
    expect([claim?.speaker.name, claim?.speaker.titles]).toEqual([
      "Pieter Du Toit",
      ["Member for Otago Central"],
    ]);
  });
});
