// Session 28 (enfit): English shapes of set AJ, each with made-up sentences (names and places no fixture has).
import { describe, expect, it } from "vitest";
import { englishOn } from "./english.ts";

const en = englishOn("2026-11-26");
const enSaid = (text: string) => en(text).map((c) => [c.speaker.name, c.content.text]);
const enNamed = (text: string) => en(text).map((c) => [c.speaker.name, c.date]);

describe("'welcomed the terms of the levy but said …' (a reception of a thing, then words)", () => {
  it("is one claim, the words after 'but said'", () => {
    expect(
      en(
        "The Fenwick Growers’ Union, in a statement issued on Monday, welcomed the terms of the new levy but said its members had “grave doubts” about the timing.",
      ).map((c) => c.cue.text),
    ).toEqual(["said"]);
  });
});

describe("'He said … at the gates, however.' (the writer's sentence adverb after the content)", () => {
  it("ends the content before ', however'", () => {
    expect(
      enSaid(
        "Ilse Corrigan, the harbourmaster, said the pilots would board every tanker at the outer buoy, however.",
      ),
    ).toEqual([["Ilse Corrigan", "the pilots would board every tanker at the outer buoy"]]);
  });
});

describe("'According to the shipping agent, Harlan Sea Cargo, the …' (a description, then the body's name)", () => {
  it("is the named body's claim, its name out of the content", () => {
    const claims = en(
      "According to the ferry operator, Harlan Sea Cargo, the next crossing is expected to leave on Tuesday.",
    );
    expect(claims.map((c) => [c.speaker.name, c.speaker.mention?.text, c.content.text])).toEqual([
      [
        "Harlan Sea Cargo",
        "the ferry operator, Harlan Sea Cargo",
        "the next crossing is expected to leave on Tuesday",
      ],
    ]);
  });
  it("leaves a name that is the content's subject in the content", () => {
    expect(
      enSaid("According to the ferry operator, Harlan Sea Cargo will add a second vessel in spring.").map(
        (c) => c[1],
      ),
    ).toEqual(["Harlan Sea Cargo will add a second vessel in spring"]);
  });
});

describe("'Mrs Fenn’s warning that … has not yet been answered by the board.' (a noun of speech as the subject)", () => {
  it("is her claim, the content the clause alone, and takes her day", () => {
    const claims = en(
      "Its chair, Mrs Odile Fenn, said yesterday that the clinic was short of nurses.\n" +
        "Mrs Fenn’s warning that the clinic could close altogether by spring has not yet been answered by the board.",
    );
    expect(claims.map((c) => [c.speaker.name, c.speaker.mention?.text, c.content.text, c.date])).toEqual([
      ["Odile Fenn", "Its chair, Mrs Odile Fenn", "the clinic was short of nurses", "2026-11-25"],
      ["Odile Fenn", "Mrs Fenn", "the clinic could close altogether by spring", "2026-11-25"],
    ]);
  });
});

describe("a headline's '…, says Administrator' over 'the Administrator, Ms X, said' lower down", () => {
  it("is the Administrator the story names", () => {
    const text =
      "Ferry timetable ‘will be restored’, says Administrator\n" +
      "By Jo Pell\n" +
      "Monday 23 November 2026\n" +
      "The island’s only ferry has been laid up at Kingston for a week while a new propeller is fitted.\n" +
      "Speaking at a public meeting on Thursday night, the Administrator, Ms Delphine Oakes, said the company had agreed to charter a relief vessel.";
    expect(enNamed(text).map((c) => c[0])).toEqual(["Delphine Oakes", "Delphine Oakes"]);
  });
});

describe("'X’s Minister for Water Services says …' / 'But a farmer in Kaipo says …', the person named in the next paragraph", () => {
  const text =
    "Pumps at Harlow plant to restart in March\n" +
    "By Mere Tavita\n" +
    "24 November 2026\n" +
    "The Harlow Regional Government’s Minister for Water Services says the pumps at the Kaipo plant will be running again in March.\n" +
    "Speaking to The Courier on Friday, Minister Hon. Petero Kaua said the government had ordered two new motors last week.\n" +
    "“We will not let the town go dry again,” Minister Kaua said.\n" +
    "But a farmer in Kaipo says his family have heard such promises before.\n" +
    "Farmer Ioane Lelei, of Vaito village, said at a meeting of growers in Kaipo on Saturday that the river had been dry since June.";
  it("is that person, dated by that person's statement", () => {
    expect(enNamed(text)).toEqual([
      ["Petero Kaua", "2026-11-20"],
      ["Petero Kaua", "2026-11-20"],
      ["Petero Kaua", "2026-11-20"],
      ["Ioane Lelei", "2026-11-21"],
      ["Ioane Lelei", "2026-11-21"],
    ]);
  });
  it("stays a role when the next paragraph quotes someone of another office", () => {
    const other = text.replace("Farmer Ioane Lelei", "Mayor Ioane Lelei");
    expect(enNamed(other)[3]?.[0]).toBe("farmer in Kaipo");
  });
});

