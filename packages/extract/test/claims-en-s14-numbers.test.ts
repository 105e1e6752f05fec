// Reported words that open with a number: a thousands comma ("4,200") is part of the number, not a clause
// comma, and a number after the hearer opens the words. Made-up sentences.
import { describe, expect, it } from "vitest";
import { englishOn } from "./english.ts";

const en = englishOn("2026-11-20");
const brief = (text: string) => en(text).map((c) => [c.speaker.name, c.cue.text, c.content.text]);

describe("a comma-grouped number opening the words after a speaker set off by commas", () => {
  it("keeps the speaker and the number whole", () => {
    expect(brief("Ann Lee, the registrar, said 4,200 nurses had been licensed this year.")).toEqual([
      ["Ann Lee", "said", "4,200 nurses had been licensed this year"],
    ]);
    expect(brief("Tom Reyes, 61, warned 1,500,000 doses could spoil.")).toEqual([
      ["Tom Reyes", "warned", "1,500,000 doses could spoil"],
    ]);
    expect(brief("Mia Ford, the treasurer, added 2,400-strong crowds were expected.")).toEqual([
      ["Mia Ford", "added", "2,400-strong crowds were expected"],
    ]);
  });
  it("keeps the number whole after a hearer", () => {
    expect(brief("The minister told reporters 4,200 nurses had been licensed.")).toEqual([
      ["minister", "told", "4,200 nurses had been licensed"],
    ]);
    expect(brief("The chief constable, Ray Holt, told the BBC 1,800 officers were off sick.")).toEqual([
      ["Ray Holt", "told", "1,800 officers were off sick"],
    ]);
  });
  it("still reads the inverted order and a date before the number", () => {
    expect(brief("3,100 homes remain without power, the utility said.")).toEqual([
      ["utility", "said", "3,100 homes remain without power"],
    ]);
    expect(brief("The mayor said on Monday 1,200 homes had flooded.")).toEqual([
      ["mayor", "said", "1,200 homes had flooded"],
    ]);
  });
});

describe("a number right after the hearer opens the words", () => {
  it("keeps the number in the words, not in the hearer", () => {
    expect(brief("The coach told reporters 40 players had been tested.")).toEqual([
      ["coach", "told", "40 players had been tested"],
    ]);
    expect(brief("The dean told Reuters 12% of students had dropped out.")).toEqual([
      ["dean", "told", "12% of students had dropped out"],
    ]);
  });
  it("still reads a station's channel number as the hearer's", () => {
    expect(brief("The sheriff told KTVB 7 on Friday the road was closed.")).toEqual([
      ["sheriff", "told", "the road was closed"],
    ]);
  });
});

describe("a number right after the medium opens the words", () => {
  it("leaves 'in a statement' out of the words", () => {
    expect(brief("The bakery said in a statement 2,500 loaves had been recalled.")).toEqual([
      ["bakery", "said", "2,500 loaves had been recalled"],
    ]);
    expect(brief("The club wrote in a letter 30 members had resigned.")).toEqual([
      ["club", "wrote", "30 members had resigned"],
    ]);
  });
});
