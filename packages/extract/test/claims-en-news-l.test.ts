import { describe, expect, it } from "vitest";
import { extract } from "../src/index.ts";
import { scoreGold } from "./gold.ts";

// Made-up sentences for the English claim rules fitted after set L (round 3).
const run = (text: string, publishedAt = "2026-03-11") =>
  extract({ text, publishedAt, lang: "en" }).claims.map((c) => ({
    mention: c.speaker.mention?.text ?? null,
    cue: c.cue.text,
    content: c.content.text,
    date: c.date,
  }));

describe("English claims fitted after set L", () => {
  it("reads content before an inverted speaker followed by the writer's 'after' clause", () => {
    const out = run(
      "The city will close three libraries next year, Mayor Ruth Okafor said Monday, after three branches lost their state funding.",
    );
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({
      mention: "Mayor Ruth Okafor",
      content: "The city will close three libraries next year",
    });
  });
  it("leaves the writer's comparison after ', the agency said,' out of the content", () => {
    const [c] = run(
      "Flu cases have been reported more than 3,000 times since September, the agency said, more than double the figure for last winter.",
    );
    expect(c).toMatchObject({
      mention: "the agency",
      content: "Flu cases have been reported more than 3,000 times since September",
    });
  });
  it("does not take a relative 'that' after a request's infinitive as the content's opener", () => {
    const out = run(
      "The county will ask park rangers armed with nets to remove dogs that enter playgrounds, Mayor Ruth Okafor said Tuesday, after two children were bitten.",
    );
    // (the request itself stays a claim: PolNeAR keeps "asked authorities to …, attorneys said")
    const said = out.find((c) => c.cue === "said");
    expect(said?.content).toBe(
      "The county will ask park rangers armed with nets to remove dogs that enter playgrounds",
    );
    expect(out.find((c) => c.cue === "will ask")?.content.startsWith("enter")).not.toBe(true);
  });
  it("drops a claimed or conceded outcome when a participle or second verb gives the words", () => {
    // (not a defence or a rejection: PolNeAR keeps "defended his tweets, saying …" as two claims)
    const a = run(
      "The coach defended his choice of goalkeeper, saying the young player had been “outstanding in training”.",
    );
    expect(a.map((c) => c.cue)).toEqual(["defended", "saying"]);
    const b = run(
      "The mayor conceded defeat just after midnight but said the race had been “worth fighting”.",
    );
    expect(b.map((c) => c.cue)).toEqual(["said"]);
    const c = run(
      "The senator claimed victory in the primary, telling supporters that the state had chosen “a new direction”.",
    );
    expect(c.map((x) => x.cue)).toEqual(["telling"]);
  });
  it("keeps an admission with its own clause before 'but said'", () => {
    const out = run(
      "The striker admitted he had “run out of ideas” by half-time but said the team would recover.",
    );
    expect(out.map((c) => c.cue)).toEqual(["admitted", "said"]);
  });
  it("does not end a that-clause at the last of names listed after a preposition", () => {
    const out = run(
      "The party leader said on Sunday that its gains in Leeds, York and Hull Central showed voters wanted change.",
    );
    expect(out).toHaveLength(1);
    expect(out[0]?.content).toBe("its gains in Leeds, York and Hull Central showed voters wanted change");
    // a body's own name is no list after a lowercase word
    const [d] = run(
      "A spokesman for the Department for Culture, Media and Sport said the review would continue.",
    );
    expect(d?.content).toBe("the review would continue");
  });
  it("reads a headline's 'as X admits …' clause, but not 'as X defends' an object or an ellipsis", () => {
    const [h] = run("Rail strike ends as union admits members ‘wanted a deal’\nThe strike ended on Monday.");
    expect(h).toMatchObject({ mention: "union", cue: "admits", content: "members ‘wanted a deal’" });
    expect(run("Council approves budget as mayor defends new fees\nThe council met on Monday.")).toEqual([]);
    expect(run("The bridge reopened on Friday, as engineers said it would.")).toEqual([]);
  });
  it("dates statements after a lede's 'last night's meeting' to that day", () => {
    const out = run(
      "The county board has voted to approve a new waste plan, despite opposition from residents.\nMembers voted by 9 to 4 at last night's monthly meeting to adopt the plan, which will start next year.\nSpeaking during the debate, board member Jo Lane said the plan was overdue.",
      "2026-03-11",
    );
    expect(out[0]).toMatchObject({ mention: "board member Jo Lane", date: "2026-03-10" });
  });
});

describe("the English held-out set L (fixtures/en-heldout-l)", () => {
  it("keeps set L's fitted figures (62 of 62 found, 65 predicted, 62 named right, 42 of 44 dated claims right)", () => {
    // held back at 1.45–1.47: claims F1 0.91, attribution 0.84 / 0.83, dates 0.74 / 0.77 (its README)
    const t = scoreGold("en-heldout-l");
    // (the residual round found "businesses who say …": one claim more, predicted and matched)
    expect(t.matched).toBeGreaterThanOrEqual(62);
    expect(t.predicted).toBeLessThanOrEqual(65);
    expect(t.attributed).toBeGreaterThanOrEqual(62);
    // (session 16: Dublin Bus's "said last week" is undated in the gold now, no longer a date got right)
    expect(t.datedRight).toBeGreaterThanOrEqual(42);
  });
});
