import { describe, expect, it } from "vitest";
import { englishOn, said } from "./english.ts";

// Made-up texts guarding the quick checks the speed lane (session 28) put before costly scans; no text here
// comes from a fixture. 2026-11-30 is a Monday.
const run = englishOn("2026-11-30");

describe("a timeline's entries still open with every month and with a clock time", () => {
  const months = "Jan. February March April May June July Aug. Sept. October Nov. December".split(" ");
  it.each(months)("gives no claim to an entry dated '%s 4'", (month) => {
    const claims = run(
      "How the ferry row unfolded\n\n" +
        `${month} 4 — Operator says the route will close\n\n` +
        `${month} 9: Council announces a review of the timetable\n\n` +
        "The operator said on Friday that talks had resumed.",
    );
    expect(said(claims, "route will close")).toBeUndefined();
    expect(said(claims, "a review of the timetable")).toBeUndefined();
    expect(said(claims, "talks had resumed")?.speaker.mention?.text).toBe("The operator");
  });

  it("gives no claim to entries opened by a clock time or a year", () => {
    const claims = run(
      "Storm night, hour by hour\n\n" +
        "9 p.m. Wednesday — Coastguard says three boats are missing\n\n" +
        "2026 — Port authority announces new sea walls\n\n" +
        "The coastguard said on Thursday that all crews were safe.",
    );
    expect(said(claims, "three boats are missing")).toBeUndefined();
    expect(said(claims, "new sea walls")).toBeUndefined();
    expect(said(claims, "all crews were safe")?.speaker.mention?.text).toBe("The coastguard");
  });
});
