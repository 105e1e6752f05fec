import { describe, expect, it } from "vitest";
import { extract } from "../src/index.ts";

// Session 15 (probe, names-en): made-up English news items from many countries' outlets on how the speaker of
// each claim is named (the fullest name the article gives) and which words refer to it; no text comes from a
// fixture.
const run = (text: string) =>
  extract({ text, publishedAt: "2026-11-30", lang: "en" }).claims.map((c) => ({
    name: c.speaker.name,
    mention: c.speaker.mention?.text,
    content: c.content.text,
  }));
const names = (text: string) => run(text).map((c) => c.name);

describe("styles before a name that end in a full stop", () => {
  it("reads 'Rt. Hon.' inside an appositive as no sentence end, and leaves it out of the name", () => {
    expect(
      run(
        "The Speaker of the Plateau State House of Assembly, Rt. Hon. Danladi Gyang-Pam, has said the budget will be passed before December 20.",
      ),
    ).toMatchObject([{ name: "Danladi Gyang-Pam", content: "the budget will be passed before December 20" }]);
  });
  it("reads Nigerian and church styles ('Engr.', 'Barr.', 'Alh.', 'Fr.') as titles, not names", () => {
    expect(
      names("Engr. Musa Bello, the commissioner for works, said the road would be ready by March."),
    ).toEqual(["Musa Bello"]);
    expect(names("Barr. Ngozi Eze said the suit had been filed at the Federal High Court.")).toEqual([
      "Ngozi Eze",
    ]);
    expect(names("Alh. Sani Dauda said the market would reopen on Monday.")).toEqual(["Sani Dauda"]);
    expect(
      names("Fr. Kevin Okoro said the parish would open its hall. The priest said food would be shared."),
    ).toEqual(["Kevin Okoro", "Kevin Okoro"]);
  });
});

describe("family names opened by a lowercase particle", () => {
  it("keeps Filipino 'dela' inside the name ('Police Brigadier General Ronaldo dela Cruz, director of …')", () => {
    expect(
      run(
        "Police Brigadier General Ramon dela Rosa-Santos, director of the Calabarzon police, said 14 suspects had been arrested. Dela Rosa-Santos said the raids had been planned for two months.",
      ),
    ).toMatchObject([
      { name: "Ramon dela Rosa-Santos" },
      { name: "Ramon dela Rosa-Santos", mention: "Dela Rosa-Santos" },
    ]);
  });
  it("gives a short name with a particle the full name met outside any claim ('Al-Rashidi', 'Van der Walt')", () => {
    expect(
      names(
        "Jordanian Foreign Minister Ahmed al-Sharafat and his Greek counterpart Nikos Vlachos met in Amman on Sunday. Al-Sharafat said Jordan would open a trade office in Athens.",
      ),
    ).toEqual(["Ahmed al-Sharafat"]);
    expect(
      names(
        "Deputy Minister Pieter van der Heever visited the plant on Monday. Van der Heever said the repairs would take a month.",
      ),
    ).toEqual(["Pieter van der Heever"]);
  });
});

describe("an office in a named body, then the holder's name", () => {
  it("names the holder after 'Permanent Secretary in the Ministry of Health,' and keeps the ministry for 'the ministry'", () => {
    expect(
      run(
        "Permanent Secretary in the Ministry of Agriculture, Dr Marcia Thompson-Reid, said 40 farms had been inspected. The ministry said the ban on imports would stay.",
      ),
    ).toMatchObject([
      { name: "Marcia Thompson-Reid" },
      { name: "Ministry of Agriculture", mention: "The ministry" },
    ]);
    expect(names("Head Coach at the Kumasi Academy, Yaw Boateng, said the boys were ready.")).toEqual([
      "Yaw Boateng",
    ]);
  });
});

