// English leftovers of 1.61: a name after the verb closed by a dash ("said its chair, X – who …"), a joined
// subject ("Both she and the union said", "X and Y said"), "Neither said", a statement's day before "that",
// a modifier letter inside a name (ʻ), "(local time)" after a day, and a he/she opening a clause after the main one.
// Made-up sentences.
import { describe, expect, it } from "vitest";
import { englishOn } from "./english.ts";

const en = englishOn("2026-12-01");
const named = (text: string) => en(text).map((c) => [c.speaker.name, c.speaker.mention?.text, c.cue.text]);

describe("a name after the verb, closed by a dash", () => {
  it("names the person after the office ('said its chair, X – who …')", () => {
    expect(
      named(
        'Harbour plan stalls\n"The money is not there," said its chair, Ruth Ansah – who has led the board since 2019.',
      ),
    ).toEqual([["Ruth Ansah", "its chair, Ruth Ansah", "said"]]);
    expect(
      named(
        "Harbour plan stalls\n“We were not consulted,” said the chair, Kofi Mensah — who resigned in May.",
      ),
    ).toEqual([["Kofi Mensah", "the chair, Kofi Mensah", "said"]]);
  });
  it("reads a spaced hyphen as the dash", () => {
    expect(
      named('Harbour plan stalls\n"The money is not there," said Ruth Ansah - who has led it since 2019.'),
    ).toEqual([["Ruth Ansah", "Ruth Ansah", "said"]]);
    expect(
      named(
        'Harbour plan stalls\n"The money is not there," said the chair, Ruth Ansah - who has led it since 2019.',
      ),
    ).toEqual([["Ruth Ansah", "the chair, Ruth Ansah", "said"]]);
  });
});

describe("a joined subject ('X and Y said')", () => {
  it("files the claim under the first one named", () => {
    expect(named("Strike talks\nMary Okafor and John Bello said the offer was too low.")).toEqual([
      ["Mary Okafor", "Mary Okafor", "said"],
    ]);
    expect(named("Strike talks\nOn Monday, Mr. Grassley and Mr. Leahy said the bill would pass.")).toEqual([
      ["Grassley", "Mr. Grassley", "said"],
    ]);
    expect(named("Strike talks\nBoth Mary Okafor and the union said the offer was too low.")).toEqual([
      ["Mary Okafor", "Mary Okafor", "said"],
    ]);
  });
  it("reads a pronoun as the first member ('Both she and the union said')", () => {
    expect(
      named('"We were not consulted," said Ama Owusu. Both she and the union said the offer was too low.'),
    ).toEqual([
      ["Ama Owusu", "Ama Owusu", "said"],
      ["Ama Owusu", "she", "said"],
    ]);
  });
  it("leaves a body's or an office's 'and', a list and a shared head alone", () => {
    expect(named("Strike talks\nThe Roads and Bridges Agency said the offer was too low.")[0]?.[0]).toBe(
      "Roads and Bridges Agency",
    );
    expect(
      named("Strike talks\nLabour and Employment Minister Selina Haque said the offer was too low.")[0]?.[0],
    ).toBe("Selina Haque");
    expect(named("Strike talks\nFederal and state officials said the offer was too low.")[0]?.[0]).not.toBe(
      "Federal",
    );
  });
});

describe("a subject that denies anyone spoke", () => {
  it("gives no claim for 'Neither said', 'No one said', 'Neither … nor … said'", () => {
    expect(named("Pay talks\nNeither said whether the offer would be accepted.")).toEqual([]);
    expect(named("Pay talks\nNeither minister said when the talks would resume.")).toEqual([]);
    expect(named("Pay talks\nNo one said the offer would be accepted.")).toEqual([]);
    expect(
      named("Pay talks\nNeither the union nor the employers said whether the offer would be accepted."),
    ).toEqual([]);
  });
  it("still reads 'neither' and 'none' inside the words said", () => {
    expect(named("Pay talks\nThe union said neither side would back down.")).toEqual([
      ["union", "The union", "said"],
    ]);
  });
});

describe("a delegation or a mission, by its body's initials", () => {
  it("speaks ('The EU delegation said in a statement on Wednesday that …')", () => {
    const [c] = en(
      "Trade talks\nThe EU delegation said in a statement on Wednesday that the talks had stalled.",
    );
    expect(c && [c.speaker.name, c.speaker.kind, c.content.text, c.date]).toEqual([
      "EU delegation",
      "organisation",
      "the talks had stalled",
      "2026-11-25",
    ]);
    expect(named("Trade talks\nThe UN mission said the convoy had been stopped at the border.")).toEqual([
      ["UN mission", "The UN mission", "said"],
    ]);
  });
});

