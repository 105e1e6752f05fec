import { describe, expect, it } from "vitest";
import { englishOn, said } from "./english.ts";

// 2026-11-21 is a Saturday
const run = englishOn("2026-11-21");

describe("English news constructions (held-out set G)", () => {
  it("reads a court's 'held that …' as its finding, but not 'held a hearing'", () => {
    const claims = run(
      "The appeals court held that the ban on street vendors breached the constitution.\nThe judge held a hearing on Monday.",
    );
    expect(claims.map((c) => c.cue.text)).toEqual(["held"]);
    expect(said(claims, "ban on street vendors")?.speaker.name).toBe("appeals court");
  });
  it("reads the participle '…, ruling that …' as a claim of the clause's subject, not the noun 'ruling'", () => {
    const claims = run(
      "The labour board quashed the fine, ruling that it had been imposed too late.\nThe board's ruling was posted online.",
    );
    expect(claims.map((c) => c.cue.text)).toEqual(["ruling"]);
    expect(said(claims, "imposed too late")?.speaker.name).toBe("labour board");
  });
  it("ends the main subject of '…, saying' before the verb that takes a determiner ('The board scrapped the levy')", () => {
    const claims = run("The water board scrapped the levy, saying it had raised too little.");
    expect(said(claims, "raised too little")?.speaker.name).toBe("water board");
  });
});
