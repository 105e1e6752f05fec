// Session 18 (left): leftovers. An unnamed statement after a clause with its own reporting verb ("X has
// confirmed …, according to a statement issued on Monday") is where X said it, not a second claim.
// Made-up sentences; no text here comes from a fixture.
import { describe, expect, it } from "vitest";
import { englishOn } from "./english.ts";

// (a Thursday)
const en = englishOn("2026-12-03");
const brief = (text: string) => en(text).map((c) => [c.speaker.name, c.content.text, c.date]);

describe("an unnamed statement after a clause with its own reporting verb", () => {
  it("gives one claim, the clause's speaker's, dated by the statement", () => {
    expect(
      brief(
        "The port authority has confirmed 14 cases of cholera among dock workers, according to a statement issued on Monday.",
      ),
    ).toEqual([["port authority", "14 cases of cholera among dock workers", "2026-11-30"]]);
  });
  it("keeps a statement from someone else as its own claim", () => {
    expect(
      en(
        "The port authority has confirmed 14 cases of cholera, according to a statement from the health ministry.",
      ).length,
    ).toBe(2);
  });
  it("keeps a plain sentence attributed to a statement", () => {
    expect(brief("Fourteen dock workers have cholera, according to a statement issued on Monday.")).toEqual([
      ["statement", "Fourteen dock workers have cholera", "2026-11-30"],
    ]);
  });
});