describe("a modifier letter or a Vietnamese letter inside a name", () => {
  it("keeps the ʻokina inside the name and at its start", () => {
    expect(
      named(
        "Fishing rules\nPrime Minister Lealaiauloto Fiamē Tuilaʻepa said the inspections would start in May.",
      ),
    ).toEqual([["Lealaiauloto Fiamē Tuilaʻepa", "Prime Minister Lealaiauloto Fiamē Tuilaʻepa", "said"]]);
    expect(
      named(
        "Wharf loan\nThe Speaker, Hon. ʻAhoʻeitu Fakafanua, told the House the loan was approved. ʻAhoʻeitu said the wharf was unsafe.",
      ),
    ).toEqual([
      ["ʻAhoʻeitu Fakafanua", "The Speaker, Hon. ʻAhoʻeitu Fakafanua", "told"],
      ["ʻAhoʻeitu Fakafanua", "ʻAhoʻeitu", "said"],
    ]);
  });
  it("reads Vietnamese letters as letters", () => {
    expect(named("Metro delay\nDeputy Minister Lê Đức Thọ said the line would open in 2028.")).toEqual([
      ["Lê Đức Thọ", "Deputy Minister Lê Đức Thọ", "said"],
    ]);
    expect(named('Metro delay\n"The line is late," said Nguyễn Văn Thắng.')).toEqual([
      ["Nguyễn Văn Thắng", "Nguyễn Văn Thắng", "said"],
    ]);
  });
});

describe("a clock in brackets after the day before the verb ('on Monday (local time) said')", () => {
  it("is no part of the speaker, and the day dates the words", () => {
    const [c] = en(
      "Quake toll rises\nThe minister on Monday (local time) said the death toll had risen to 12.",
    );
    expect(c && [c.speaker.name, c.speaker.mention?.text, c.date]).toEqual([
      "minister",
      "The minister",
      "2026-11-30",
    ]);
    const [d] = en("Quake toll rises\nThe embassy on Sunday (U.S. time) said two citizens were missing.");
    expect(d && [d.speaker.name, d.date]).toEqual(["embassy", "2026-11-29"]);
  });
});

describe("a quotation in straight single quotes before its speaker ('…,' she said)", () => {
  it("is the words the speaker said", () => {
    const claims = en(
      "Sewage works cannot wait\nDeputy Anne Le Page said the works were overdue. 'We have known about this problem for a decade,' she said.",
    );
    expect(claims.map((c) => [c.speaker.name, c.speaker.mention?.text, c.content.text, c.kind])).toEqual([
      ["Anne Le Page", "Deputy Anne Le Page", "the works were overdue", "indirect"],
      ["Anne Le Page", "she", "'We have known about this problem for a decade,'", "direct"],
    ]);
    expect(named("Sewage works cannot wait\n'The pipes are 80 years old,' Le Page told the States.")).toEqual(
      [["Le Page", "Le Page", "told"]],
    );
  });
  it("but a plural possessive's apostrophe closes no quotation", () => {
    expect(named("Sewage works cannot wait\nThe growers' cooperative said prices had halved.")).toEqual([
      ["growers' cooperative", "The growers' cooperative", "said"],
    ]);
  });
});

describe("a Manx member's letters after the name ('Alfred Kinvig MHK')", () => {
  it("are no part of the name", () => {
    expect(
      named(
        "Housing review\nTreasury Minister Alfred Kinvig MHK told Tynwald that rents had risen by a fifth.",
      ),
    ).toEqual([["Alfred Kinvig", "Treasury Minister Alfred Kinvig MHK", "told"]]);
  });
});

describe("an office of a place right before the name ('Constable of St Helier Simon Crowcroft')", () => {
  it("is the title, and the name is the person's alone", () => {
    expect(
      named("Parking plan\nConstable of St Brelade Mark Troy said parishioners had raised concerns."),
    ).toEqual([["Mark Troy", "Constable of St Brelade Mark Troy", "said"]]);
    expect(
      named("Parking plan\nMayor of Bath Jane Roe said the car park would close. Roe said it was unsafe."),
    ).toEqual([
      ["Jane Roe", "Mayor of Bath Jane Roe", "said"],
      ["Jane Roe", "Roe", "said"],
    ]);
  });
});

describe("a nickname in single quotes inside the name ('Philip 'Brave' Davis')", () => {
  it("is left out of the name, which a later surname finds", () => {
    expect(
      named(
        "Rules before Christmas\nPRIME Minister Tomas 'Big T' Rolle yesterday said the rules would be tabled. Mr Rolle told reporters the draft was ready.",
      ),
    ).toEqual([
      ["Tomas Rolle", "PRIME Minister Tomas 'Big T' Rolle", "said"],
      ["Tomas Rolle", "Mr Rolle", "told"],
    ]);
    expect(named("Rules before Christmas\nAlvin ‘Shark’ Munnings said the catch had halved.")[0]?.[0]).toBe(
      "Alvin Munnings",
    );
  });
});
