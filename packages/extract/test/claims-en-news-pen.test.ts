import { describe, expect, it } from "vitest";
import { extract } from "../src/index.ts";

const run = (text: string) =>
  extract({ text, publishedAt: "2026-03-11", lang: "en" }).claims.map((c) => ({
    name: c.speaker.name,
    mention: c.speaker.mention?.text,
    cue: c.cue.text,
    content: c.content.text,
  }));

describe("English news as wires write it", () => {
  it("reads the source before a request for anonymity without commas ('who spoke on condition of anonymity said')", () => {
    expect(
      run(
        "The port will reopen within days, three officials who spoke on condition of anonymity said on Monday.",
      ),
    ).toEqual([
      {
        name: "three officials",
        mention: "three officials",
        cue: "said",
        content: "The port will reopen within days",
      },
    ]);
    expect(run("A diplomat who asked not to be identified said the envoy had left Lusaka.")).toEqual([
      { name: "diplomat", mention: "A diplomat", cue: "said", content: "the envoy had left Lusaka" },
    ]);
    expect(
      run(
        "Two aides who were not authorized to discuss the budget publicly told reporters the vote would slip.",
      ),
    ).toMatchObject([{ mention: "Two aides", content: "the vote would slip" }]);
  });
  it("reads a source with a relative clause and a post-modifier ('a banker who was briefed on the sale said')", () => {
    expect(run("A trader who was briefed on the auction said the reserve price would be cut.")).toEqual([
      {
        name: "trader",
        mention: "A trader who was briefed on the auction",
        cue: "said",
        content: "the reserve price would be cut",
      },
    ]);
  });
  it("reads an upper-case place and colon after a headline and byline as a dateline, no speaker", () => {
    const claims = run(
      "Port traffic slows in October\nBy Our Correspondent\nKOCHI: The port authority said on Monday that cargo fell 8%.",
    );
    expect(claims).toEqual([
      { name: "port authority", mention: "The port authority", cue: "said", content: "cargo fell 8%" },
    ]);
  });
  it("reads 'a Health Ministry official' as a person of that body, named without the article", () => {
    const claims = run(
      "A Transport Ministry official said the tender would reopen. The official said bids were due in May.",
    );
    expect(claims.map((c) => c.name)).toEqual(["Transport Ministry official", "Transport Ministry official"]);
  });
  it("keeps 'Justice' in a body's name ('A Justice Ministry spokeswoman' speaks for the Justice Ministry)", () => {
    const claims = run("A Justice Ministry spokeswoman said the prisoner had been moved to Kampala.");
    expect(claims.map((c) => c.name)).toEqual(["Justice Ministry"]);
  });
  it("keeps the speaker of 'adding' after a content with an age or appositive between commas", () => {
    const claims = run(
      "Investigators said the woman, 52, was arrested on Friday, adding that two others were being sought.",
    );
    expect(claims.map((c) => [c.name, c.cue])).toEqual([
      ["Investigators", "said"],
      ["Investigators", "adding"],
    ]);
  });
  it("finds a one-word listed company for 'the airline', never joined to the headline's last word", () => {
    const claims = run(
      "Pay row grounds Skyvale\nSkyvale shares fell 2% on Monday. The airline said flights would resume on Wednesday.",
    );
    expect(claims.map((c) => [c.name, c.mention])).toEqual([["Skyvale", "The airline"]]);
    const tesco = run("Shares of Brindle rose on Monday. The retailer said demand was strong.");
    expect(tesco.map((c) => c.name)).toEqual(["Brindle"]);
  });
  it("skips the gathering told ('told a news conference', 'told the news agency') before the content", () => {
    const contents = (text: string) => run(text).map((c) => c.content);
    expect(contents("The coach told a news conference the squad was fit.")).toEqual(["the squad was fit"]);
    expect(contents("The envoy told a press briefing the ceasefire was holding.")).toEqual([
      "the ceasefire was holding",
    ]);
    expect(contents("The governor told the news agency the dam was safe.")).toEqual(["the dam was safe"]);
  });
  it("reads no statement in an unanswered call ('did not respond to calls seeking comment')", () => {
    expect(run("Her office did not immediately respond to calls and messages seeking comment.")).toEqual([]);
    expect(run("The mayor responded to calls for an audit by saying the books were open.").length).toBe(2);
  });
  it("names a body described first, then named ('The main opposition party, the Unity Front, said')", () => {
    const claims = run("The country's main opposition party, the Unity Front, said the levy was unfair.");
    expect(claims.map((c) => c.name)).toEqual(["Unity Front"]);
  });
  it("reads a regulator or watchdog as a speaker's head ('The watchdog, the Energy Standards Board, said')", () => {
    expect(
      run("The watchdog, the Energy Standards Board, said the merger was cleared.").map((c) => c.name),
    ).toEqual(["Energy Standards Board"]);
    expect(
      run("An official of the regulator, requesting anonymity, told reporters that fines would follow."),
    ).toEqual([
      {
        name: "official of the regulator",
        mention: "An official of the regulator, requesting anonymity",
        cue: "told",
        content: "fines would follow",
      },
    ]);
  });
  it("reads a body described by the people it serves, then named ('The union representing pilots, BALPA, said')", () => {
    expect(
      run("The association representing medics, the Clinicians Guild, said the rota was unsafe."),
    ).toEqual([
      {
        name: "Clinicians Guild",
        mention: "The association representing medics, the Clinicians Guild",
        cue: "said",
        content: "the rota was unsafe",
      },
    ]);
    expect(run("A charity for refugees said the shelter was full.").map((c) => c.mention)).toEqual([
      "A charity for refugees",
    ]);
  });
  it("skips the part of the day before the day after the verb ('said late Tuesday it had …')", () => {
    const dated = (text: string) =>
      extract({ text, publishedAt: "2026-03-11", lang: "en" }).claims.map((c) => [c.content.text, c.date]);
    expect(dated("The lender said late Monday it would close forty branches.")).toEqual([
      ["it would close forty branches", "2026-03-09"],
    ]);
    expect(dated("The ministry said early on Tuesday the border crossing had reopened.")).toEqual([
      ["the border crossing had reopened", "2026-03-10"],
    ]);
  });
  it("resolves 'the carrier' and 'the drugmaker' to the company the story is about", () => {
    expect(
      run("Coastline Airways will drop six routes in June, the carrier said on Friday.").map((c) => c.name),
    ).toEqual(["Coastline Airways"]);
    expect(
      run("Brightwell Pharmaceuticals posted a loss. The drugmaker said trials would resume.").map(
        (c) => c.name,
      ),
    ).toEqual(["Brightwell Pharmaceuticals"]);
  });
  it("reads a kind of company before its name as one speaker ('The retailer, Marks & Spencer, said')", () => {
    expect(run("The lender, Hollis & Grant, said arrears had doubled.")).toEqual([
      {
        name: "Hollis & Grant",
        mention: "The lender, Hollis & Grant",
        cue: "said",
        content: "arrears had doubled",
      },
    ]);
    expect(run("Fares will rise in May, the carrier, Palmair, said.").map((c) => c.mention)).toEqual([
      "the carrier, Palmair",
    ]);
  });
  it("reads 'Pharma' as the last word of a company's name ('Kelvane Pharma …, the drugmaker said')", () => {
    expect(
      run("Kelvane Pharma will cut the price of its insulin pen, the drugmaker said.").map((c) => c.name),
    ).toEqual(["Kelvane Pharma"]);
  });
  it("reads an operator described by its trade as a speaker ('The telecoms operator said in a filing')", () => {
    expect(run("The mobile operator said in a filing on Monday that it would sell its masts.")).toEqual([
      {
        name: "mobile operator",
        mention: "The mobile operator",
        cue: "said",
        content: "it would sell its masts",
      },
    ]);
  });
});
