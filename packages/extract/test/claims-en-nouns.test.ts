import { describe, expect, it } from "vitest";
import { extract } from "../src/index.ts";

const run = (text: string) =>
  extract({ text, publishedAt: "2025-11-26", lang: "en" }).claims.map((c) => ({
    mention: c.speaker.mention?.text ?? null,
    cue: c.cue.text,
    content: c.content.text,
  }));

describe("English nominal and topic cues", () => {
  it("reads a possessive claim/promise noun with its clause", () => {
    expect(run("Fact-checkers looked at the mayor’s claim that crime fell by half last year.")).toEqual([
      { mention: "the mayor", cue: "claim", content: "crime fell by half last year" },
    ]);
    const [p] = run("Voters remember her promise to cut taxes for the middle class.");
    expect(p).toMatchObject({ cue: "promise", content: "to cut taxes for the middle class" });
  });
  it("ends the clause at a quotation closing on its comma", () => {
    const [c] = run("Contrary to his claim that people would “learn nothing,” the hearing was useful.");
    expect(c?.content).toBe("people would “learn nothing,”");
  });
  it("needs the right link word: no claim for “the promise of” or “his claim to fame”", () => {
    expect(run("The promise of spring lifted spirits.")).toHaveLength(0);
    expect(run("His claim to fame was a single hit record.")).toHaveLength(0);
  });
  it("reads a topic after spoke about / talked of", () => {
    const [c] = run("She spoke about her deep ties to black churches.");
    expect(c).toMatchObject({ cue: "spoke about", content: "her deep ties to black churches" });
    expect(run("She spoke to reporters for an hour.")).toHaveLength(0);
  });
  it("reads “calls for” / “calls on” in a headline as a verb", () => {
    const [c] = run("Former party chairman calls for contingency plan.\n\nThe chairman spoke on Monday.");
    expect(c).toMatchObject({ cue: "calls for", content: "contingency plan" });
  });
  it("reads echo/label/encourage/tout as object-taking cues", () => {
    const [c] = run("The governor echoed the warning about the storm.");
    expect(c).toMatchObject({ cue: "echoed", content: "the warning about the storm" });
    const [d] = run("The mayor touted the new budget in a speech.");
    expect(d).toMatchObject({ cue: "touted", content: "the new budget" });
  });
  it("reads “pointed to” as a cue", () => {
    const [c] = run("The fund pointed to the vote as an example of rising protectionism.");
    expect(c).toMatchObject({ cue: "pointed to", content: "the vote as an example of rising protectionism" });
  });
  it("reads encourage/liken/highlight as object-taking cues", () => {
    const [c] = run("The coach likened the loss to a wake-up call.");
    expect(c).toMatchObject({ cue: "likened", content: "the loss to a wake-up call" });
    const [d] = run("The report highlighted sharp differences in spending.");
    expect(d).toMatchObject({ cue: "highlighted", content: "sharp differences in spending" });
  });
});
