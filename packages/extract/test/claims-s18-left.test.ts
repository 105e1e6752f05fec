// Session 18 (left): leftovers. An unnamed statement after a clause with its own reporting verb ("X has
// confirmed …, according to a statement issued on Monday") is where X said it, not a second claim.
// A plain plural group joined by "and" ("Farmers and individuals say …") speaks. "The ministry" met only after a
// minister's title is named by the portfolio ("Health Ministry", "Ministry of Health").
// "a Reuters report that …" is a claim of the outlet, undated like an "according to" source.
// Made-up sentences; no text here comes from a fixture.
import { describe, expect, it } from "vitest";
import { englishOn } from "./english.ts";

// (a Thursday)
const en = englishOn("2026-12-03");
const brief = (text: string) => en(text).map((c) => [c.speaker.name, c.content.text, c.date]);

describe("an unnamed statement after a clause with its own reporting verb", () => {
  it("gives one claim, the clause's speaker's, dated by the statement", () => {
    expect(
      brief(
        "The port authority has confirmed 14 cases of cholera among dock workers, according to a statement issued on Monday.",
      ),
    ).toEqual([["port authority", "14 cases of cholera among dock workers", "2026-11-30"]]);
  });
  it("keeps a statement from someone else as its own claim", () => {
    expect(
      en(
        "The port authority has confirmed 14 cases of cholera, according to a statement from the health ministry.",
      ).length,
    ).toBe(2);
  });
  it("keeps a plain sentence attributed to a statement", () => {
    expect(brief("Fourteen dock workers have cholera, according to a statement issued on Monday.")).toEqual([
      ["statement", "Fourteen dock workers have cholera", "2026-11-30"],
    ]);
  });
});

describe("a plural group joined by and", () => {
  it("gives a claim to farmers and individuals", () => {
    expect(en("Farmers and individuals say the new water tariff will drive them off the land.")).toHaveLength(
      1,
    );
  });
});

describe("the ministry after a minister of that portfolio", () => {
  it("names the portfolio's ministry from a title before the name", () => {
    const claims = en(
      "Transport Minister Ana Ruiz said on Tuesday that the bridge was safe. The ministry said inspections would resume in May.",
    );
    expect(claims.map((c) => c.speaker.name)).toEqual(["Ana Ruiz", "Transport Ministry"]);
  });
  it("names the ministry from a title after the name", () => {
    const claims = en(
      "Ana Ruiz, the Minister of Transport, said on Tuesday that the bridge was safe. The ministry said inspections would resume in May.",
    );
    expect(claims.map((c) => c.speaker.name)).toEqual(["Ana Ruiz", "Ministry of Transport"]);
  });
  it("keeps a ministry the article named itself", () => {
    const claims = en(
      "The transport ministry said the bridge was safe. Transport Minister Ana Ruiz said on Tuesday that traffic would resume. The ministry said inspections would resume in May.",
    );
    expect(claims.map((c) => c.speaker.name)).toEqual([
      "transport ministry",
      "Ana Ruiz",
      "transport ministry",
    ]);
  });
  it("leaves a prime minister's ministry unnamed", () => {
    const claims = en(
      "Prime Minister Ana Ruiz said on Tuesday that the bridge was safe. The ministry said inspections would resume in May.",
    );
    expect(claims.map((c) => c.speaker.name)).toEqual(["Ana Ruiz", "ministry"]);
  });
});

describe("a named report that …", () => {
  it("gives the report's content to its publisher, undated", () => {
    expect(
      brief(
        "Shares of Dalmore Foods rose on Monday after a Bloomberg report that the grocer was weighing a sale.",
      ),
    ).toEqual([["Bloomberg", "the grocer was weighing a sale", null]]);
  });
  it("takes a publisher of several words", () => {
    expect(
      brief("The mayor rejected an Evening Standard report that he had ordered the tunnel closed.").map(
        (c) => c[0],
      ),
    ).toContain("Evening Standard");
  });
  it("gives no claim for a report that cited someone (a relative clause)", () => {
    expect(en("Shares fell after a Bloomberg report that cited two bankers.")).toEqual([]);
  });
});

describe("a minister of state", () => {
  it("names no ministry of state", () => {
    const claims = en(
      "Ana Ruiz, the Minister of State for Trade, said on Tuesday that exports rose. The ministry said the figures were provisional.",
    );
    expect(claims.map((c) => c.speaker.name)).not.toContain("Ministry of State");
  });
});
