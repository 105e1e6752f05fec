// Session 26 (review): mends that share one list or one mechanism between rules; the tests show what each rule
// gains from the other's list. Made-up sentences; no text here comes from a fixture.
import { describe, expect, it } from "vitest";
import { englishOn } from "./english.ts";

const en = englishOn("2026-11-20");

describe("one list of social platforms for the document writer and the platform tail", () => {
  it("drops 'on X', 'on Bluesky' after an object as it drops 'on Twitter'", () => {
    const contents = (text: string) => en(text).map((c) => c.content.text);
    expect(contents("Row\nThe mayor denied the claims on X on Monday night.")).toEqual(["the claims"]);
    expect(contents("Row\nThe senator denied the figures on Bluesky.")).toEqual(["the figures"]);
  });
  it("reads 'the post' after 'posted on YouTube' as the poster's words", () => {
    const text =
      "Coach Dana Pruitt posted on YouTube on Tuesday that the club would rebuild.\n“We start again in spring. Nobody is leaving,” the post read.";
    expect(en(text).map((c) => [c.speaker.name, c.date])).toEqual([
      ["Dana Pruitt", "2026-11-17"],
      ["Dana Pruitt", "2026-11-17"],
    ]);
  });
});
