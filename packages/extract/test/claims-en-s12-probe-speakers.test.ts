import { describe, expect, it } from "vitest";
import { englishOn, said } from "./english.ts";

// Session 12 (probe): made-up wire sentences on how English news introduces its speakers; no text here
// comes from a fixture. 2026-11-30 is a Monday.
const run = englishOn("2026-11-30");

describe("a bare institution heard by 'told' ('told parliament', 'told cabinet')", () => {
  it("is the hearer after an inverted content, not the content", () => {
    const claims = run(
      "Sri Lanka will not default on its bonds, Finance Minister Ravi Perera told parliament on Tuesday. " +
        "The ferry link will reopen in April, the transport minister told cabinet.",
    );
    const bonds = said(claims, "default on its bonds");
    expect(bonds?.speaker.name).toBe("Ravi Perera");
    expect(bonds?.date).toBe("2026-11-24");
    expect(said(claims, "ferry link")?.cue.text).toBe("told");
    expect(claims.some((c) => /^(?:parliament|cabinet)/.test(c.content.text))).toBe(false);
  });

  it("is skipped before its content ('told parliament the levy would …')", () => {
    const [claim] = run("Perera told parliament the levy would raise $300 million.");
    expect(claim?.content.text).toBe("the levy would raise $300 million");
  });
});
