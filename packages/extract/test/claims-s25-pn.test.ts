// Session 25 (pn): shapes of news English that PolNeAR dev showed the rules missing, each with made-up sentences
// (names, places and outlets that no fixture or corpus has).
import { describe, expect, it } from "vitest";
import { englishOn } from "./english.ts";

const en = englishOn("2026-10-15");
const enSaid = (text: string) =>
  en(text).map((c) => [c.speaker.mention?.text ?? null, c.cue.text, c.content.text]);

describe("an evaluation no one is named for, through a modal or a link verb: 'it should be obvious that …'", () => {
  it("takes the clause with no speaker", () => {
    expect(enSaid("By now it should be obvious that the ferry levy is unpopular.")).toEqual([
      [null, "should be obvious", "the ferry levy is unpopular"],
    ]);
    expect(enSaid("It has become clear that the harbour board is stalling.")).toEqual([
      [null, "has become clear", "the harbour board is stalling"],
    ]);
    expect(enSaid("It seems evident that the quarry owners knew of the leak.")).toEqual([
      [null, "seems evident", "the quarry owners knew of the leak"],
    ]);
  });
  it("leaves a person's 'be clear' and a plain link verb alone", () => {
    expect(en("The rules must be clear before the season opens.")).toEqual([]);
    expect(en("The sky should be clear by the weekend.")).toEqual([]);
  });
});

describe("'…, The Herald has learned.': a newsroom's own finding closing its sentence", () => {
  it("reports the words before it", () => {
    expect(enSaid("The mayor was keeping the audit from councillors, The Coast Ledger has learned.")).toEqual(
      [["The Coast Ledger", "has learned", "The mayor was keeping the audit from councillors"]],
    );
  });
  it("leaves 'has learned' with no words before it, or with an infinitive, alone", () => {
    expect(en("Since the flood the council has learned.")).toEqual([]);
    expect(en("Fishermen have learned to live with the smaller quota.")).toEqual([]);
  });
});

describe("a headline's directive with its hearer and infinitive: 'Mayor urges residents to boil water'", () => {
  const body = "\n\nThe mayor of Dunmore said on Friday that the town's water was unsafe.";
  it("is a claim, not a verb with a bare noun object", () => {
    expect(enSaid(`Mayor urges residents to boil water${body}`)[0]).toEqual([
      "Mayor",
      "urges",
      "residents to boil water",
    ]);
    expect(enSaid(`Coastguard warns swimmers to stay off Kelby beach${body}`)[0]).toEqual([
      "Coastguard",
      "warns",
      "swimmers to stay off Kelby beach",
    ]);
  });
  it("still leaves a bare noun object alone", () => {
    expect(enSaid(`Mayor urges restraint on harbour fees${body}`).map((c) => c[1])).toEqual(["said"]);
  });
});

describe("an attitude through a link verb or a degree word: 'remains convinced that', 'is very confident that'", () => {
  it("takes the clause, the link in the cue", () => {
    expect(enSaid("Harbourmaster Ewan Marsh remains convinced that the pier will reopen.")).toEqual([
      ["Harbourmaster Ewan Marsh", "remains convinced", "the pier will reopen"],
    ]);
    expect(enSaid("Brannock met the auditors and came away convinced that the accounts were sound.")).toEqual(
      [["Brannock", "came away convinced", "the accounts were sound"]],
    );
    expect(enSaid("The ferry operator is very confident that the new timetable will hold.")).toEqual([
      ["The ferry operator", "is very confident", "the new timetable will hold"],
    ]);
  });
  it("leaves a result clause after 'so' alone", () => {
    expect(en("The skipper was so angry that he tore up the permit.")).toEqual([]);
  });
});

describe("'As X pointed out in her report, …': an adjunct between an as-clause's cue and its comma", () => {
  it("takes the main clause as the words", () => {
    expect(enSaid("As the auditor pointed out in her report, the harbour accounts were late.")).toEqual([
      ["the auditor", "pointed out", "the harbour accounts were late"],
    ]);
    expect(enSaid("As one skipper noted with a grim chart, the catch has halved since 2019.")).toEqual([
      ["one skipper", "noted", "the catch has halved since 2019"],
    ]);
  });
  it("still reads 'as X called them' as a comparison", () => {
    expect(en("The rival clubs, as the Kelby Ledger called them in a column, met again.")).toEqual([]);
  });
});

describe("'To which she replied, “…”': a reply after a preposition and 'which'", () => {
  it("takes the words after the reply's verb", () => {
    const claims = enSaid(
      "The operator said the delays were over. To which Councillor Ewan Marsh replied, “Nobody on this island believes that.”",
    );
    expect(claims[1]).toEqual(["Councillor Ewan Marsh", "replied", "“Nobody on this island believes that.”"]);
  });
});

describe("an adjective of attitude or evaluation with a clause and no 'that': 'is confident the pier will reopen'", () => {
  it("takes the bare clause", () => {
    expect(enSaid("Harbourmaster Ewan Marsh is confident the pier will reopen in May.")).toEqual([
      ["Harbourmaster Ewan Marsh", "is confident", "the pier will reopen in May"],
    ]);
    expect(enSaid("It was clear the harbour board was stalling.")).toEqual([
      [null, "was clear", "the harbour board was stalling"],
    ]);
  });
  it("leaves an adjective with no clause, and a modal's hypothetical 'be', alone", () => {
    expect(en("The skipper was upset the whole day.")).toEqual([]);
    expect(en("The mayor seemed confident in the plan.")).toEqual([]);
    expect(en("The levy could pass if the mayor can be convinced that it is fair.")).toEqual([]);
  });
});

describe("a stance voiced through a noun of hope or relief: 'expressed hope that …'", () => {
  it("takes the clause after the noun", () => {
    expect(enSaid("The mayor expressed hope that the ferry would return by May.")).toEqual([
      ["The mayor", "expressed", "the ferry would return by May"],
    ]);
    expect(enSaid("Harbourmaster Ewan Marsh expressed relief that nobody was hurt.")).toEqual([
      ["Harbourmaster Ewan Marsh", "expressed", "nobody was hurt"],
    ]);
  });
});
