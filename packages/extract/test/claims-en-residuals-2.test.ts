import { describe, expect, it } from "vitest";
import { englishOn, said } from "./english.ts";

// Sentence shapes behind the residual errors of the fitted English sets (second round), each written as a
// made-up paragraph; no text here comes from a fixture. 2026-11-30 is a Monday.
const run = englishOn("2026-11-30");

describe("English reported clauses that run on past 'but' + an attitude verb", () => {
  it("keeps 'did not dispute X but wanted Y' after 'said' as one content", () => {
    const claims = run(
      "The envoy said the coalition did not oppose the inquiry but wanted it finished by spring. " +
        "Marta Sulek said the mill had switched to barges but expected higher freight bills. " +
        "A neighbour, Tom Reyes, said he liked the design but worried about parking.",
    );
    expect(said(claims, "did not oppose")?.content.text).toBe(
      "the coalition did not oppose the inquiry but wanted it finished by spring",
    );
    expect(said(claims, "switched to barges")?.content.text).toBe(
      "the mill had switched to barges but expected higher freight bills",
    );
    expect(said(claims, "liked the design")?.content.text).toBe(
      "he liked the design but worried about parking",
    );
    expect(claims).toHaveLength(3);
  });
  it("still ends the content before the speaker's own request after 'but'", () => {
    const claims = run(
      "The mayor said she would sign the bill but asked the clerk to report back in a year.",
    );
    expect(said(claims, "sign the bill")?.content.text).toBe("she would sign the bill");
  });
});
