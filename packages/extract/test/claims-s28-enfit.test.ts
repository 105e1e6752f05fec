// Session 28 (enfit): English shapes of set AJ, each with made-up sentences (names and places no fixture has).
import { describe, expect, it } from "vitest";
import { englishOn } from "./english.ts";

const en = englishOn("2026-11-26");
const enSaid = (text: string) => en(text).map((c) => [c.speaker.name, c.content.text]);
const enNamed = (text: string) => en(text).map((c) => [c.speaker.name, c.date]);

describe("'welcomed the terms of the levy but said …' (a reception of a thing, then words)", () => {
  it("is one claim, the words after 'but said'", () => {
    expect(
      en(
        "The Fenwick Growers’ Union, in a statement issued on Monday, welcomed the terms of the new levy but said its members had “grave doubts” about the timing.",
      ).map((c) => c.cue.text),
    ).toEqual(["said"]);
  });
});

describe("'He said … at the gates, however.' (the writer's sentence adverb after the content)", () => {
  it("ends the content before ', however'", () => {
    expect(
      enSaid(
        "Ilse Corrigan, the harbourmaster, said the pilots would board every tanker at the outer buoy, however.",
      ),
    ).toEqual([["Ilse Corrigan", "the pilots would board every tanker at the outer buoy"]]);
  });
});
