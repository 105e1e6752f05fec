// Session 27 (enprobe): English shapes the probe reports showed, each with made-up sentences (names and places no
// fixture or probe has).
import { describe, expect, it } from "vitest";
import { englishOn } from "./english.ts";

const en = englishOn("2026-11-25");
const enNamed = (text: string) => en(text).map((c) => [c.speaker.name, c.content.text]);

describe("'X said the board would ask Y to …, adding that …'", () => {
  it("is X's participle, not the board's inside X's words", () => {
    const text =
      "Harbour chief Lena Osei said on Tuesday the port would open in May.\n" +
      "Ms Osei said the board would ask the builder to hire local crews, adding that 20 people had already applied.";
    expect(enNamed(text)).toEqual([
      ["Lena Osei", "the port would open in May"],
      ["Lena Osei", "the board would ask the builder to hire local crews"],
      ["Lena Osei", "20 people had already applied"],
    ]);
  });
});

describe("'…, according to X' after a paragraph of the writer's (a question put to X)", () => {
  it("goes on with X's words at the dated hearing", () => {
    const text =
      "The water board told the Assembly on Friday that rationing would go on.\n" +
      "Speaking at the same hearing, board engineer Tavita Mose said two pumps had failed.\n" +
      "Assembly member Rosa Lind asked Mose why the pumps had not been replaced.\n" +
      "The parts were late because the board could not pay the supplier, according to Mose.";
    expect(en(text, "2026-12-01").map((c) => [c.speaker.name, c.date])).toEqual([
      ["water board", "2026-11-27"],
      ["Tavita Mose", "2026-11-27"],
      ["Tavita Mose", "2026-11-27"],
    ]);
  });
});
