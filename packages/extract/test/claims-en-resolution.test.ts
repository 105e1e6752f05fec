import { describe, expect, it } from "vitest";
import { englishOn, said } from "./english.ts";

// 2026-11-26 is a Thursday
const run = englishOn("2026-11-26");

describe("English speaker resolution (set I leftovers)", () => {
  it("links 'the school district' to the schools body the article named ('… Public Schools')", () => {
    const claims = run(
      "Enrolment fell by 4 percent, according to Fairview County Public Schools, which runs 31 campuses.\n" +
        "A spokesman for the school district said on Wednesday that two buildings would close next year.",
    );
    expect(said(claims, "two buildings")?.speaker.name).toContain("Fairview County Public Schools");
  });
  it("gives 'Asked in a 2009 interview …, she said' to the story's subject, not the spokeswoman before", () => {
    const claims = run(
      "Marta Lindqvist, Who Built the City's First Food Bank, Dies at 91\n" +
        "Marta Lindqvist died on Monday. “Nobody should queue for bread,” she told the Ledger in 1988.\n" +
        "Her nephew, Paul Moreau, said she had been ill for some months.\n" +
        "A spokeswoman for the Harbor Food Trust said on Tuesday that a plaque would be unveiled in March.\n" +
        "Asked in a 2009 interview what kept her going, she said it was the volunteers.",
    );
    expect(said(claims, "plaque would be unveiled")?.speaker.name).toContain("Harbor Food Trust");
    expect(said(claims, "the volunteers")?.speaker.name).toBe("Marta Lindqvist");
  });
  it("keeps a recalled 'she said' with the woman just quoted", () => {
    const claims = run(
      "Dana Holt said on Friday the plant would reopen. Asked in a 2019 interview about the plant, she said it had no future.",
    );
    expect(said(claims, "no future")?.speaker.name).toBe("Dana Holt");
  });
});

describe("English content: a past-tense verb after a present-tense report", () => {
  it("keeps 'and refused …' inside 'Officers say he …' (the reported clause's verb, not the speaker's act)", () => {
    const claims = run("Officers say the driver ignored two warnings and refused to leave the car.");
    expect(claims).toHaveLength(1);
    expect(claims[0]?.content.text).toBe("the driver ignored two warnings and refused to leave the car");
  });
  it("still ends the words before the speaker's own present-tense act ('says … and calls for …')", () => {
    const claims = run("Councillor Amy Reyes says the depot is unsafe and calls for an audit.");
    expect(said(claims, "depot is unsafe")?.content.text).toBe("the depot is unsafe");
  });
});

describe("English speakers: '…, many of whom say …'", () => {
  it("reads a quantified relative clause as the claim of the people before the comma", () => {
    const claims = run(
      "The closure angered the ferry workers, most of whom say the company broke its word, and drew a rebuke from the mayor.\n" +
        "Tenants, some of whom said they had not been consulted, marched to the town hall.",
    );
    const broke = said(claims, "broke its word");
    expect(broke?.content.text).toBe("the company broke its word");
    expect(broke?.speaker.mention?.text).toBe("most of whom");
    const consulted = said(claims, "not been consulted");
    expect(consulted?.content.text).toBe("they had not been consulted");
    expect(consulted?.speaker.name).toBe("Tenants");
  });
});
