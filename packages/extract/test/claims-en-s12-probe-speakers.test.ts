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

describe("a pronoun object before the speaker's participle ('rejected that, saying …', 'denied it, saying …')", () => {
  it("is no claim and no complementizer; the participle's speaker is the subject alone", () => {
    const claims = run(
      "Chilean Interior Minister Rosa Vidal rejected that, saying the police had followed the rules. " +
        "The mining company disputed that, arguing the permit was still valid. " +
        "The port authority denied it, saying the cranes had been inspected in May. " +
        "The teachers' union welcomed them, saying the new rules were overdue.",
    );
    expect(claims.map((c) => [c.cue.text, c.speaker.mention?.text ?? null, c.content.text])).toEqual([
      ["saying", "Chilean Interior Minister Rosa Vidal", "the police had followed the rules"],
      ["arguing", "The mining company", "the permit was still valid"],
      ["saying", "The port authority", "the cranes had been inspected in May"],
      ["saying", "The teachers' union", "the new rules were overdue"],
    ]);
  });

  it("keeps 'that' as the complementizer when a parenthetical follows its comma", () => {
    const [claim] = run("Vidal said that, if re-elected, she would double the police budget.");
    expect(claim?.content.text).toBe("if re-elected, she would double the police budget");
  });
});

describe("a lede speaker known by an office and its remit ('the U.N. envoy for Yemen')", () => {
  it("is the one person the body names to that office ('Envoy Hans Berg')", () => {
    const claims = run(
      "GENEVA — Talks on a prisoner swap will resume next month, the U.N. envoy for Yemen said on Tuesday. " +
        "Envoy Hans Berg told reporters that both sides had agreed to a list of 300 names. " +
        "The Norwegian ambassador to Jordan said on Tuesday that Oslo would host a donor meeting. " +
        "Ambassador Kari Lunde said the meeting would take place in March.",
    );
    expect(said(claims, "prisoner swap")?.speaker.name).toBe("Hans Berg");
    expect(said(claims, "donor meeting")?.speaker.name).toBe("Kari Lunde");
  });
});

describe("a person's office or spokesperson after a possessive pronoun ('his office said', 'her spokeswoman said')", () => {
  it("names the person's office, or the person their spokesperson speaks for", () => {
    const claims = run(
      "Prime Minister Lena Holm will visit Warsaw next week, her office said on Monday. " +
        "Her office added that she would meet the Polish president. " +
        "Governor Tomas Reyes will sign the budget on Friday, his spokesman said.",
    );
    expect(said(claims, "visit Warsaw")?.speaker.name).toBe("Lena Holm's office");
    expect(said(claims, "Polish president")?.speaker.name).toBe("Lena Holm's office");
    expect(said(claims, "sign the budget")?.speaker.name).toBe("Tomas Reyes");
  });
});

describe("people named by a capitalised modifier and a plural noun opening the sentence ('Taxi drivers')", () => {
  it("speak in the participle after their own verb", () => {
    const claims = run(
      "Taxi drivers blocked the airport road on Monday, saying the new app was ruining them. " +
        "Fuel marketers disputed that, arguing that payment delays were to blame.",
    );
    expect(said(claims, "new app")?.speaker.mention?.text).toBe("Taxi drivers");
    expect(said(claims, "payment delays")?.speaker.mention?.text).toBe("Fuel marketers");
  });
});