describe("'Newfoundland and Labrador Health Services said in a statement …' then '“…,” the statement read.'", () => {
  it("is one body (a province's 'and' inside its name), and the statement is that body's", () => {
    const text =
      "The Department of Fisheries did not respond to a request for comment by deadline.\n" +
      "Newfoundland and Labrador Health Services said in a statement last week that staff shortages remain a factor in the reduced hours.\n" +
      "“Recruiting nurses to the north coast is difficult, particularly in winter,” the statement read.";
    expect(en(text).map((c) => [c.speaker.name, c.speaker.mention?.text])).toEqual([
      ["Newfoundland and Labrador Health Services", "Newfoundland and Labrador Health Services"],
      ["Newfoundland and Labrador Health Services", "the statement"],
    ]);
  });
});

describe("'Shoppers who spoke to the Gazette at the Harbour Market on Tuesday were more hopeful.' (people the paper heard)", () => {
  it("dates the quotation after it by that day, not the story's event day", () => {
    const text =
      "Market hall to close for repairs\n" +
      "By Jo Pell\n" +
      "November 26, 2026\n" +
      "The council on Monday voted to close the market hall for repairs, which will take until March.\n" +
      "Councillor Anna Velt said the repairs were overdue.\n" +
      "Trader Ben Osei told the Gazette on Wednesday that he would move to the car park.\n" +
      "Shoppers who spoke to the Gazette at the Harbour Market on Tuesday were more hopeful.\n" +
      "“It will be better for everyone once the roof is fixed,” said Kent resident Lyle Bram, 41.";
    expect(enNamed(text).map((c) => c[1])).toEqual(["2026-11-23", "2026-11-25", "2026-11-24"]);
  });
});

describe("'X, chief executive of Kestrel Marine, said …' then 'The company said …' (a company named only in a title)", () => {
  it("is the company the executive's title names", () => {
    const text =
      "Dana Whitlock, chief executive of Kestrel Marine, said on Tuesday the rise was needed to pay for dredging.\n" +
      "The company said it had consulted the fishing fleet.";
    expect(enSaid(text).map((c) => c[0])).toEqual(["Dana Whitlock", "Kestrel Marine"]);
  });
  it("stays 'company' when the title names a public body", () => {
    const text =
      "Dana Whitlock, chief executive of Harlow Council, said on Tuesday the rise was needed to pay for dredging.\n" +
      "The company said it had consulted the fishing fleet.";
    expect(enSaid(text).map((c) => c[0])).toEqual(["Dana Whitlock", "company"]);
  });
});

describe("'told the broadcaster’s evening bulletin the channel was safe' (a programme as the hearer)", () => {
  it("leaves the programme out of the content", () => {
    expect(
      enSaid(
        "The Coastguard told the broadcaster’s evening bulletin the channel was safe.\n" +
          "Mayor Ines Drago told ABC’s election coverage the result was clear.",
      ).map((c) => c[1]),
    ).toEqual(["the channel was safe", "the result was clear"]);
  });
});

describe("list items 'In: Jake Morris (…)', 'Out: …', 'Get involved: …' (labels, no speakers)", () => {
  it("make no claim", () => {
    expect(
      enSaid(
        "Squad changes at Harlow Town\n" +
          "In: Jake Morris (Kent Athletic), Tom Reed (free agent)\n" +
          "Out: Sam Lowe (released)\n" +
          "Get involved: volunteers are needed for the match-day crew\n",
      ),
    ).toEqual([]);
  });
});

describe("a new voice with no day after the story's event day, then its words 'told the Gazette on Thursday'", () => {
  it("takes the day its next words give, not the event's", () => {
    const text =
      "Pool to close in January\n" +
      "By Jo Pell\n" +
      "November 28, 2026\n" +
      "The council on Friday voted to close the Harlow pool in January to save money.\n" +
      "Councillor Amy Roe said the pool cost too much to run.\n" +
      "Resident Kay Moss said the pool was a lifeline for older swimmers.\n" +
      "“We will fight this all the way,” Moss told the Gazette on Thursday.";
    expect(en(text, "2026-11-28").map((c) => c.date)).toEqual(["2026-11-27", "2026-11-26", "2026-11-26"]);
  });
});

describe("'The company said …' after a chamber of commerce was quoted (a company quoted again further down)", () => {
  it("is the company quoted before, not the chamber", () => {
    const text =
      "Northgate Mills Ltd said on Monday it would close its Harlow plant.\n" +
      "Union organiser Rita Vance said members were devastated.\n" +
      "The Harlow Chamber of Commerce said suppliers would also suffer.\n" +
      "The company said redundancy talks would start next week.";
    expect(enSaid(text).map((c) => c[0])).toEqual([
      "Northgate Mills Ltd",
      "Rita Vance",
      "Harlow Chamber of Commerce",
      "Northgate Mills Ltd",
    ]);
  });
});

describe("a headline's 'Portwatch: …, ‘…’' whose one-word voice the body quotes again by that name", () => {
  it("stays that voice, not the person whose words its quotation repeats", () => {
    const text =
      "Portwatch: Mayor Gets It Wrong, ‘Harbour Dues Will Double’ by Spring\n" +
      "By Jo Pell\n" +
      "November 26, 2026\n" +
      "Portwatch looked at Mayor Ann Hale’s claim that “harbour dues will double” by spring.\n" +
      "Portwatch then pointed out that the dues are set by the port board, not the council.";
    expect(en(text).map((c) => c.speaker.name)).toEqual(["Portwatch", "Ann Hale", "Portwatch"]);
  });
});
