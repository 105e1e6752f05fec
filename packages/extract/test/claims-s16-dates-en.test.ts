import { describe, expect, it } from "vitest";
import { englishOn, said } from "./english.ts";

// Session 16's made-up English articles on outlets of countries not covered before (see date-probes-s16-en-*.ts):
// every claim's date, written before the extractor was run. At 1.60, 8 of their 130 claims had a wrong date (and
// 3 of the 130 were not found at all, a matter of claims, not dates); the rules below are what they called for,
// each shown again by new sentences. 2026-11-27 is a Friday.
const run = englishOn("2026-11-27");

describe("English: a dated dateline yields to the lede's own day told after an occasion", () => {
  it("dates 'said on the sidelines of … on Tuesday that' by the Tuesday, not by the dateline's day", () => {
    const claims = run(
      "Opposition vows to block mining bill\n\n" +
        "DODOMA, Friday 27 November 2026 — Opposition leader Freeman Mbowe said on the sidelines of a regional trade summit in Arusha on Tuesday that his party would block the mining bill.\n\n" +
        "He said the bill gave foreign firms too much.",
    );
    expect(said(claims, "block the mining bill")?.date).toBe("2026-11-24");
    expect(said(claims, "too much")?.date).toBe("2026-11-24");
  });
});
