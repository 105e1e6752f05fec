import { describe, expect, it } from "vitest";
import { extract } from "../src/index.ts";

const run = (text: string) =>
  extract({ text, publishedAt: "2026-06-26", lang: "en" }).claims.map((c) => ({
    name: c.speaker.name,
    mention: c.speaker.mention?.text ?? null,
    cue: c.cue.text,
    content: c.content.text,
  }));

describe("English speakers (fitted to set N)", () => {
  it("takes the name after a capitalised office in apposition", () => {
    const claims = run(
      "The Deputy Leader, Hon. Mary Ansah-Owusu, said the levy would hurt traders.\n" +
        "The union's General Secretary, Mr Peter Quartey, said drivers would strike.\n" +
        "The Finance Minister, Joseph Aidoo, told reporters that revenue was up.",
    );
    expect(claims.map((c) => c.name)).toEqual(["Mary Ansah-Owusu", "Peter Quartey", "Joseph Aidoo"]);
  });

  it("reads an “and” inside a portfolio or a body's name as part of the speaker", () => {
    const claims = run(
      "The Minister for Lands and Natural Resources, Hon. Kofi Adu, said mining permits would be reviewed.\n" +
        "The Finance and Budget Committee said the accounts were in order.",
    );
    expect(claims.map((c) => c.mention)).toEqual([
      "The Minister for Lands and Natural Resources, Hon. Kofi Adu",
      "The Finance and Budget Committee",
    ]);
    expect(claims[0]?.name).toBe("Kofi Adu");
  });

  it("resolves a legislator named by seat and 'the sector minister' to the people named before", () => {
    const claims = run(
      "The Member of Parliament for Tema East, Hon. Grace Lamptey, said the port needed dredging.\n" +
        "The Minister for Fisheries, Hon. Daniel Osei, said the ban would be lifted.\n" +
        '"We cannot wait another year," the Tema East MP said.\n' +
        '"The stocks have recovered," the sector minister stated.',
    );
    expect(claims.map((c) => c.name)).toEqual([
      "Grace Lamptey",
      "Daniel Osei",
      "Grace Lamptey",
      "Daniel Osei",
    ]);
  });

  it("lets the Bench and its judges speak as the court", () => {
    const claims = run(
      "Tenants cannot be evicted without notice, says Kerala High Court\n" +
        "A Division Bench of Justices A. Menon and P. Thomas observed that the landlord had acted unlawfully.\n" +
        'The Bench pointed out that the lease was still valid. "The law is clear," it said.',
    );
    expect(claims.map((c) => c.name)).toEqual([
      "Kerala High Court",
      "Kerala High Court",
      "Kerala High Court",
      "Kerala High Court",
    ]);
    expect(claims[1]?.mention).toBe("A Division Bench of Justices A. Menon and P. Thomas");
  });

  it("reads 'According to him' as the man just quoted", () => {
    const claims = run(
      "The party chairman, Mr Isaac Fordjour, said the budget was unfair.\n" +
        "According to him, the party would take the matter to court.",
    );
    expect(claims.map((c) => c.name)).toEqual(["Isaac Fordjour", "Isaac Fordjour"]);
  });
});
