import { describe, expect, it } from "vitest";
import { englishOn, said } from "./english.ts";

// Speaker rules written for the misses of set O; every text here is made up.
// 2026-12-04 is a Friday
const run = englishOn("2026-12-04");

describe("English bodies whose names end in a transport word", () => {
  it("resolves 'the company' and 'the operator' to a transport operator quoted before", () => {
    const claims = run(
      "Northgate Regional Transport said on Thursday that two buses had been withdrawn. " +
        "In the same statement, the company said services would resume on Monday.\n" +
        "Coastline Railways said the line was closed. The operator said repairs would take a week.",
    );
    expect(said(claims, "services would resume")?.speaker.name).toBe("Northgate Regional Transport");
    expect(said(claims, "repairs would take")?.speaker.name).toBe("Coastline Railways");
  });
});

describe("English metonyms for the prime minister's office", () => {
  it("lets 'No 10' and 'Number 10' speak as Downing Street, and 'the spokesman' after them", () => {
    const claims = run(
      "Number 10 said the minister kept the prime minister's confidence. " +
        "A No. 10 spokesman told reporters that no decision had been taken. " +
        'Asked about the polls, the spokesman said: "We do not comment."',
    );
    expect(said(claims, "kept the prime")?.speaker.name).toBe("Downing Street");
    expect(said(claims, "no decision had")?.speaker.name).toBe("Downing Street");
    expect(said(claims, "We do not comment")?.speaker.name).toBe("Downing Street");
  });
});

describe("English epithets for a trade, a team position or a party bench", () => {
  it("resolves 'the Labour backbencher'-style epithets to the speaker before", () => {
    const claims = run(
      "The shadow home secretary, Priya Lowe, said the plan was unworkable. " +
        'The Labour frontbencher added: "Nobody believes these numbers."\n' +
        'Darnell Hughes said the team had "lost its nerve". ' +
        'Asked about the final minute, the seventh-year forward said: "We froze."',
    );
    expect(said(claims, "Nobody believes")?.speaker.name).toBe("Priya Lowe");
    expect(said(claims, "We froze")?.speaker.name).toBe("Darnell Hughes");
  });
  it("gives an epithet to the person named since the last claim, not the speaker before", () => {
    const claims = run(
      'Union secretary Mark Ellery said crews were "exhausted".\n' +
        "Among those left waiting was 79-year-old Joan Pardoe, from Salisbury, who spent nine hours in a corridor.\n" +
        'The retired nurse and teacher told the paper she was "never once" checked on. "It was cold," she said.',
    );
    expect(said(claims, "never once")?.speaker.name).toBe("Joan Pardoe");
    expect(said(claims, "It was cold")?.speaker.name).toBe("Joan Pardoe");
  });
});

describe("English lowercase roles before a name outside any claim", () => {
  it("lets 'the magistrate' and 'the coroner' find the person a plea or a hearing named", () => {
    const claims = run(
      "Jason Micallef, 29, denied the charges when he appeared before magistrate Anna Borg Cassar on Friday. " +
        'Refusing bail, the magistrate said the risk of flight was "real".\n' +
        "The inquest, held before coroner Peter Haines in Exeter, lasted two days. " +
        "Recording a narrative conclusion, the coroner said the crash had been avoidable.",
    );
    expect(said(claims, "risk of flight")?.speaker.name).toBe("Anna Borg Cassar");
    expect(said(claims, "crash had been")?.speaker.name).toBe("Peter Haines");
  });
});

describe("English unions that call themselves associations or federations", () => {
  it("names 'the nurses' union' in a lede by the association the story names later", () => {
    const claims = run(
      'Emergency waits hit a record in November, as the nurses\' union warned wards were "at breaking point".\n' +
        "Western Nurses Federation secretary Ruth Calloway told reporters on Thursday that staff were leaving.",
    );
    expect(said(claims, "at breaking point")?.speaker.name).toBe("Western Nurses Federation");
  });
});

describe("English team coaches named with their team", () => {
  it("reads 'Rovers coach Ana Ruiz' as one speaker phrase before a participle", () => {
    const claims = run('Rovers coach Ana Ruiz was more direct, saying her side had "stopped running".');
    expect(said(claims, "stopped running")?.speaker.name).toBe("Ana Ruiz");
  });
});

describe("English relatives known by whose they are", () => {
  it("reads 'the victim's mother said' as a speaker phrase and 'the mother' after it as the same person", () => {
    const claims = run(
      'Outside the court, the victim\'s mother said the family felt "let down". ' +
        '"We waited two years for this," the mother said.',
    );
    expect(said(claims, "let down")?.speaker.name).toBe("victim's mother");
    expect(said(claims, "We waited two years")?.speaker.name).toBe("victim's mother");
  });
});
