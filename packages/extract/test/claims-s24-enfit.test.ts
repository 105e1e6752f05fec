// Session 24 (enfit): shapes of English news fitted on the open set en-heldout-af. Made-up sentences; none comes
// from a fixture or a probe.
import { describe, expect, it } from "vitest";
import { englishOn, said } from "./english.ts";

describe("a body named in full, then by one word of its name", () => {
  const claims = englishOn("2026-10-22")(
    "Kennels full before winter\n" +
      "Staff Reporter\n" +
      "In a post on Monday, the Harbourside Animal Shelter wrote that it could take no more dogs this month.\n" +
      "The shelter, which houses about 60 dogs at its site near the docks, said three had been left tied to its gate.\n" +
      "Kennel manager Oona Brady said the shelter needed more volunteers.\n" +
      "The Town of Millbrook says it will look at a grant.\n" +
      "Ward councillor Ted Lyle, the town’s longest-serving member, said the money was there.\n" +
      "The town said a decision would come in spring.",
  );
  it("is that body, not a new unnamed source nor a person whose title holds the word", () => {
    expect(said(claims, "three had been left tied")?.speaker.name).toBe("Harbourside Animal Shelter");
    expect(said(claims, "a decision would come in spring")?.speaker.name).toBe("Town of Millbrook");
  });
  it("keeps the body's day for the later words", () => {
    expect(said(claims, "three had been left tied")?.date).toBe("2026-10-19");
  });
  it("leaves roles alone", () => {
    expect(said(claims, "the shelter needed more volunteers")?.speaker.name).toBe("Oona Brady");
  });
});

describe("an opening 'According to' a named person, then the person's role in apposition", () => {
  const claims = englishOn("2026-10-22")(
    "Reef survey delayed\n" +
      "Staff Reporter\n" +
      "According to Mara Keliihoomalu, field director of the Coral Watch Trust, a volunteer group that has counted fish off the island since 2009, the bleaching was “worse than last year.”\n" +
      "According to Tomas Riera, chief engineer at the port, the crane had failed twice.",
  );
  it("keeps the role and the body's description in the source, out of the words", () => {
    const c = said(claims, "the bleaching was");
    expect(c?.content.text).toBe("the bleaching was “worse than last year.”");
    expect(c?.speaker.name).toBe("Mara Keliihoomalu");
    expect(said(claims, "the crane had failed twice")?.content.text).toBe("the crane had failed twice");
  });
});

describe("a headline's plural voice over one person's quoted words", () => {
  const claims = englishOn("2026-10-22")(
    "Ferry timetable ‘a step backwards’, say islanders\n" +
      "By Staff Reporter\n" +
      "The new winter timetable cuts the Sunday sailings to one.\n" +
      "Bryher resident Tamsin Pender told the Gazette on Tuesday that the change was ‘a step backwards for the islands’.",
  );
  it("stays with the plural voice, not the one person who says them", () => {
    expect(said(claims, "Ferry timetable")?.speaker.name).toBe("islanders");
  });
});

describe("an outlet whose name ends in 'Today'", () => {
  const claims = englishOn("2026-10-22")(
    "Bus fares to rise\n" +
      "Staff Reporter\n" +
      "Transport manager Rosa Quant told Harbour Today on Monday that fares would rise in January.\n" +
      "“We held them for three years,” she said.\n" +
      "Union official Ben Oduya, speaking to Coast Today, said drivers had not been consulted.",
  );
  it("is no day: the day after it dates the words", () => {
    expect(said(claims, "fares would rise in January")?.date).toBe("2026-10-19");
    expect(said(claims, "We held them for three years")?.date).toBe("2026-10-19");
  });
});

describe("'At the same meeting' after an occasion the story named by another word", () => {
  const claims = englishOn("2026-10-22")(
    "Pool hours cut\n" +
      "Staff Reporter\n" +
      "The leisure trust said on Monday the pool would close at 6 p.m. from January.\n" +
      "When staff presented the budget to the finance and audit committee on October 14, Councillor Amy Roth said the cut was too deep.\n" +
      "At the same meeting, Councillor Raj Pillai said the pool lost money every winter.\n" +
      "“We cannot keep it open for twelve swimmers,” he said.",
  );
  it("carries that occasion's day, not the lede's", () => {
    expect(said(claims, "the pool lost money every winter")?.date).toBe("2026-10-14");
    expect(said(claims, "We cannot keep it open")?.date).toBe("2026-10-14");
  });
});

describe("'said on Monday the report showed that …'", () => {
  const claims = englishOn("2026-10-22")(
    "Bridge checks ordered\n" +
      "Staff Reporter\n" +
      "Councillor Ida Brun said on Monday the inspection proved that the bridge needed new bearings.\n" +
      "She said the council would look at adding money for repairs to the next budget.",
  );
  it("keeps the clause's own subject and verb in the words", () => {
    expect(said(claims, "the bridge needed new bearings")?.content.text).toBe(
      "the inspection proved that the bridge needed new bearings",
    );
  });
  it("so the next 'she' is still the speaker", () => {
    expect(said(claims, "the council would look at")?.speaker.name).toBe("Ida Brun");
  });
  it("reads 'look at adding' as no one adding anything", () => {
    expect(claims.filter((c) => c.cue.text === "adding")).toHaveLength(0);
  });
});

describe("a person first met as an opening 'According to' source, then dated in the next sentence", () => {
  const claims = englishOn("2026-10-22")(
    "Reef survey delayed\n" +
      "Staff Reporter\n" +
      "The survey boat broke down on Saturday.\n" +
      "According to Mara Keliihoomalu, field director of the Coral Watch Trust, the bleaching was “worse than last year.”\n" +
      "Keliihoomalu told the Herald on Tuesday that divers had counted fewer fish at every site.\n" +
      "According to the weather service, the water was two degrees warmer than normal.",
  );
  it("takes the day of those next words", () => {
    expect(said(claims, "the bleaching was")?.date).toBe("2026-10-20");
  });
  it("leaves a body's 'according to' undated", () => {
    expect(said(claims, "the water was two degrees")?.date).toBeNull();
  });
});

describe("a word that only modifies a body's name", () => {
  const claims = englishOn("2026-10-22")(
    "Clinic hours cut\n" +
      "Staff Reporter\n" +
      "The City Health Agency Trust said on Monday the clinic would close on Sundays.\n" +
      "The city said it had not been told.",
  );
  it("does not name that body", () => {
    expect(said(claims, "it had not been told")?.speaker.name).not.toBe("City Health Agency Trust");
  });
});
