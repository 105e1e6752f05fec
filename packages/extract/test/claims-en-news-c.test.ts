import { describe, expect, it } from "vitest";
import { englishOn, said } from "./english.ts";
import { scoreGold } from "./gold.ts";

// 2026-07-30 is a Thursday
const run = englishOn("2026-07-30");

describe("English news constructions (held-out batch C)", () => {
  it("takes the lede's own day over the dateline's filing day", () => {
    const claims = run(
      "Norvane shares slide\nSAN JOSE, Calif., July 30 (Reuters) - Norvane Systems Inc said on Wednesday that revenue from its cloud division grew 14% in the second quarter.\n“Customers are still buying,” Chief Executive Priya Halvorsen said on a call with analysts.",
    );
    expect(said(claims, "Customers are still buying")?.date).toBe("2026-07-29");
  });
  it("takes the lede's day from what it reports when nothing else in the lede is dated", () => {
    const claims = run(
      'Wildfire forces thousands to flee\nLOS ANGELES (AP) — A fast-moving wildfire forced more than 8,000 people from their homes on Tuesday, fire officials said, as strong winds pushed the flames west.\n"We are throwing everything we have at it," Battalion Chief Dan Ortega said.',
      "2026-08-12",
    );
    expect(said(claims, "throwing everything")?.date).toBe("2026-08-11");
  });
  it("reads the topic of 'said of X' as no part of the content", () => {
    const claims = run(
      'Asked about the penalty, Kell said of the referee\'s decision: "It\'s never a penalty."\nCorrado said of her team\'s performance that it was "the most complete 90 minutes" of her time in charge.',
    );
    expect(said(claims, "never a penalty")?.content.text).toBe('"It\'s never a penalty."');
    expect(said(claims, "most complete")?.content.text).toBe(
      'it was "the most complete 90 minutes" of her time in charge',
    );
  });
  it("does not read 'press secretary' or 'report results' as reporting verbs", () => {
    const claims = run(
      "White House press secretary Karina Osei said the president would meet steel executives.\nNorvane will report third-quarter results on Oct. 28, the company said.",
    );
    expect(claims.map((c) => c.cue.text)).toEqual(["said", "said"]);
    expect(said(claims, "meet steel executives")?.speaker.name).toBe("Karina Osei");
  });
  it("reads '“…,” the statement read' as the statement's words", () => {
    const claims = run(
      "The European Commission said in a statement that it was disappointed. “The EU remains open to dialogue,” the statement read.",
    );
    expect(said(claims, "remains open")?.speaker.name).toBe("European Commission");
  });
  it("gives 'she' to a person with a lowercase role who just opened a sentence", () => {
    const claims = run(
      '"We gave them nothing," Ashworth said.\nBrackley manager Ines Corrado was full of praise for her side. "They were brave," she said.',
    );
    expect(said(claims, "They were brave")?.speaker.name).toBe("Ines Corrado");
  });
  it("lets a person open a sentence after a short adjunct ('During a town hall, X had a question')", () => {
    const claims = run(
      'President Daniel Whitcomb said the issue was manufactured.\nDuring a town hall, Tina Houchins had a question for the president.\n"My son gave his life," she said.',
    );
    expect(said(claims, "My son gave")?.speaker.name).toBe("Tina Houchins");
  });
  it("never resolves a plural 'they' to the last single person", () => {
    const claims = run(
      "Mayor John Smith said the plan was sound. They said it would fail.\nSeveral parents said the plan was unfair. They said they would protest.",
    );
    expect(said(claims, "it would fail")?.speaker.name).not.toBe("John Smith");
    expect(said(claims, "would protest")?.speaker.name).toBe("Several parents");
  });
  it("skips an audience after 'told' and an agency tail of a dateline", () => {
    const claims = run(
      "Chief Financial Officer Marcus Teague told analysts the company now expected revenue of $9.2 billion.\nNASHVILLE, Tenn. (AP) — At least three people died after flash flooding on Monday night, officials said Tuesday.",
    );
    expect(said(claims, "now expected")?.content.text).toBe(
      "the company now expected revenue of $9.2 billion",
    );
    expect(said(claims, "three people died")?.content.text.startsWith("At least")).toBe(true);
  });
  it("ends a quoted fragment where the writer goes on with the occasion or the speaker's next act", () => {
    const claims = run(
      'HARTWELL, England — Rovers manager Declan Kell said his players "lacked belief" after a 3-1 home defeat on Sunday left the club bottom.\nThe president said the tariffs would stay in place “for as long as it takes” and brushed aside warnings from economists.',
      "2026-10-19",
    );
    expect(said(claims, "lacked belief")?.content.text).toBe('his players "lacked belief"');
    expect(said(claims, "lacked belief")?.date).toBe("2026-10-18");
    expect(said(claims, "stay in place")?.content.text).toBe(
      "the tariffs would stay in place “for as long as it takes”",
    );
  });
  it("names a person before 'of' and their firm ('Ellen Strode of Gallard & Pike')", () => {
    const claims = run(
      "Ellen Strode of Gallard & Pike wrote in a note to clients that the forecast cut was overdue.\nDirector of National Intelligence James Clapper said it was bad.",
    );
    expect(said(claims, "forecast cut")?.speaker.name).toBe("Ellen Strode");
    expect(said(claims, "it was bad")?.speaker.name).toBe("James Clapper");
  });
  it("keeps institutions named 'X of Y' whole and a shadow minister apart from the minister", () => {
    const claims = run(
      'Health Secretary Wes Carter said the figures were "unacceptable".\nThe Royal College of Nursing described the situation as "a crisis".\nLabour\'s shadow health secretary said the government had "run out of excuses".',
    );
    expect(said(claims, "a crisis")?.speaker.name).toBe("Royal College of Nursing");
    expect(said(claims, "run out of excuses")?.speaker.name).not.toBe("Wes Carter");
  });
  it("gives 'the company' to the company that has spoken, not one just mentioned", () => {
    const claims = run(
      "Norvane Systems Inc said on Wednesday that revenue grew 14%.\n“The revenue still isn’t there,” said Owen Markey, a portfolio manager at Tallis Capital, which holds Norvane shares.\nNorvane will report third-quarter results on Oct. 28, the company said.",
    );
    expect(said(claims, "third-quarter results")?.speaker.name).toBe("Norvane Systems Inc");
  });
  it("reads 'hailed' with its object as a report", () => {
    const claims = run('Mikel Santos hailed his side\'s "special" performance after they came from behind.');
    expect(said(claims, "special")?.cue.text).toBe("hailed");
  });
  it("gives 'Critics, including Sen. X, argued' to the critics, and their 'They' too", () => {
    const claims = run(
      "Critics, including Sen. Maria Vance, D-Calif., argued that it spent too much. They also said it ignored veterans.",
    );
    expect(said(claims, "spent too much")?.speaker.name).toBe("Critics");
    expect(said(claims, "ignored veterans")?.speaker.name).toBe("Critics");
  });
  it("reads '“…,” X said, according to a transcript' as X's claim only", () => {
    const claims = run('"It is bloated," Vance said, according to a transcript. "Americans deserve better."');
    expect(claims.map((c) => c.cue.text)).toEqual(["said"]);
  });
  it("ends an inverted speaker's content before the writer's participle of consequence", () => {
    const claims = run(
      "Orbis Corp agreed on Monday to buy rival Kelda Inc for $4 billion, the companies said, creating the largest maker of sensors in North America.",
    );
    expect(claims.find((c) => c.cue.text === "said")?.content.text).toBe(
      "Orbis Corp agreed on Monday to buy rival Kelda Inc for $4 billion",
    );
  });
  it("reads 'X charged with' / 'accused of' without an auxiliary as a passive, and 'told AFP her client …'", () => {
    const claims = run(
      'Minister charged with fraud\nPARIS (AFP) — Prosecutors on Thursday charged former budget minister Luc Morel with fraud.\nMorel\'s lawyer, Claire Dufour, told AFP her client "firmly denies" the charges.',
    );
    expect(claims.some((c) => c.speaker.mention?.text === "Minister")).toBe(false);
    expect(said(claims, "firmly denies")?.content.text).toBe('her client "firmly denies" the charges');
  });
  it("reads 'ruled' as a court's decision", () => {
    const claims = run(
      "A Linwood man accused of arson will remain in jail until his trial, an Ashby County judge ruled Tuesday.",
    );
    expect(said(claims, "remain in jail")?.cue.text).toBe("ruled");
  });
  it("reads 'were first announced' as a passive, no claim", () => {
    const claims = run(
      "He noted that imports had fallen 8% since the tariffs were first announced in March.",
    );
    expect(claims.map((c) => c.cue.text)).toEqual(["noted"]);
  });
  it("lets 'a club spokesman' speak for the football club", () => {
    const claims = run(
      "Hartwell Rovers manager Declan Kell said his players lacked belief.\nRovers have taken two points from their last eight matches.\nA club spokesman said the board had full confidence in the manager.",
    );
    expect(said(claims, "full confidence")?.speaker.name).toBe("Hartwell Rovers");
  });
});

describe("English speaker gender from the speaker's own pronoun", () => {
  it("learns 'he' from 'X said he …' so that a later 'she' skips him", () => {
    const claims = run(
      'Marcus Teague said he expected revenue to fall. Priya Halvorsen said she was confident. Teague told analysts the company would buy back shares. "We are cautious," she added.',
    );
    expect(said(claims, "We are cautious")?.speaker.name).toBe("Priya Halvorsen");
  });
});

describe("the English held-out articles of batch C (fixtures/en-heldout-c)", () => {
  // unseen (English rules of sayso-rules@1.31.0, unchanged in 1.32.0): 50 of 55 matched (64 predicted), names 0.94, dates 0.63
  it("finds, names and dates the claims (at least as well as sayso-rules@1.33.0)", () => {
    const t = scoreGold("en-heldout-c");
    expect(t.matched).toBeGreaterThanOrEqual(54);
    expect(t.predicted).toBeLessThanOrEqual(62);
    expect(t.attributed / t.matched).toBeGreaterThanOrEqual(0.98);
    expect(t.datedRight / t.dated).toBeGreaterThanOrEqual(0.98);
  });
});
