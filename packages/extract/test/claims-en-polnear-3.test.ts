import { describe, expect, it } from "vitest";
import { englishOn, said } from "./english.ts";

// 2026-10-06 is a Tuesday
const run = englishOn("2026-10-06");
const LEAD = "The council met on Monday to debate the budget.\n";

describe("English attributions found in PolNeAR dev errors (3)", () => {
  it("reads the speaker after a comma that ends a relative clause in the content", () => {
    const claims = run(
      `${LEAD}The drought could ruin families who farm barley, the agriculture minister said.`,
    );
    expect(said(claims, "barley")).toMatchObject({
      speaker: { mention: { text: "the agriculture minister" } },
      content: { text: "The drought could ruin families who farm barley" },
    });
  });
  it("reads a plural noun after a determiner and a hyphenated modifier as no verb ('his late-night tweets')", () => {
    const claims = run(`${LEAD}Opponents mocked his late-night tweets saying the tally was rigged.`);
    expect(claims.some((c) => c.cue.text === "tweets")).toBe(false);
    expect(claims.some((c) => c.speaker?.name === "late-night")).toBe(false);
  });
  it("still reads a hyphenated person noun and its verb ('The co-founder claims the …')", () => {
    const claims = run(`${LEAD}The co-founder claims the scooter app is safe.`);
    expect(said(claims, "scooter")?.cue.text).toBe("claims");
  });
  it("reads 'called a meeting' as convening, not a claim, but 'called the hearing a sham' as one", () => {
    const convened = run(
      `${LEAD}The harbour board called an emergency session to discuss the spill. The premier called a snap election for May.`,
    );
    expect(convened).toEqual([]);
    const named = run(`${LEAD}The councillor called the hearing a sham.`);
    expect(said(named, "sham")?.content.text).toBe("the hearing a sham");
  });
  it("reads a byline's 'reported from <place>' as no claim", () => {
    const claims = run(`${LEAD}Amara Obi reported from Kisumu, and Lev Adler from Haifa.`);
    expect(claims).toEqual([]);
  });
});
