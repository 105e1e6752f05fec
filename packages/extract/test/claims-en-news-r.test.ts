import { describe, expect, it } from "vitest";
import { scoreGold } from "./gold.ts";

describe("English set R (fixtures/en-heldout-r, held back at 1.54: 0.94 / 0.92 / 0.83)", () => {
  it("keeps its claims, speakers and dates at least as well as the rules fitted to it", () => {
    // the extra claims are requests ("urging regional administrations to …", "called on residents to …"), a
    // stance ("raised concerns about …") and a silence ("did not disclose the valuation"), which the set's gold
    // leaves out and PolNeAR counts; the rules keep PolNeAR's reading. The dates missed are "told Malay Mail"
    // with no day and an analyst's words, which the other sets leave undated.
    const t = scoreGold("en-heldout-r");
    expect(t.matched).toBeGreaterThanOrEqual(63);
    expect(t.predicted).toBeLessThanOrEqual(67);
    expect(t.attributed).toBeGreaterThanOrEqual(63);
    // (session 16: Al Suwaidi's "said last week" is undated in the gold now, no longer a date got right; session
    // 17: so are the analysts' words and "told Malay Mail", Shaheen's two dated claims among them)
    expect(t.datedRight).toBeGreaterThanOrEqual(46);
  });
});
