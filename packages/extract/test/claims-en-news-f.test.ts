import { describe, expect, it } from "vitest";
import { englishOn, said } from "./english.ts";
import { scoreGold } from "./gold.ts";

// 2026-10-06 is a Tuesday
const run = englishOn("2026-10-06");

describe("English news constructions (held-out set F)", () => {
  it("names 'The Fenland Growers Association' by its own name, not the body named before it", () => {
    const claims = run(
      "“The soil is drying out,” said Dr Ana Reyes, a soil scientist at the University of Exeter.\nThe Fenland Growers Association, which represents vegetable farmers, said the drainage rules were fair.",
    );
    expect(said(claims, "drainage rules")?.speaker.name).toBe("Fenland Growers Association");
  });
  it("gives a later '…, police said' to the police, not to the police chief quoted before", () => {
    const claims = run(
      "Two men were killed in a raid on a warehouse, police said.\nLt. Col. Ana Cruz, the city police chief, said officers were fired on first.\nA rifle was found in the van, police said.",
    );
    expect(said(claims, "rifle was found")?.speaker.name).toBe("police");
  });
  it("names 'The Bureau of Fisheries provincial office' by the body, not 'office'", () => {
    const claims = run("The Bureau of Fisheries provincial office said on Monday it was checking the boats.");
    expect(said(claims, "checking the boats")?.speaker.name).toContain("Bureau of Fisheries");
  });
  it("keeps 'The engineers, from the universities of York and Bath,' as the speaker, not 'Bath'", () => {
    const claims = run(
      "The engineers, from the universities of York and Bath, estimate that the bridge lost a fifth of its strength.",
    );
    expect(said(claims, "bridge lost")?.speaker.name).toBe("engineers");
  });
  it("reads 'has not said whether she would …' as no claim: the question is left open", () => {
    const claims = run(
      "The council leader has not said whether she would back the new tram line. Her deputy said the line was too costly.",
    );
    expect(claims.map((c) => c.cue.text)).toEqual(["said"]);
  });
  it("reads 'Farmers, who largely opposed the levy,' as a description, not a claim", () => {
    const claims = run("Farmers, who largely opposed the levy, warned that it would raise food prices.");
    expect(claims.map((c) => c.cue.text)).toEqual(["warned"]);
  });
  it("reads 'a van reported stolen in Hull last month' as a noun's modifier, not a report", () => {
    const claims = run(
      "Seized at the depot were two ladders and a van reported stolen in Hull last month, police said.",
    );
    expect(claims.map((c) => c.cue.text)).toEqual(["said"]);
    expect(claims[0]?.speaker.name).toBe("police");
  });
  it("keeps 'Brig. Gen.' whole as the speaker's title", () => {
    const claims = run(
      "Brig. Gen. Ana Lopez, director of the regional police, said the gang was behind the thefts.",
    );
    expect(said(claims, "gang was behind")?.speaker.mention?.text.startsWith("Brig. Gen.")).toBe(true);
  });
  it("keeps 'but wanted …' in a that-clause whose subject carries over: one claim", () => {
    const claims = run(
      "The council leader told reporters on Friday that she backed the plan but wanted a cap on rents.",
    );
    expect(said(claims, "backed the plan")?.content.text).toBe(
      "she backed the plan but wanted a cap on rents",
    );
  });
  it("finds no second claim in a quoted object inside the speaker's own words ('he supported “the plan”')", () => {
    const claims = run(
      'The mayor told reporters on Monday that he supported "the plan" but wanted a vote first.',
    );
    expect(claims.map((c) => c.cue.text)).toEqual(["told"]);
  });
});

describe("the English held-out articles of set F (fixtures/en-heldout-f)", () => {
  // unseen (English rules of branch wt-f at 8e688af, gold committed first in 68dc092): 42 of 43 matched
  // (49 predicted), attribution F1 0.80, names 0.88, dates 1.00
  it("finds, names and dates the claims (at least as well as after the set-F rules)", () => {
    const t = scoreGold("en-heldout-f");
    expect(t.matched).toBeGreaterThanOrEqual(43);
    expect(t.predicted).toBeLessThanOrEqual(45);
    expect(t.attributed / t.matched).toBeGreaterThanOrEqual(1);
    expect(t.datedRight / t.dated).toBeGreaterThanOrEqual(1);
  });
});
