import { describe, expect, it } from "vitest";
import { extract } from "../src/index.ts";
import type { ExtractedClaim } from "../src/types.ts";

const run = (text: string, publishedAt = "2026-03-12"): ExtractedClaim[] =>
  extract({ text, lang: "en", publishedAt }).claims;
const brief = (c: ExtractedClaim | undefined) =>
  c && {
    speaker: c.speaker.name,
    mention: c.speaker.mention?.text ?? null,
    cue: c.cue.text,
    content: c.content.text,
  };

describe("local government and legislative caucuses as speakers", () => {
  it("reads a town's municipality or council as a body that speaks", () => {
    expect(run("Larnaca municipality said the new bins would arrive in May.").map(brief)).toEqual([
      {
        speaker: "Larnaca municipality",
        mention: "Larnaca municipality",
        cue: "said",
        content: "the new bins would arrive in May",
      },
    ]);
    expect(run("The Kendal town council said it had no plans to close the library.")[0]?.speaker.name).toBe(
      "Kendal town council",
    );
  });
  it("reads a party caucus, its acronym in parentheses left out of the name", () => {
    const [c] = run("The Green Party (GP) caucus hailed the budget as “a down payment on the future.”");
    expect(brief(c)).toEqual({
      speaker: "Green Party caucus",
      mention: "The Green Party (GP) caucus",
      cue: "hailed",
      content: "the budget as “a down payment on the future.”",
    });
    expect(run("Opposition caucus whip Mara Lind said the vote was rushed.")[0]?.speaker.name).toBe(
      "Mara Lind",
    );
  });
});

describe("courtroom cross-examination", () => {
  it("reads counsel's 'put it to the witness that …' as a claim, the denial after it the writer's", () => {
    const [c] = run(
      "The barrister put it to the witness that he had made up the phone call, which he denied.",
    );
    expect(brief(c)).toEqual({
      speaker: "barrister",
      mention: "The barrister",
      cue: "put",
      content: "he had made up the phone call",
    });
    const [d] = run(
      "Defence counsel Ian Moss put it to her that she had signed the forms herself, a claim she rejected.",
    );
    expect(d?.content.text).toBe("she had signed the forms herself");
  });
  it("takes no other 'put' for a cue", () => {
    expect(run("The minister put the plan on hold until the spring.")).toEqual([]);
    expect(run("The mayor put forward a proposal that would double parking fees.")).toEqual([]);
  });
  it("makes no claim of a hearing that only goes on at a later date", () => {
    expect(run("The trial continues on April 9.")).toEqual([]);
    expect(run("The inquest continues next week.")).toEqual([]);
  });
});
