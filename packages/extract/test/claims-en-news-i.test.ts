import { describe, expect, it } from "vitest";
import { englishOn, said } from "./english.ts";

// 2026-11-26 is a Thursday
const run = englishOn("2026-11-26");

describe("English news constructions (held-out set I)", () => {
  it("does not glue a live blog's time stamp to the name that opens the post ('14.21 GMT\\nNia Rowe …')", () => {
    const claims = run(
      "Welsh politics live: budget vote looms\n" +
        "14.21 GMT\n" +
        "Nia Rowe, the Plaid Cymru leader, rises first. She says the health budget has been cut in real terms.",
    );
    expect(said(claims, "cut in real terms")?.speaker.name).toBe("Nia Rowe");
  });
});
