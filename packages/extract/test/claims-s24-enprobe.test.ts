// Session 24 (enprobe): English constructions left over from earlier probes and those made-up reports of small
// island and regional papers turned up, each with made-up sentences (names and places no fixture or probe has).
import { describe, expect, it } from "vitest";
import { englishOn } from "./english.ts";

const en = englishOn("2026-11-20");
const enSaid = (text: string) => en(text).map((c) => [c.speaker.name, c.content.text]);

describe("an unnamed person at a place by its kind in a named town ('A teacher at a school in St John's')", () => {
  it("speaks as the whole description, not the town", () => {
    expect(
      enSaid("A teacher at a secondary school in Port Elspeth said the exam timetable had changed twice."),
    ).toEqual([["teacher at a secondary school in Port Elspeth", "the exam timetable had changed twice"]]);
    expect(
      enSaid(
        "A nurse at the district clinic in St Aubin’s, who asked not to be named, said the wards were full.",
      ),
    ).toEqual([["nurse at the district clinic in St Aubin’s", "the wards were full"]]);
  });
});

describe("an office whose portfolios are listed with commas, the name right after ('Minister of A, B and C X')", () => {
  it("names the holder, the whole office the title", () => {
    const [claim] = en(
      "Minister of Harbours, Roads and Rural Planning Tobiah Kessing said the jetty would reopen.",
    );
    expect([claim?.speaker.name, claim?.speaker.titles]).toEqual([
      "Tobiah Kessing",
      ["Minister of Harbours, Roads and Rural Planning"],
    ]);
  });
});

describe("', with <someone> blaming …' after a claim: another voice in a with-clause", () => {
  it("ends the first speaker's words before the comma and keeps the with-clause's claim", () => {
    expect(
      enSaid("Villagers said they had waited since dawn, with the bus company blaming a flooded depot."),
    ).toEqual([
      ["Villagers", "they had waited since dawn"],
      ["bus company", "a flooded depot"],
    ]);
  });
});

describe("'said X had assured her that …': a promise made to the speaker", () => {
  it("is part of the speaker's words, no claim of its own", () => {
    expect(
      enSaid("Mrs Odile Farrant said the water board had assured her that the pipe would be replaced."),
    ).toEqual([["Odile Farrant", "the water board had assured her that the pipe would be replaced"]]);
    expect(
      enSaid(
        "Mrs Odile Farrant said that when she met the engineer he had promised her the pipe would be replaced.",
      ),
    ).toEqual([
      ["Odile Farrant", "when she met the engineer he had promised her the pipe would be replaced"],
    ]);
  });
});

describe("probe r1: an everyday trade before a name ('Shopkeeper X, whose store …, said')", () => {
  it("is the speaker's title, not part of the name", () => {
    expect(
      enSaid("Storekeeper Lionel Abrey, whose shop was flooded, said stock worth $9000 was lost."),
    ).toEqual([["Lionel Abrey", "stock worth $9000 was lost"]]);
  });
});

describe("probe r1: 'suspects' after a count or article is the plural noun, no verb of belief", () => {
  it("keeps 'and hoped to …' in the reported clause", () => {
    expect(
      enSaid(
        "Sergeant Amos Reddy told reporters on Monday that detectives had questioned three suspects and hoped to charge them by Friday.",
      ),
    ).toEqual([
      ["Amos Reddy", "detectives had questioned three suspects and hoped to charge them by Friday"],
    ]);
  });
  it("and the people it names can speak", () => {
    expect(enSaid("The two suspects said they had been at a wedding in Corriedale.")).toEqual([
      ["two suspects", "they had been at a wedding in Corriedale"],
    ]);
  });
});

describe("probe r2: ', with some older tenants saying …': the with-clause's subject after a quantifier", () => {
  it("still ends the first claim at the comma", () => {
    expect(
      enSaid(
        "Cr Ines Harrow said the lifts in Carrow House had been broken for a month, with some older tenants saying they could not leave their flats.",
      ),
    ).toEqual([
      ["Ines Harrow", "the lifts in Carrow House had been broken for a month"],
      ["older tenants", "they could not leave their flats"],
    ]);
  });
});

describe("probe r2: 'Representative for <constituency> X', 'the Lord Mayor'", () => {
  it("reads the constituency as part of the office, not the name", () => {
    const [claim] = en(
      "Parliamentary Representative for Castries Central Jonas Pelletier said the clinic would reopen.",
    );
    expect([claim?.speaker.name, claim?.speaker.titles]).toEqual([
      "Jonas Pelletier",
      ["Parliamentary Representative for Castries Central"],
    ]);
  });
  it("finds the office holder again under 'the Lord Mayor'", () => {
    expect(
      enSaid(
        "Lord Mayor of Belmont Tarek Osei said parking would be free in December. “Shops need the help,” the Lord Mayor said.",
      ),
    ).toEqual([
      ["Tarek Osei", "parking would be free in December"],
      ["Tarek Osei", "“Shops need the help,”"],
    ]);
  });
});

describe("probe r2: people of named places, then where those places are ('Residents of A and B in the east of C')", () => {
  it("speak as the whole description, not the last place", () => {
    expect(
      enSaid("Residents of Kelso Point and Mary’s Cove in the north of Tamberlin said the ferry never came."),
    ).toEqual([
      ["Residents of Kelso Point and Mary’s Cove in the north of Tamberlin", "the ferry never came"],
    ]);
  });
});
