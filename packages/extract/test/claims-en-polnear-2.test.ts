import { describe, expect, it } from "vitest";
import { englishOn, said } from "./english.ts";

// 2026-10-06 is a Tuesday
const run = englishOn("2026-10-06");
const LEAD = "The council met on Monday to debate the budget.\n";

describe("English attributions of the kinds PolNeAR annotates (2)", () => {
  it("reads a stance voiced on a topic: 'expressed concern about X', 'voiced support for Y'", () => {
    const claims = run(
      `${LEAD}Several pharmacists expressed deep concern about the new licensing fee. The farmers' union voiced support for the river plan.`,
    );
    expect(said(claims, "licensing fee")).toMatchObject({
      speaker: { name: "Several pharmacists" },
      content: { text: "the new licensing fee" },
    });
    expect(said(claims, "river plan")?.content.text).toBe("the river plan");
  });
  it("reads 'raised concerns that …' with its clause", () => {
    const claims = run(`${LEAD}Two councillors raised concerns that the depot would flood every winter.`);
    expect(said(claims, "depot")?.content.text).toBe("the depot would flood every winter");
  });
  it("still reads 'raised fares', 'expressed gratitude to' and 'her voice' as no claim", () => {
    const claims = run(
      `${LEAD}The ferry operator raised fares by a third. The mayor expressed gratitude to the volunteers. Her voice broke.`,
    );
    expect(claims).toEqual([]);
  });
  it("leaves 'this weekend' between the hearer and the content out of the content", () => {
    const claims = run(`${LEAD}The governor told reporters this weekend he would veto the water bill.`);
    expect(said(claims, "veto")?.content.text).toBe("he would veto the water bill");
  });
  it("ends an object before a hyphenated circumstance ('in late-night posts')", () => {
    const claims = run(`${LEAD}The candidate attacked Ms. Imrie in late-night posts.`);
    expect(said(claims, "Imrie")?.content.text).toBe("Ms. Imrie");
  });
  it("ends the content before the writer's participle of consequence (', contradicting …')", () => {
    const claims = run(
      `${LEAD}The video shows that the driver had stopped at the light, contradicting the company's first account. The minister said the tax would stay, quietly ending hopes of a cut.`,
    );
    expect(said(claims, "driver")?.content.text).toBe("the driver had stopped at the light");
    expect(said(claims, "tax would stay")?.content.text).toBe("the tax would stay");
  });
  it("reads a quoted title closing the opening phrase as no content ('In an interview on “Morning Desk,” X said …')", () => {
    const claims = run(
      `${LEAD}In an interview on Radio Kestrel's “The Morning Desk,” the port director said the new cranes would arrive in May.`,
    );
    expect(claims.map((c) => c.content.text)).toEqual(["the new cranes would arrive in May"]);
  });
  it("still reads a quotation after the opening phrase's comma as the content", () => {
    const claims = run(`${LEAD}In a statement on Friday, “We will appeal the ruling,” the union said.`);
    expect(said(claims, "appeal")?.content.text).toContain("“We will appeal the ruling,”");
  });
  it("reads an attitude adjective with its that-clause ('Growers were frustrated that …')", () => {
    const claims = run(
      `${LEAD}Many growers are afraid that the new levy will close small farms. Shop owners were also frustrated that the market hall stayed shut.`,
    );
    expect(said(claims, "levy")).toMatchObject({
      speaker: { name: "Many growers" },
      content: { text: "the new levy will close small farms" },
    });
    expect(said(claims, "market hall")?.speaker.name).toBe("Shop owners");
  });
  it("still reads 'were frustrated by' and a pronoun's attitude inside a statement as no claim of its own", () => {
    const claims = run(
      `${LEAD}Drivers were frustrated by the closure. The mayor said they were concerned that the bridge would rust.`,
    );
    expect(claims.map((c) => c.cue.text)).toEqual(["said"]);
  });
  it("reads 'It is apparent that …' as a claim no one is named for", () => {
    const claims = run(`${LEAD}It is apparent that the ferry company misjudged the demand.`);
    expect(claims).toHaveLength(1);
    expect(claims[0]).toMatchObject({
      speaker: { name: null, mention: null },
      content: { text: "the ferry company misjudged the demand" },
    });
  });
  it("still reads 'The plan is clear that …' and 'clear proof that …' as no claim", () => {
    const claims = run(
      `${LEAD}The plan is clear that fares will rise. Nobody saw clear proof that the fares would rise.`,
    );
    expect(claims).toEqual([]);
  });
  it("reads the nouns 'conclusion' and 'charge' before their that-clause", () => {
    const claims = run(
      `${LEAD}Officials disputed the auditor's conclusion that the depot was overpriced. Her office rejected the charge that the tender was rigged.`,
    );
    expect(said(claims, "overpriced")).toMatchObject({
      cue: { text: "conclusion" },
      content: { text: "the depot was overpriced" },
    });
    expect(claims.find((c) => c.cue.text === "charge")?.content.text).toBe("the tender was rigged");
  });
  it("reads a passive report with no one named ('have been accused of …') as its clause, without a speaker", () => {
    const claims = run(
      `${LEAD}Inspectors have often been accused of ignoring small landlords, with little evidence. The board was criticized for delaying the audit.`,
    );
    expect(said(claims, "small landlords")).toMatchObject({
      speaker: { name: null },
      cue: { text: "have often been accused" },
      content: { text: "Inspectors have often been accused of ignoring small landlords" },
    });
    expect(said(claims, "audit")?.content.text).toBe("The board was criticized for delaying the audit");
  });
  it("leaves a passive report to the speaker who closes it, and to the agent it names", () => {
    const claims = run(
      `${LEAD}The treasurer was accused of hiding the losses, two auditors said. The mayor was accused of lying by the opposition.`,
    );
    expect(claims.map((c) => c.cue.text)).toEqual(["said"]);
    expect(claims[0]?.speaker.name).toBe("two auditors");
  });
  it("reads 'is considered a …' and 'were rated as …' as passive reports, but not 'considered the offer'", () => {
    const claims = run(
      `${LEAD}The old pier is considered a danger to swimmers. Most of the claims were rated as false. The mayor considered the offer for a week.`,
    );
    expect(claims.map((c) => c.content.text)).toEqual([
      "The old pier is considered a danger to swimmers",
      "Most of the claims were rated as false",
    ]);
  });
});
