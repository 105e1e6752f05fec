import { describe, expect, it } from "vitest";
import { englishOn, said } from "./english.ts";
import { scoreGold } from "./gold.ts";

// 2026-11-21 is a Saturday
const run = englishOn("2026-11-21");

describe("English news constructions (held-out set G)", () => {
  it("reads a court's 'held that …' as its finding, but not 'held a hearing'", () => {
    const claims = run(
      "The appeals court held that the ban on street vendors breached the constitution.\nThe judge held a hearing on Monday.",
    );
    expect(claims.map((c) => c.cue.text)).toEqual(["held"]);
    expect(said(claims, "ban on street vendors")?.speaker.name).toBe("appeals court");
  });
  it("reads the participle '…, ruling that …' as a claim of the clause's subject, not the noun 'ruling'", () => {
    const claims = run(
      "The labour board quashed the fine, ruling that it had been imposed too late.\nThe board's ruling was posted online.",
    );
    expect(claims.map((c) => c.cue.text)).toEqual(["ruling"]);
    expect(said(claims, "imposed too late")?.speaker.name).toBe("labour board");
  });
  it("ends the main subject of '…, saying' before the verb that takes a determiner ('The board scrapped the levy')", () => {
    const claims = run("The water board scrapped the levy, saying it had raised too little.");
    expect(said(claims, "raised too little")?.speaker.name).toBe("water board");
  });
  it("reads a name with a bracketed post-nominal ('Chief Ada Eze (SAN),') after a described role", () => {
    const claims = run(
      "Reacting to the verdict, counsel to the defendant, Chief Ada Eze (SAN), told reporters that the court had erred.",
    );
    expect(said(claims, "court had erred")?.speaker.name).toBe("Ada Eze");
  });
  it("names the person, not the body, in 'The Convener of the Lagos Women Forum, Mrs Grace Obi,'", () => {
    const claims = run(
      "The Convener of the Lagos Women Forum, Mrs Grace Obi, told reporters that the levy would hurt traders.",
    );
    expect(said(claims, "levy would hurt")?.speaker.name).toBe("Grace Obi");
  });
  it("reads 'Comrade' before a name as an honorific, not part of the name", () => {
    const claims = run("The union's spokesman, Comrade Musa Bello, said the strike would go ahead.");
    expect(said(claims, "strike would go ahead")?.speaker.name).toBe("Musa Bello");
  });
  it("gives 'the judge' to the person introduced as 'Justice …'", () => {
    const claims = run(
      'Justice Amaka Obi said the audit was flawed.\n"The bank must pay the costs," the judge said.',
    );
    expect(said(claims, "must pay the costs")?.speaker.name).toBe("Amaka Obi");
  });
  it("lets an unnamed spokesperson speak for 'the office of the auditor general', not the last person quoted", () => {
    const claims = run(
      "Farmer Tom Reilly said the bridge was unsafe.\nA spokesperson for the office of the auditor general said it does not discuss reviews in progress.",
    );
    const claim = said(claims, "does not discuss reviews");
    expect(claim?.speaker.mention?.text).toBe("A spokesperson for the office of the auditor general");
    expect(claim?.speaker.name).toContain("office of the auditor general");
  });
  it("gives '…, writing in a note that' to the analyst named after her bank ('Acme Corp. analyst Jane Roe')", () => {
    const claims = run(
      "Northwind Securities Inc. analyst Jane Roe cut her rating to sell, writing in a note that the dividend looked unsafe.",
    );
    expect(said(claims, "dividend looked unsafe")?.speaker.name).toBe("Jane Roe");
  });
  it("reads 'its quarterly report' as a noun, not the verb 'report' after an adverb", () => {
    const claims = run("Revenue fell 8%, according to its quarterly report, and Lee said the shares slid.");
    expect(claims.map((c) => c.cue.text)).toEqual(["according to", "said"]);
  });
  it("ends an 'according to' claim at '…, and Smith said …': the next clause has its own speaker", () => {
    const claims = run(
      "Cash fell to $2 million, according to the filing, and Lee said on Monday the firm would cut costs.",
    );
    expect(said(claims, "Cash fell")?.content.text).toBe("Cash fell to $2 million");
    expect(said(claims, "cut costs")?.speaker.name).toBe("Lee");
  });
  it("reads 'did not respond to a question about whether …' as no claim", () => {
    const claims = run(
      "The minister said the tender was fair. She did not respond to a question about whether her aide had met the bidders.",
    );
    expect(claims.map((c) => c.cue.text)).toEqual(["said"]);
  });
  it("keeps a relative described by a quoted nickname ('the father of “Bong-Bong,” who …,') as the speaker", () => {
    const claims = run(
      "Speaking to reporters, the father of “Bong-Bong,” who asked not to be named, said his son was unarmed. “He was at home,” he said.",
    );
    expect(said(claims, "son was unarmed")?.speaker.name).toBe("father of Bong-Bong");
    expect(said(claims, "was at home")?.speaker.name).toBe("father of Bong-Bong");
  });
  it("starts the speaker at its own determiner in 'a levy its critics said …', not at the noun before", () => {
    const claims = run(
      "The council approved a parking levy, a levy its critics said would hurt small shops.",
    );
    expect(said(claims, "hurt small shops")?.speaker.mention?.text).toBe("its critics");
  });
  it("gives '…, saying' after a market move to the one whose act moved it ('shares slumped after the miner cut …')", () => {
    const claims = run(
      "(Wire) -- Orion Mining Ltd. shares slumped the most in a decade after the Toronto-based miner cut its output forecast, saying costs had risen.",
    );
    const claim = said(claims, "costs had risen");
    expect(claim?.speaker.mention?.text).toBe("the Toronto-based miner");
  });
  it("keeps a plural possessive inside a body's name ('The Ohio School Boards' Association')", () => {
    const claims = run("The Ohio School Boards' Association said the levy would hurt rural districts.");
    expect(said(claims, "hurt rural districts")?.speaker.name).toBe("Ohio School Boards' Association");
  });
  it("ends an indirect claim before the writer's '…, making the pledge the centrepiece of …'", () => {
    const claims = run(
      "The mayor promised on Friday that she would halve bus fares, making the pledge the heart of her campaign.",
    );
    expect(said(claims, "halve bus fares")?.content.text).toBe("she would halve bus fares");
  });
  it("ends an indirect claim before a closing appositive that sums it up ('…, a key pledge of his campaign.')", () => {
    const claims = run(
      "The candidate said his party would scrap tuition fees within a year, a key pledge of his campaign.",
    );
    expect(said(claims, "scrap tuition")?.content.text).toBe(
      "his party would scrap tuition fees within a year",
    );
  });
  it("keeps 'District Attorney's Office' whole in a body's name", () => {
    const claims = run("Lawyers with the Dade County District Attorney's Office said the witness had lied.");
    expect(said(claims, "witness had lied")?.speaker.name).toContain(
      "Dade County District Attorney's Office",
    );
  });
  it("reads 'the tribunal' as a body: a later 'he said' is not the tribunal", () => {
    const claims = run(
      'Ade Bello, a lawyer for the losing party, said the count was rigged. The tribunal also threw out the appeal, ruling that it came too late. "We will go to the Supreme Court," he said.',
    );
    expect(said(claims, "Supreme Court")?.speaker.name).toBe("Ade Bello");
  });
});

describe("the English held-out articles of set G (fixtures/en-heldout-g)", () => {
  // unseen (rules at s4-base, sayso-rules@1.41.0): 36 of 39 matched (43 predicted), attribution F1 0.66,
  // names 0.75, dates 0.91; the extra claims left are requests and object-only verbs (PolNeAR annotates them)
  it("finds, names and dates the claims (at least as well as after the set-G rules)", () => {
    const t = scoreGold("en-heldout-g");
    expect(t.matched).toBeGreaterThanOrEqual(39);
    expect(t.predicted).toBeLessThanOrEqual(44);
    expect(t.attributed / t.matched).toBeGreaterThanOrEqual(1);
    expect(t.datedRight / t.dated).toBeGreaterThanOrEqual(1);
  });
});
