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

describe("English inverted quotes with several modifiers before the speaker's name", () => {
  it("reads «“…,” party supreme council member X said when met …» as the quote, not the circumstance", () => {
    const claims = run(
      "“Our stand has not changed. Elections are not what people want,” party supreme council member Azlan Musa " +
        "said when met by reporters at the assembly lobby later.",
    );
    const quote = said(claims, "Our stand has not changed");
    expect(quote?.speaker.name).toBe("Azlan Musa");
    expect(quote?.speaker.mention?.text).toBe("party supreme council member Azlan Musa");
    expect(claims.some((c) => c.content.text.includes("when met by reporters"))).toBe(false);
  });
});

describe("English headlines with a body named by its kind alone", () => {
  it("reads '…, ministry warns' as a claim of the ministry the body names", () => {
    const claims = run(
      "Fever cases climb as monsoon comes early, ministry warns\n" +
        "Cases rose 40 percent in five weeks, the Health Ministry said on Thursday.",
    );
    const headline = said(claims, "Fever cases climb");
    expect(headline?.cue.text).toBe("warns");
    expect(headline?.speaker.name).toBe("Health Ministry");
  });
  it("reads '…, council says' too", () => {
    const claims = run(
      "Bins to be collected fortnightly, council says\nThe city council said costs had doubled.",
    );
    expect(said(claims, "Bins to be collected")?.cue.text).toBe("says");
  });
});

describe("English silences towards a named outlet", () => {
  it("reads 'did not respond to The Courier's request for comment' as no claim", () => {
    const claims = run(
      "The agency did not respond to The Daily Courier’s request for comment on the cuts by press time. " +
        "The ministry did not respond to Reuters' requests for comment.",
    );
    expect(claims).toHaveLength(0);
  });
});

describe("English linking adverbs between the cue and the content", () => {
  it("leaves ', however,' and ', though,' after the verb out of the content", () => {
    const claims = run(
      "He said, however, that the county would press ahead with a pilot scheme. She added, though, the plan was sound.",
    );
    expect(said(claims, "pilot scheme")?.content.text).toBe(
      "the county would press ahead with a pilot scheme",
    );
    expect(said(claims, "plan was sound")?.content.text).toBe("the plan was sound");
  });
});
