import { describe, expect, it } from "vitest";
import { extract } from "../src/index.ts";

const run = (text: string) =>
  extract({ text, publishedAt: "2026-03-10", lang: "en" }).claims.map((c) => ({
    name: c.speaker.name,
    mention: c.speaker.mention?.text ?? null,
    cue: c.cue.text,
    content: c.content.text,
  }));

describe("English speakers (fitted to set L)", () => {
  it("keeps a pronoun on the councillor, not on the party named before the title", () => {
    const claims = run(
      "Sinn Féin councillor Ronan Walsh, who voted against the plan, said the levy was unfair.\n" +
        "“People in this town are already stretched,” he said.",
    );
    expect(claims.map((c) => c.name)).toEqual(["Ronan Walsh", "Ronan Walsh"]);
  });

  it("links a body's initials to the name given in full before", () => {
    const claims = run(
      "The Regional Water Board said on Monday that supplies were safe to drink.\n" +
        "According to the RWB, demand rose by 4% last year.\n" +
        "A RWB spokeswoman said the hosepipe ban would end in April.",
    );
    expect(claims.map((c) => c.name)).toEqual([
      "Regional Water Board",
      "Regional Water Board",
      "Regional Water Board",
    ]);
  });

  it("links initials given in brackets and skips linking words", () => {
    const claims = run(
      "The Office for Coastal Safety (OCS) said the beach would reopen on Friday.\n" +
        "The OCS said lifeguards would patrol it until September.",
    );
    expect(claims.map((c) => c.name)).toEqual(["Office for Coastal Safety", "Office for Coastal Safety"]);
  });

  it("does not guess a body for an initialism the article never spelt out", () => {
    const claims = run("The Harbour Trust said the pier was safe. The RNLI said crews were on standby.");
    expect(claims.map((c) => c.name)).toEqual(["Harbour Trust", "RNLI"]);
  });

  it("splits an office at a department from the minister's name", () => {
    const claims = run(
      "Minister of State at the Department of Health Orla Quinn told reporters that waiting lists would fall.\n" +
        "Hospital managers were not convinced.\n" +
        "She said the money had already been allocated.",
    );
    expect(claims.map((c) => c.name)).toEqual(["Orla Quinn", "Orla Quinn"]);
  });

  it("does not take the last place of a listed prepositional object as a speaker", () => {
    const claims = run(
      "Mayor Tom Reyes said that the results in Brighton, Hove and Lewes showed voters wanted change.",
    );
    expect(claims).toHaveLength(1);
    // (a list inside a body's name is no preposition's object: the spokesperson still speaks)
    const [body] = run(
      "A spokesperson for the Department for Culture, Media and Sport said: “The pool will reopen.”",
    );
    expect(body?.content).toBe("“The pool will reopen.”");
    expect(claims[0]).toMatchObject({
      name: "Tom Reyes",
      content: "the results in Brighton, Hove and Lewes showed voters wanted change",
    });
  });

  it("reads diplomats and envoys as people who speak", () => {
    const claims = run(
      "The deal is close, two Western diplomats told reporters.\n" +
        "A second diplomat said the talks would resume in January.\n" +
        "A senior envoy said the ceasefire was holding.",
    );
    expect(claims.map((c) => c.cue)).toEqual(["told", "said", "said"]);
    expect(claims.map((c) => c.mention)).toEqual([
      "two Western diplomats",
      "A second diplomat",
      "A senior envoy",
    ]);
  });

  it("names one member of a group by the group's description", () => {
    const claims = run(
      "The strike will go ahead, four NHS managers told the newspaper.\n" +
        "“Nobody wants this,” one of the managers said.",
    );
    expect(claims.map((c) => c.name)).toEqual(["four NHS managers", "NHS manager"]);
    const alone = run("“Nobody wants this,” one of the managers said.");
    expect(alone[0]?.name).toBe("one of the managers");
  });

  it("gives a plural pronoun to the group of people that opened the sentence before", () => {
    const claims = run(
      "The scientists, from the University of Kent, sampled 40 rivers over three years. " +
        "They found that nitrate levels had fallen by a fifth.",
    );
    expect(claims.map((c) => c.name)).toEqual(["scientists"]);
  });
});
