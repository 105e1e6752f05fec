import { describe, expect, it } from "vitest";
import { englishOn, said } from "./english.ts";

const run = englishOn("2026-11-27");

describe("English pronouns of a person", () => {
  it("leaves a she with no woman named unresolved instead of giving it to the body quoted before", () => {
    const claims = run(
      "The district council said the pool would close in March.\n\n" +
        'Swimmers gathered outside the town hall. "It is a disgrace," she said.',
    );
    expect(said(claims, "disgrace")?.speaker.name).toBeNull();
  });
  it("still gives a he/she to the body a spokesperson or officer of it spoke for", () => {
    const claims = run(
      "A spokeswoman for the district council said the pool would close. She added that staff would move.\n\n" +
        "The Tarn Valley Trust said the pool was unsafe. A spokesman added that repairs were too costly. He said the site would be sold.",
    );
    expect(said(claims, "staff would move")?.speaker.name).toBe("district council");
    expect(said(claims, "site would be sold")?.speaker.name).toBe("Tarn Valley Trust");
  });
});

describe("English attacks made with force", () => {
  it("takes no claim for an armed attack on a place, a post or a craft, or with a weapon", () => {
    const claims = run(
      "Rebels attacked the village on Tuesday, killing 12 people. Troops attacked the rebel base at dawn. " +
        "Gunmen attacked a police station in the north. A man attacked the councillor with a knife.",
    );
    expect(claims.map((c) => c.cue.text)).toEqual([]);
  });
  it("keeps an attack in words on a plan, a policy or a body", () => {
    const claims = run(
      'Senator Ada Voss attacked the plan as "reckless". Critics attacked the city\'s new housing policy. ' +
        "Lee attacked the town council for its silence.",
    );
    expect(claims.map((c) => c.content.text)).toEqual([
      'the plan as "reckless"',
      "the city's new housing policy",
      "the town council for its silence",
    ]);
  });
});

describe("English groups of people as speakers", () => {
  it("reads rebels, fishermen, villagers and relatives as speakers, and never as the protagonist a title falls back to", () => {
    const claims = run(
      "Houthi rebels said the tanker was hit. Local fishermen said they heard two blasts. Villagers said the road was closed.\n\n" +
        "Rebels said the convoy had turned back. The opposition leader said it was a scandal. Relatives said the men were innocent.",
    );
    expect(claims.map((c) => c.speaker.mention?.text)).toEqual([
      "Houthi rebels",
      "Local fishermen",
      "Villagers",
      "Rebels",
      "The opposition leader",
      "Relatives",
    ]);
    expect(said(claims, "a scandal")?.speaker.name).toBe("opposition leader");
  });
});

describe("English days after a reported object", () => {
  it("dates the report by the day after its bare object, and leaves the day out of the content", () => {
    const claims = run(
      "Harlow Bank reported a record profit on Thursday, driven by its trading arm. " +
        "The carmaker announced 900 job cuts on Tuesday. Councillor Ivy Lamb confirmed her resignation yesterday.",
    );
    expect(claims.map((c) => [c.content.text, c.date])).toEqual([
      ["a record profit", "2026-11-26"],
      ["900 job cuts", "2026-11-24"],
      ["her resignation", "2026-11-26"],
    ]);
  });
  it("keeps the day inside a reported clause, where it dates what happened", () => {
    const [c] = run("The firm said profits rose on Thursday.");
    expect(c?.content.text).toBe("profits rose on Thursday");
  });
});

describe("English lede roles named later", () => {
  it("never gives a lede's 'spokesman for the mayor' the name of the next speaker quoted", () => {
    const claims = run(
      "A spokesman for the mayor said he was concerned about the closures.\n\n" +
        "Dane Kettle, who runs the ferry, said trade had halved.",
    );
    expect(said(claims, "concerned")?.speaker.name).toBe("spokesman for the mayor");
  });
});
