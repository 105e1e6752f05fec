// Session 28 (pn): shapes met on PolNeAR dev that the team's English gold also reads the same way. Made-up
// sentences; no text here comes from PolNeAR or a fixture.
import { describe, expect, it } from "vitest";
import { englishOn } from "./english.ts";

// 2026-10-06 is a Tuesday
const run = englishOn("2026-10-06");
const LEAD = "The harbour board met on Monday to debate the dredging budget.\n";
const cued = (text: string) => run(`${LEAD}${text}`).map((c) => [c.speaker.name, c.cue.text, c.content.text]);

describe("'the same pressing …' (a participle as an adjective after 'same')", () => {
  it("is no claim", () => {
    expect(cued("It was unclear whether the silt posed the same pressing danger to the ferries.")).toEqual(
      [],
    );
  });
});

describe("'by announcing that …' (a speech participle after 'by')", () => {
  it("reads the that-clause as the subject's", () => {
    expect(cued("The port authority closed the inquiry by announcing that the pier was safe.")).toEqual([
      ["port authority", "announcing", "the pier was safe"],
    ]);
  });
});