describe("an inverted speaker: a role, then the holder's name", () => {
  it("names the person after '…,” said the chairman of the fishermen's cooperative, X.' (a possessive inside the role)", () => {
    expect(
      run('"The landing site is silting up," said the chairman of the fishermen\'s cooperative, Salim Mzee.'),
    ).toMatchObject([{ name: "Salim Mzee" }]);
    expect(
      run('"The boats cannot land," said the Chairman of the Pangani Cooperative, Salim Mzee.'),
    ).toMatchObject([{ name: "Salim Mzee" }]);
    expect(
      run('"The boats cannot land," said the chairman of the Pangani fishermen\'s union, Salim Mzee.'),
    ).toMatchObject([{ name: "Salim Mzee" }]);
    // (a body and a place after it: no office, no name)
    expect(run('"The ward is closed," said the Department of Health, Western Cape.')).toMatchObject([
      { name: "Department of Health" },
    ]);
  });
  it("does not give a lede's unnamed chairman to the next person quoted, who holds another office", () => {
    expect(
      run(
        '"The landing site is silting up," said the chairman of the fishermen\'s group.\n\nThe district commissioner, Ms Neema Okash, said dredging would begin in January.',
      ).map((c) => c.name),
    ).toEqual(["chairman of the fishermen's group", "Neema Okash"]);
  });
});

describe("a person introduced after a role opening the sentence ('His deputy, X, was more cautious.')", () => {
  it("gives the next 'she' to that person, not to the man quoted before", () => {
    expect(
      names(
        "The Cathaoirleach of the county council, Declan Furlong, said the road would reopen before Christmas. His deputy, Siobhán Kehoe, was more cautious. She said repairs could take several weeks.",
      ),
    ).toEqual(["Declan Furlong", "Siobhán Kehoe"]);
    expect(
      names(
        "Kamau said the deal was done. The party's treasurer, Wanjiru Gathoni, disagreed. She said no money had been paid.",
      ),
    ).toEqual(["Kamau", "Wanjiru Gathoni"]);
  });
});

describe("a place whose name has a possessive, after a preposition", () => {
  it("reads 'Two aid workers in Cox's Bazar' as the workers, not a person called Bazar", () => {
    const [claim] = run("Two aid workers in Cox's Bazar said the shelters were already full.");
    expect(claim?.name).not.toBe("Bazar");
    expect(claim?.name).toMatch(/workers in Cox's Bazar$/);
  });
});

describe("'Minister of State for …' and names of three words after a portfolio", () => {
  it("keeps the portfolio out of the name ('Minister of State for Finance Ama Reid')", () => {
    expect(
      names("Minister of State for Finance Ama Serwaa Reid said the arrears would be paid by March."),
    ).toEqual(["Ama Serwaa Reid"]);
    expect(names("Minister of State for Finance Kojo Reid said the arrears would be paid by March.")).toEqual(
      ["Kojo Reid"],
    );
  });
  it("reads a Chinese name of three words after a one-word portfolio, and 'Ms Tan' as that person", () => {
    expect(
      run(
        "Senior Minister of State for Transport Tan Mei Hua said the new MRT line would open in 2027. Ms Tan said trial runs would start next month.",
      ),
    ).toMatchObject([{ name: "Tan Mei Hua" }, { name: "Tan Mei Hua", mention: "Ms Tan" }]);
  });
  it("keeps an Irish family name's 'Ní' or 'Mac' with it after a portfolio", () => {
    expect(
      names(
        "Minister of State for Planning Gráinne Ní Riada said the rules would take effect in January. Ms Ní Riada said councils had been consulted.",
      ),
    ).toEqual(["Gráinne Ní Riada", "Gráinne Ní Riada"]);
  });
});

describe("'the officer', 'the cleric': a person named before by a rank or a church style", () => {
  it("reads 'The officer said' as the police officer named by rank", () => {
    expect(
      names(
        "Det Insp Morag Kerr, of Police Scotland, said no damage had been reported. The officer said patrols would continue over the weekend.",
      ),
    ).toEqual(["Morag Kerr", "Morag Kerr"]);
    expect(
      names("Sgt Luis Ortega said the road was closed. The officer said it would reopen at noon."),
    ).toEqual(["Luis Ortega", "Luis Ortega"]);
  });
  it("reads 'The cleric said' as the reverend named before", () => {
    expect(
      names(
        "The Rev. Andrew Mbeki said the church would open its hall. The cleric said food would be shared.",
      ),
    ).toEqual(["Andrew Mbeki", "Andrew Mbeki"]);
  });
});

describe("a subject with an appositive, then 'said the … of the … <verb> …'", () => {
  it("reads 'X, the party chief in Bannu, said the clerics of the district supported the operation.' as X's claim", () => {
    expect(
      run(
        "Abdul Qadir, the party chief in Lakki Marwat, said the elders of the district backed the operation.",
      ),
    ).toMatchObject([{ name: "Abdul Qadir", content: "the elders of the district backed the operation" }]);
  });
});
