import { describe, expect, it } from "vitest";
import { englishOn, said } from "./english.ts";
import { scoreGold } from "./gold.ts";

// 2026-11-27 is a Friday
const run = englishOn("2026-11-27");

describe("English news constructions (held-out sets J and K, made-up sentences)", () => {
  it("reads a reaction with only a back-reference as no claim, but keeps its subject for 'they' ('welcomed the move')", () => {
    const claims = run(
      "Dock workers' leaders welcomed the ruling. They said it would save hundreds of jobs.\n" +
        "The mayor's office defended the scheme. Farmers observed a two-hour strike. Fees added to household costs.",
    );
    expect(claims.map((c) => c.cue.text)).toEqual(["said"]);
    expect(said(claims, "save hundreds")?.speaker.name).toContain("leaders");
  });
  it("takes 'warn of' with only a topic as no claim, and 'warn' with a bare clause as one", () => {
    const claims = run("Charities warn of hunger in the north. Growers warn prices could double by spring.");
    expect(said(claims, "hunger")).toBeUndefined();
    expect(said(claims, "prices could double")).toBeDefined();
  });
  it("ends a content before ', but <speakers> warn' and before ', while <speaker>, …, told'", () => {
    const claims = run(
      "Transport chief tells MPs the line will open in May, but rail unions warn staff shortages could delay it\n" +
        'Oslo said it "strongly backs" the plan, while a Danish official, speaking on condition of anonymity, told reporters that Copenhagen had doubts.',
    );
    expect(said(claims, "line will open")?.content.text).toBe("the line will open in May");
    expect(said(claims, "strongly backs")?.content.text).toBe('it "strongly backs" the plan');
  });
  it("ends a content at a participle after a comma inside the closing quote ('“in principle,” arguing that …')", () => {
    const claims = run(
      "A Finnish official said Helsinki backed the idea “in principle,” arguing that regional budgets would give towns more say.",
    );
    expect(said(claims, "Helsinki backed")?.content.text).toBe("Helsinki backed the idea “in principle,”");
    expect(said(claims, "regional budgets")?.content.text).toBe("regional budgets would give towns more say");
  });
  it("reads an -s form before a modal as a noun ('regional plans would …')", () => {
    const claims = run("The minister said regional plans would cost less.");
    expect(claims.map((c) => c.cue.text)).toEqual(["said"]);
  });
  it("takes ', per <Name>.' as the source of the sentence", () => {
    const claims = run(
      "The finale drew 9 million viewers, the channel's best night in a decade, per Comscore.",
    );
    expect(said(claims, "9 million viewers")?.speaker.name).toBe("Comscore");
  });
  it("ends a quoted fragment before ', but declined to …' (comma inside the quote)", () => {
    const claims = run('The singer said she had "a few ideas brewing," but declined to give details.');
    expect(said(claims, "ideas brewing")?.content.text).toBe('she had "a few ideas brewing,"');
  });
  it("keeps a quote before 'X said, granted anonymity to …' and takes no claim for the anonymity", () => {
    const claims = run(
      '"We need the money by March," one official said, granted anonymity to discuss the talks.',
    );
    expect(said(claims, "by March")?.cue.text).toBe("said");
    expect(said(claims, "granted anonymity")).toBeUndefined();
  });
  it("does not read a correspondent's 'reporting from <place>' as a cue", () => {
    const claims = run("The BBC's Ann Lowe, reporting from Kigali, said the mood was tense.");
    expect(claims.map((c) => c.cue.text)).toEqual(["said"]);
  });
  it("does not double a 'In a report …, the company says' sentence with an in-source claim", () => {
    const claims = run(
      "In a report published on its website Thursday, the firm says a software bug caused the crash.",
    );
    expect(claims.map((c) => c.cue.text)).toEqual(["says"]);
  });
  it("dates a present-tense lede by the same speaker's dated statement below", () => {
    const claims = run(
      "Gridline says a bad update took down its meters\n" +
        "Smart meter maker Gridline says a faulty software update was behind an outage that cut off thousands of homes.\n" +
        "In a statement on Thursday, Gridline said the update had been withdrawn and all meters were working again.",
    );
    expect(said(claims, "faulty software update")?.date).toBe("2026-11-26");
  });
  it("ends a headline's quoted words before the writer's occasion ('… 'not in a crisis' before derby trip')", () => {
    const claims = run(
      "Lane says City 'nowhere near a crisis' before derby trip\n" +
        'Speaking at his news conference on Friday, City manager Tom Lane said his side were "nowhere near a crisis".',
    );
    expect(said(claims, "City 'nowhere")?.content.text).toBe("City 'nowhere near a crisis'");
  });
  it("dates a headline and standfirst by the first statement the body dates, when their speaker is named otherwise", () => {
    const claims = run(
      "Rail strike called off, Norway says\n" +
        "Norway's labour ministry says unions and operators have reached a deal, as passenger groups warn of weeks of delays.\n" +
        "In a statement on Wednesday, the Ministry of Labour and Social Inclusion said the two sides had agreed a two-year pay settlement.",
    );
    expect(said(claims, "Rail strike called off")?.date).toBe("2026-11-25");
    expect(said(claims, "reached a deal")?.date).toBe("2026-11-25");
    expect(said(claims, "reached a deal")?.content.text).toBe("unions and operators have reached a deal");
  });
  it("takes no claim for a question the next statement answers ('asked whether …' then 'replied that …')", () => {
    const claims = run(
      "Councillor Jo Marsh asked whether the city had enough inspectors. Mayor Tom Lane replied that 40 more would be hired.",
    );
    expect(claims.map((c) => c.cue.text)).toEqual(["replied"]);
  });
});

describe("the English held-out sets J and K (fixtures/en-heldout-j, -k)", () => {
  it("keeps set J's fitted figures (55 of 55 found, 55 predicted, 55 named right, every dated claim right)", () => {
    // unseen at 1.45 and 1.46: claims F1 0.94, attribution 0.81, dates 0.88 (fixtures/en-heldout-j/README.md)
    // (54 of 55 until "An official of the regulator, requesting anonymity, told …" was read)
    const t = scoreGold("en-heldout-j");
    expect(t.matched).toBeGreaterThanOrEqual(55);
    expect(t.predicted).toBeLessThanOrEqual(55);
    expect(t.attributed).toBeGreaterThanOrEqual(55);
    expect(t.datedRight / t.dated).toBeGreaterThanOrEqual(1);
  });
  it("keeps set K's fitted figures (58 of 58 found, 58 predicted, 58 named right, every dated claim right)", () => {
    // unseen at 1.45 and 1.46: claims F1 0.83, attribution 0.67, dates 0.85 (fixtures/en-heldout-k/README.md)
    const t = scoreGold("en-heldout-k");
    expect(t.matched).toBeGreaterThanOrEqual(58);
    expect(t.predicted).toBeLessThanOrEqual(58);
    expect(t.attributed).toBeGreaterThanOrEqual(58);
    expect(t.datedRight / t.dated).toBeGreaterThanOrEqual(1);
  });
});
