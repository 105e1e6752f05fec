import { describe, expect, it } from "vitest";
import { englishOn, said } from "./english.ts";

// Claim rules written for the misses of set R; every text here is made up.
// 2026-11-24 is a Tuesday
const run = englishOn("2026-11-24");

describe("English quotes after another clause's verb", () => {
  it("gives a quote after 'with X warning of …, Y said:' to Y, not to the warning", () => {
    const claims = run(
      'Asked whether the timing was right, with some brokers warning of a glut, Mr Karimi said: "We build for families."',
    );
    const quote = said(claims, "We build for families");
    expect(quote?.speaker.name).toBe("Karimi");
    expect(quote?.cue.text).toBe("said");
  });
  it("still takes the quote a hearer verb introduces after its hearer", () => {
    const claims = run('The mayor told reporters on Monday: "The bridge will reopen in May."');
    expect(said(claims, "bridge will reopen")?.cue.text).toBe("told");
  });
});
