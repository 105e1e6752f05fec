import { describe, expect, it } from "vitest";
import { scoreGold } from "./gold.ts";

describe("English set U (fixtures/en-heldout-u, held back at 1.56 and 1.57: 0.91 / 0.89 / 0.80)", () => {
  it("keeps its claims, speakers and dates at least as well as the rules fitted to it", () => {
    // the 6 claims over the gold are conventions of the rules, none of the set: object-only verbs ("blamed the
    // shortage on …", "citing … data", "had reported stock-outs" inside a statement), a noun cue ("the
    // authority's argument that …"), a question ("questioned why …") and a motion ("proposed that the rise be
    // limited …", read as a request)
    const u = scoreGold("en-heldout-u");
    expect(u.matched).toBeGreaterThanOrEqual(49);
    expect(u.predicted).toBeLessThanOrEqual(55);
    expect(u.attributed).toBeGreaterThanOrEqual(49);
    expect(u.datedRight).toBeGreaterThanOrEqual(37);
  });
});

describe("English set V (fixtures/en-heldout-v, held back at 1.57 and 1.58: 0.94 / 0.90 / 0.80; fitted at 1.59.0)", () => {
  it("keeps its claims, speakers and dates at least as well as the rules fitted to it", () => {
    // the claim over the gold is a request ("urged consumers to limit …"), kept as a claim on purpose; the
    // speaker missed is "the museum", a body named only inside a content
    const v = scoreGold("en-heldout-v");
    expect(v.matched).toBeGreaterThanOrEqual(48);
    expect(v.predicted).toBeLessThanOrEqual(49);
    expect(v.attributed).toBeGreaterThanOrEqual(47);
    expect(v.datedRight).toBeGreaterThanOrEqual(32);
  });
});
