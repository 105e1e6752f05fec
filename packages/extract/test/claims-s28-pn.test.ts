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

describe("a transcript's turn over several paragraphs (no label on the later ones)", () => {
  const TRANSCRIPT = [
    "Part of the radio interview follows.",
    "HOST: Will the ferry run on Sunday?",
    "MORALES: No, it will not. The hull needs new plates.",
    "The yard cannot take it before March, and the spare boat is too small.",
    "(CROSSTALK)",
    "HOST: And the cost?",
    "MORALES: Nobody knows yet.",
    "Listen to the full show on our website.",
  ].join("\n\n");
  it("runs on to the stage direction before the next label", () => {
    expect(run(TRANSCRIPT).map((c) => [c.speaker.name, c.content.text])).toEqual([
      [
        "MORALES",
        "No, it will not. The hull needs new plates.\n\nThe yard cannot take it before March, and the spare boat is too small",
      ],
      ["MORALES", "Nobody knows yet"],
    ]);
  });
  it("runs on to the next label, and the last turn keeps to its own paragraph", () => {
    const text = TRANSCRIPT.replace("(CROSSTALK)\n\n", "");
    expect(run(text).map((c) => c.content.text)).toEqual([
      "No, it will not. The hull needs new plates.\n\nThe yard cannot take it before March, and the spare boat is too small",
      "Nobody knows yet",
    ]);
  });
});

describe("a straight quote holding a curly one (“…”) in the same paragraph", () => {
  it("is one quotation, closed by the straight mark", () => {
    expect(
      cued(
        'The pollster continued: "Nobody trusts the count, and here is how we asked it: “Should the vote be rerun?” Fifty-two, yes; forty, no."',
      ),
    ).toEqual([
      [
        "pollster",
        "continued",
        '"Nobody trusts the count, and here is how we asked it: “Should the vote be rerun?” Fifty-two, yes; forty, no."',
      ],
    ]);
  });
  it("still closes on a curly mark that is a typesetting slip (no straight mark after it)", () => {
    expect(cued('The skipper said: "We sail at dawn. Pack light,“ and left the quay.')).toEqual([
      ["skipper", "said", '"We sail at dawn. Pack light,“'],
    ]);
  });
});
