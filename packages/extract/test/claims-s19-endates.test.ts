// Session 19 (endates): statement dates in made-up reports from outlets no set covers (Nordic, Benelux, Czech
// and Swiss English-language papers, wire roundups, weeklies, Sunday papers, digests, courts, councils, sport).
// Made-up sentences; none comes from a fixture.
import { describe, expect, it } from "vitest";
import { englishOn, said } from "./english.ts";

const en = englishOn("2026-11-18");

describe("a digest whose posts open on their time stamps", () => {
  const digest =
    "Budget day: key moments\n" +
    "Wednesday 18 November 2026\n" +
    "10.42 Finance Minister Ilse Varga told parliament that the deficit would shrink next year.\n" +
    "11.30 Opposition leader Timo Rask said the budget was “a gift to landlords”.\n" +
    "12.15 Yesterday the Bank of Norland said growth would pick up in the spring.\n" +
    "13.02 Rask told reporters in the lobby: “We will table a motion of no confidence.”";
  it("dates the posts to the digest's day, not to a day one post names", () => {
    const claims = en(digest);
    expect(said(claims, "deficit would shrink")?.date).toBe("2026-11-18");
    expect(said(claims, "gift to landlords")?.date).toBe("2026-11-18");
    expect(said(claims, "motion of no confidence")?.date).toBe("2026-11-18");
    expect(said(claims, "growth would pick up")?.date).toBe("2026-11-17");
  });
  it("keeps the time word after the stamp out of the speaker", () => {
    expect(said(en(digest), "growth would pick up")?.speaker.name).toBe("Bank of Norland");
  });
});

describe("a roundup of wire stories under datelines of their own", () => {
  it("dates a later story's undated statements to that story's day, not to the first story's", () => {
    const claims = englishOn("2026-11-20")(
      "Europe briefs\n" +
        "BRUSSELS, Nov 20 (AFP) – The European Commission said on Friday it would fine two airlines €40 million.\n" +
        "VIENNA, Nov 19 (AFP) – Austria’s health ministry said on Thursday that flu admissions doubled in a week.\n" +
        "Health Minister Petra Lindl said the vaccination campaign would be extended.\n" +
        "ROME, Nov 18 (AFP) – Italy’s coastguard said 30 fishermen had been rescued off Sicily.",
    );
    expect(said(claims, "fine two airlines")?.date).toBe("2026-11-20");
    expect(said(claims, "campaign would be extended")?.date).toBe("2026-11-19");
    expect(said(claims, "30 fishermen")?.date).toBe("2026-11-18");
  });
});

describe("a mixed-case dateline before a lede that closes on a participle", () => {
  it("is no part of the speaker ('Bern, November 11, 2026 – The court has upheld …, ruling that …')", () => {
    for (const dateline of ["Lugano, November 11, 2026 –", "Lugano, 11 November 2026 –", "Lugano (SDA) –"]) {
      const claims = englishOn("2026-11-11")(
        `${dateline} The Federal Administrative Court has upheld a ban on night trucking, ruling that the canton had acted lawfully.`,
      );
      expect(said(claims, "the canton had acted lawfully")?.speaker.name).toBe(
        "Federal Administrative Court",
      );
    }
  });
});

describe("'the society', 'the board', 'the foundation' after the body's full name", () => {
  it("is that body, and goes on with its statement's day", () => {
    const claims = englishOn("2026-11-20")(
      "Flood victims still waiting for aid\n" +
        "District commissioner Ruth Banda said on Wednesday that 3,000 homes had been damaged.\n" +
        "The Lakeshore Relief Society said in a statement on Thursday that it had sent 40 volunteers.\n" +
        "The society said families were sleeping in schools.\n" +
        "The Northern Water Board said on Thursday that two boreholes had failed.\n" +
        "The board said repairs would take a month.",
    );
    expect(said(claims, "sleeping in schools")?.speaker.name).toBe("Lakeshore Relief Society");
    expect(said(claims, "sleeping in schools")?.date).toBe("2026-11-19");
    expect(said(claims, "repairs would take")?.speaker.name).toBe("Northern Water Board");
    expect(said(claims, "repairs would take")?.date).toBe("2026-11-19");
  });
});
