import { describe, expect, it } from "vitest";
import { scoreGold } from "./gold.ts";

describe("English set T (fixtures/en-heldout-t, held back at 1.55 and 1.56: 0.93 / 0.85 / 0.82)", () => {
  it("keeps its claims, speakers and dates at least as well as the rules fitted to it", () => {
    // the three dates missed are judgement calls of the gold: the lede's TIMB figures dated by the "yesterday"
    // inside their content, and the economist's two reactions told to the paper with no day; the 3 claims over
    // the gold are requests ("urged farmers to …"), claims by the rules' convention and none by the set's
    const t = scoreGold("en-heldout-t");
    expect(t.matched).toBeGreaterThanOrEqual(59);
    expect(t.predicted).toBeLessThanOrEqual(62);
    expect(t.attributed).toBeGreaterThanOrEqual(59);
    expect(t.datedRight).toBeGreaterThanOrEqual(43);
  });
});
