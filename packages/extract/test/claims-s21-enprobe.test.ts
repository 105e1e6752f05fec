// Session 21 (enprobe): speakers and attribution met in made-up reports in the styles of Caribbean, Zambian,
// Gambian and Kenyan outlets. Made-up sentences; none comes from a fixture or a probe.
import { describe, expect, it } from "vitest";
import { englishOn } from "./english.ts";

const en = englishOn("2026-11-20");
const who = (text: string) => en(text).map((c) => [c.speaker.name, c.speaker.mention?.text ?? null]);
const names = (text: string) => en(text).map((c) => c.speaker.name);

describe("a name, then its office with portfolios listed by commas", () => {
  it("keeps the name and the whole office in the mention", () => {
    expect(
      who(
        "The Hon. Marla K. Pembrooke, Minister of Housing, Lands and Settlements, told reporters on Monday that 40 lots were ready.\n“We will build,” the minister said.",
      ),
    ).toEqual([
      ["Marla K. Pembrooke", "The Hon. Marla K. Pembrooke, Minister of Housing, Lands and Settlements"],
      ["Marla K. Pembrooke", "the minister"],
    ]);
    expect(
      who("Devon Ashby, Minister for Youth, Sport and Culture, said the stadium would reopen in March."),
    ).toEqual([["Devon Ashby", "Devon Ashby, Minister for Youth, Sport and Culture"]]);
  });
});

describe("a style with its full stop before a name particle", () => {
  it("keeps “Dr. wa …”, “Mr. de …” whole, after a quotation too", () => {
    expect(who("“The road will be tarred by June,” Dr. wa Mulonda said.")).toEqual([
      ["wa Mulonda", "Dr. wa Mulonda"],
    ]);
    expect(who("Speaking at the school, Mr. de Gracia said the roof had been fixed.")).toEqual([
      ["de Gracia", "Mr. de Gracia"],
    ]);
  });
});

describe("a title before a name with a middle initial, met outside any claim", () => {
  it("names the holder in full when “the Chief Magistrate” speaks later", () => {
    expect(
      names(
        "The accused appeared before Chief Magistrate Norine P. Castle-Ward on a charge of robbery.\nThe Chief Magistrate said the court could not grant bail.",
      ),
    ).toEqual(["Norine P. Castle-Ward"]);
  });
});

describe("a quoted nickname inside a name met outside any claim", () => {
  it("lets the next “he” find the person", () => {
    expect(
      names(
        "Ms Hilda Mwewa said the ward was full.\nMeanwhile, Kafue District Commissioner Mr. Oliver ‘Ollie’ Sikazwe thanked the donors for the beds. He said patients had slept on the floor.",
      ),
    ).toEqual(["Hilda Mwewa", "Oliver Sikazwe"]);
  });
});

describe("a body's decision reported by the writer", () => {
  it("is no claim: “agreed to …”, “decided to …”, “rejected a motion …”", () => {
    expect(en("The town council has agreed to extend the market hours until December.")).toEqual([]);
    expect(en("Cabinet decided to waive the levy on school buses.")).toEqual([]);
    expect(en("The finance committee on Tuesday rejected a motion to scrap the toll.")).toEqual([]);
  });
  it("still reports a person's agreement or a reply", () => {
    expect(names("The mayor agreed that the toll was too high.")).toEqual(["mayor"]);
  });
});

// round two

describe("a plural title before the first of two named people", () => {
  it("is no part of the name, and no title “the senators” later finds in one person", () => {
    expect(
      names(
        "Opponents of the levy, like Senators Mara J. Quillon, a Democrat, and Tobias Wren, have filed a motion.\nBut Ms. Quillon said the levy was unfair.",
      ),
    ).toEqual(["Mara J. Quillon"]);
    expect(
      names(
        "The clinic was founded by Drs. Helga Brandvold and Ravi Menon in 2009.\nMs. Brandvold said the waiting list had doubled.",
      ),
    ).toEqual(["Helga Brandvold"]);
  });
});

describe("a place or a building named with capitals", () => {
  it("is never the person a later “he” stands for", () => {
    expect(
      names(
        "Fares will stay the same.\nChairman of the Ports Board, Mr Aldous Brathwaite, spoke yesterday at the Kingsley Dock Ferry Terminal.\n“We will not raise fares,” he said.",
      ),
    ).toEqual(["Aldous Brathwaite"]);
  });
});

describe("a middle initial, then a particle's family name", () => {
  it("keeps the whole name in a narrated run and after an inverted verb", () => {
    expect(
      names(
        "The case was heard by Principal Magistrate Mr Joseph N. ole Kaputei on Monday.\n“The accused is a danger to the public,” the magistrate said.",
      ),
    ).toEqual(["Joseph N. ole Kaputei"]);
    expect(who("“We will inspect every shop,” said board chairman Prof. Amina W. wa Njeri.")).toEqual([
      ["Amina W. wa Njeri", "board chairman Prof. Amina W. wa Njeri"],
    ]);
  });
});

describe("a person questioned over a matter", () => {
  it("is no claim; a doubt voiced stays one", () => {
    expect(en("Councillors on Monday questioned the Director of Roads over the unfinished bypass.")).toEqual(
      [],
    );
    expect(en("Detectives questioned him about the missing cash.")).toEqual([]);
    expect(en("The mayor questioned the wisdom of closing the library.").length).toBe(1);
  });
});

describe("a topic kicker before a headline whose subject speaks", () => {
  it("is no speaker of the headline", () => {
    const got = en("Harbour Fire Inquiry: Captain Says Alarm Failed\nThe inquiry opened on Monday.");
    expect(got.map((c) => c.cue.text)).not.toContain(":");
  });
});

describe("a role, then the name, then a second appositive before the verb", () => {
  it("keeps the role in the mention, so a later “the …” finds the person", () => {
    expect(
      who(
        "The second defence witness, Ousman “Pa” Ceesay, a butcher at the abattoir, told the court that he had paid the fee.\n“I have the receipt,” the witness said.",
      ),
    ).toEqual([
      ["Ousman Ceesay", "The second defence witness, Ousman “Pa” Ceesay, a butcher at the abattoir"],
      ["Ousman Ceesay", "the witness"],
    ]);
    expect(who("After the vote, Lena Okafor, a senior adviser, said the result was close.")).toEqual([
      ["Lena Okafor", "Lena Okafor, a senior adviser"],
    ]);
  });
});

describe("“the union boss” after a union's president was named", () => {
  it("is that president", () => {
    expect(
      names(
        "Belmont Nurses Union (BNU) president Grace T. Holder-Wiltshire has warned that nurses could strike.\nSpeaking to reporters yesterday, Holder-Wiltshire said the union had written to the ministry twice.\n“We have waited long enough,” the union boss said.",
      ),
    ).toEqual(["Grace T. Holder-Wiltshire", "Grace T. Holder-Wiltshire", "Grace T. Holder-Wiltshire"]);
  });
});

describe("a thing refused: bail, entry, a visa", () => {
  it("is no claim; a denial of words stays one", () => {
    expect(en("Former Harbour Clerk Denied Bail In Fraud Case\nThe case continues.")).toEqual([]);
    expect(en("The two fishermen were denied entry at the port on Friday.")).toEqual([]);
    expect(en("The mayor denied the allegations.").length).toBe(1);
  });
});
