// Session 27 (enfit): English shapes of set AI, each with made-up sentences (names and places no fixture has).
import { describe, expect, it } from "vitest";
import { englishOn } from "./english.ts";

const en = englishOn("2026-11-26");
const enSaid = (text: string) => en(text).map((c) => [c.speaker.name, c.content.text]);
const enNamed = (text: string) => en(text).map((c) => [c.speaker.name, c.date]);

describe("'after inspectors found rot in the beams' (a finding told inside a clause of time)", () => {
  it("is a discovery the writer tells, not the inspectors' claim", () => {
    expect(
      enSaid(
        "The pier will stay shut all winter after inspectors found cracks in more than half of its iron piles, Harwick Borough Council has revealed.",
      ).map((c) => c[0]),
    ).toEqual(["Harwick Borough Council"]);
  });
});

describe("'asked the Minister for Housing in the Assembly on Monday whether …'", () => {
  it("is a question put, no claim, even with 'for' in the hearer's title", () => {
    expect(
      enSaid(
        "Councillor Petra Voskuijlen asked the Minister for Housing in Parliament on Monday whether the Government would help to pay for the repairs.",
      ),
    ).toEqual([]);
  });
});

describe("'the levy, which added about $12 to a bill, …' (add with an amount)", () => {
  it("is arithmetic, no claim, and the next 'he said' is still the manager's", () => {
    const text =
      "Harbor Manager Odell Brightwater said the levy, which added about $12 to a typical slip fee in October, would end in spring.\n" +
      "The harbor has been dredging the channel since August, he said, and has hired a second barge.";
    expect(enSaid(text).map((c) => c[0])).toEqual(["Odell Brightwater", "Odell Brightwater"]);
  });
});

describe("'Not everyone at the hearing was convinced …' (a sentence of mood)", () => {
  it("has no speaker and no claim", () => {
    expect(enSaid("Not everyone at the hearing was convinced the district had planned ahead.")).toEqual([]);
  });
});

describe("'Ferry crews welcomed the new radios but questioned how …' (welcome with a plain object)", () => {
  it("is a reception told, not words; a quotation or a clause still makes it a claim", () => {
    expect(
      enSaid("Ferry crews welcomed the new radios but questioned how they would be charged at sea."),
    ).toEqual([]);
    expect(enSaid("The union welcomed the radios as “long overdue”.").map((c) => c[0])).toEqual(["union"]);
  });
});

describe("a headline's 'HWA: …' then 'Harlow Water Authority Chief Engineer X said …' then 'HWA said …'", () => {
  it("is the body whose name the title spells, under its full name", () => {
    const text =
      "HWA: Water rationing to last until spring\n" +
      "By Petra Solberg\n" +
      "Harlow Water Authority Chief Engineer Ansel Whitcombe said the reservoir was at a third of capacity.\n" +
      "In a notice posted on Monday, HWA said customers could apply for a hardship rebate.";
    expect(enSaid(text).map((c) => c[0])).toEqual([
      "Harlow Water Authority",
      "Ansel Whitcombe",
      "Harlow Water Authority",
    ]);
  });
});

describe("'head of the X Association Awang Haji Y bin Haji Z admitted …' then 'said Haji Y' and 'He maintained …'", () => {
  it("is the named holder, not the body, so the next 'He' is he (and takes his day)", () => {
    const text =
      "Boat checks to begin\n" +
      "The minister, Awang Haji Rashid bin Haji Omar, said yesterday the boats would be checked.\n" +
      "When met on Thursday, head of the Tutong Boat Owners Association Awang Haji Latif bin Haji Damit admitted that many boats were old.\n" +
      "“We need help,” said Haji Latif.\n" +
      "He maintained that most owners carried enough jackets.";
    expect(enNamed(text)).toEqual([
      ["Awang Haji Rashid bin Haji Omar", "2026-11-25"],
      ["Latif bin Haji Damit", "2026-11-26"],
      ["Latif bin Haji Damit", "2026-11-26"],
      ["Latif bin Haji Damit", "2026-11-26"],
    ]);
  });
});

describe("a lede with no cue, then 'X said this in Y yesterday when …' as the next paragraph", () => {
  it("is X's claim whose content is the lede", () => {
    const text =
      "Council releases funds for clinics\n" +
      "By TEMBO MULENGA\n" +
      "THE council has released K40 million to repair rural clinics, and all the work will be finished before the rains.\n" +
      "Minister of Health Petronella Zulu said this in Kabwe yesterday when she opened a new maternity wing.\n" +
      "Mrs Zulu explained that the money had been delayed by an audit.";
    expect(enNamed(text)).toEqual([
      ["Petronella Zulu", "2026-11-25"],
      ["Petronella Zulu", "2026-11-25"],
    ]);
    expect(en(text)[0]?.content.text).toBe(
      "THE council has released K40 million to repair rural clinics, and all the work will be finished before the rains",
    );
  });
});

