import { describe, expect, it } from "vitest";
import { englishOn, said } from "./english.ts";

// Made-up wire and local-paper sentences for English weaknesses found by session 11's reviewers; no text here
// comes from a fixture. 2026-11-30 is a Monday.
const run = englishOn("2026-11-30");

describe("a gapped relative clause with a relative clause of its own", () => {
  it("keeps 'whose …' and a clause without a pronoun inside the content, up to the main predicate", () => {
    const claims = run(
      "A vaccine that its developers said could protect children whose lungs are weak reached pharmacies. " +
        "A scheme that the council said would rehouse tenants the fire has left homeless was approved. " +
        "A tax that unions said would hit towns where wages are falling was shelved in the spring.",
    );
    expect(said(claims, "could protect")?.content.text).toBe("could protect children whose lungs are weak");
    expect(said(claims, "would rehouse")?.content.text).toBe(
      "would rehouse tenants the fire has left homeless",
    );
    expect(said(claims, "would hit")?.content.text).toBe("would hit towns where wages are falling");
  });

  it("runs to the sentence end when 'whose …' ends the sentence, and still stops at a plain main predicate", () => {
    const claims = run(
      "Few voters have heard of a bill that economists said would hurt renters whose leases are short. " +
        "A budget that the treasurer said would trim the deficit was passed.",
    );
    expect(said(claims, "would hurt")?.content.text).toBe("would hurt renters whose leases are short");
    expect(said(claims, "would trim")?.content.text).toBe("would trim the deficit");
  });
});

describe("a research team named by its leader at a body without 'the'", () => {
  it("names the leader, not the university", () => {
    const claims = run(
      "Ines Carvalho at Coimbra University and her colleagues reported that the fungus survives frost. " +
        "Tomas Lind at Uppsala found that the lake had warmed.",
    );
    expect(said(claims, "the fungus survives")?.speaker.name).toBe("Ines Carvalho");
    expect(said(claims, "the lake had warmed")?.speaker.name).toBe("Tomas Lind");
  });
});

describe("a lowercase modifier before a local office", () => {
  it("reads 'the county sheriff' and a capitalised modifier before an office and a name as one speaker phrase", () => {
    const claims = run(
      "The county sheriff told a news conference on Friday that the bridge would stay shut. " +
        "Port administrator Ines Moreau says the cranes will be replaced. " +
        "Fire commander Dan Ruiz says the blaze is contained.",
    );
    expect(said(claims, "the bridge would stay shut")?.speaker.mention?.text).toBe("The county sheriff");
    expect(said(claims, "the cranes")?.speaker.mention?.text).toBe("Port administrator Ines Moreau");
    expect(said(claims, "the cranes")?.speaker.titles).toContain("Port administrator");
    expect(said(claims, "the blaze")?.speaker.mention?.text).toBe("Fire commander Dan Ruiz");
  });
});

describe("a titled name inside a relative clause on a thing", () => {
  it("gives the claim of 'a ruling that opposition leader X said …' to the titled person, not the noun", () => {
    const claims = run(
      "The court upheld a ban that opposition leader Rafael Okoye said was aimed at his party. " +
        "Voters rejected a levy that city treasurer Mark Onu said would fund the pools.",
    );
    const ban = said(claims, "was aimed at his party");
    expect([ban?.speaker.name, ban?.speaker.mention?.text]).toEqual([
      "Rafael Okoye",
      "opposition leader Rafael Okoye",
    ]);
    const levy = claims.find((c) => c.cue.text === "said" && c.content.text === "would fund the pools");
    expect(levy?.speaker.name).toBe("Mark Onu");
  });

  it("leaves the noun out of the mention when the relative clause has no 'that' ('a levy Senator X said …')", () => {
    const claims = run("Councillors passed a rule Mayor Hana Vos said would clear the parks.");
    const rule = said(claims, "would clear the parks");
    expect([rule?.speaker.name, rule?.speaker.mention?.text]).toEqual(["Hana Vos", "Mayor Hana Vos"]);
    expect(run("The novelist Ian Grey said the book was finished.")[0]?.speaker.mention?.text).toBe(
      "The novelist Ian Grey",
    );
  });
});

describe("the main clause after a gapped relative clause", () => {
  it("does not date the statement by the day the main clause tells of", () => {
    const claims = run(
      "The minister said on Tuesday that rents would be frozen. " +
        "A bill that she said would cap deposits was passed on Friday.",
    );
    expect(said(claims, "would cap deposits")?.date).toBe("2026-11-24");
  });
});

describe("a researcher's present tense after the paper's day", () => {
  it("leaves '“…,” says X' undated (an interview), while the paper's own words keep its day", () => {
    const claims = run(
      "In a study published on 3 November, ecologist Rosa Jimenez reported that bees avoid the pesticide.\n" +
        "“We were surprised by how quickly they learned,” says Jimenez.\n" +
        "The bees also foraged less, the study says.",
    );
    expect(said(claims, "bees avoid")?.date).toBe("2026-11-03");
    expect(said(claims, "We were surprised")?.date).toBeNull();
  });
});