describe("'This was highlighted by X during …' and 'This was shared by X when contacted …' after a paragraph", () => {
  it("is X's claim whose content is the paragraph before, even a quotation standing alone", () => {
    const text =
      "Helmets a must for cyclists\n" +
      "Riders on the Tasek bridge will have to wear helmets from March, with fines of up to BND500.\n" +
      "This was highlighted by Minister of Home Affairs Awang Haji Rosmadi bin Haji Kassim during a road safety event yesterday.\n" +
      "A cyclist, Dayang Siti Aminah binti Yusof, said she would buy a helmet “if they are cheap”.\n" +
      "“I ride to work every day. I would feel safer with a helmet,” she said.\n" +
      "“Our children ride before they can walk, but the roads are busier now. A helmet costs very little.”\n" +
      "This was shared by Village Head of Kampong Tasek Awang Hamdan bin Haji Salleh when contacted by the Bulletin yesterday.";
    expect(enSaid(text).map((c) => c[0])).toEqual([
      "Rosmadi bin Haji Kassim",
      "Dayang Siti Aminah binti Yusof",
      "Dayang Siti Aminah binti Yusof",
      "Hamdan bin Haji Salleh",
    ]);
    expect(enSaid(text)[2]?.[1]).toBe("“I ride to work every day. I would feel safer with a helmet,”");
    expect(enSaid(text)[3]?.[1]).toBe(
      "“Our children ride before they can walk, but the roads are busier now. A helmet costs very little.”",
    );
  });
});

describe("a headline's '…, says heritage body' and 'the charity said' over a lede naming the body", () => {
  it("are the body the lede names", () => {
    const text =
      "Pier will not reopen until 2028, says heritage body\n" +
      "By Ann Lestrange\n" +
      "The pier will stay shut for another season, the Harwick Pier Trust has revealed.\n" +
      "In a statement on Wednesday, the charity said the pier would be fenced off.";
    expect(enNamed(text)).toEqual([
      ["Harwick Pier Trust", "2026-11-25"],
      ["Harwick Pier Trust", "2026-11-25"],
      ["Harwick Pier Trust", "2026-11-25"],
    ]);
  });
  it("makes a body of a bare name the headline describes as one ('Coastal Heritage Kelby')", () => {
    const text =
      "Pier will not reopen until 2028, says heritage body\n" +
      "By Ann Lestrange\n" +
      "The pier will stay shut for another season, Coastal Heritage Kelby has revealed.\n" +
      "In a statement on Wednesday, the charity said the pier would be fenced off.";
    expect(enSaid(text).map((c) => c[0])).toEqual([
      "Coastal Heritage Kelby",
      "Coastal Heritage Kelby",
      "Coastal Heritage Kelby",
    ]);
  });
});

describe("'X asked the Minister for Y in Parliament on Tuesday whether …. then 'Replying, …' and X's own words", () => {
  it("dates the reply and the asker's later words by the day the question was put", () => {
    const text =
      "Fund for harbour repairs\n" +
      "In a statement on Wednesday, the Harbour Board said the quay would close.\n" +
      "Councillor Petra Voskuijlen asked the Minister for Housing in Parliament on Tuesday whether the Government would help to meet the cost.\n" +
      "Replying, Minister for Housing Ansel Brabazon said the department would look at any request.\n" +
      "“The quay is the reason the ferries stop here,” Mrs Voskuijlen observed in the chamber.";
    expect(enNamed(text)).toEqual([
      ["Harbour Board", "2026-11-25"],
      ["Ansel Brabazon", "2026-11-24"],
      ["Petra Voskuijlen", "2026-11-24"],
    ]);
  });
});

describe("'X had told a meeting at Y the previous day that …' in a story of 'yesterday'", () => {
  it("is the day before the story's day", () => {
    const text =
      "Clinic lists to go up\n" +
      "Health Minister Petronella Zulu said yesterday that the clinics would reopen.\n" +
      "District Commissioner Agnes Mwiinga had told a meeting of nurses at Kalomo the previous day that her office would post the rosters.";
    expect(enNamed(text)).toEqual([
      ["Petronella Zulu", "2026-11-25"],
      ["Agnes Mwiinga", "2026-11-24"],
    ]);
  });
});

describe("'…, X told the broadcaster's election night coverage.' (a programme as the hearer of a trailing 'told')", () => {
  it("is the medium, neither speaker nor words: the words are the clause before", () => {
    expect(
      enSaid("The result was clear by midnight, Dan Okafor told the broadcaster’s election night coverage."),
    ).toEqual([["Dan Okafor", "The result was clear by midnight"]]);
  });
});
