// Session 19 (enprobe): shapes met in made-up reports from outlets no set covered yet (Caribbean, Manx, Pacific,
// Lao, Gulf, Somali and Cameroonian papers). Made-up sentences; none comes from a fixture or a probe.
import { describe, expect, it } from "vitest";
import { englishOn } from "./english.ts";

const en = englishOn("2026-11-20");
const brief = (text: string) => en(text).map((c) => [c.speaker.name, c.content.text]);

describe("a clause that opens with a quantifier after a described speaker", () => {
  it("is the content, not a trailing source and its place", () => {
    expect(
      brief(
        "Captain Nasser Al Rawahi, from the traffic directorate, said most of the drivers were tourists.",
      ),
    ).toEqual([["Nasser Al Rawahi", "most of the drivers were tourists"]]);
    expect(brief("Dr Amal Haddad, a paediatrician, said many of the children had been vaccinated.")).toEqual([
      ["Amal Haddad", "many of the children had been vaccinated"],
    ]);
  });
});

describe("a dateline written in title case", () => {
  it("before a colon is no speaker", () => {
    expect(
      brief(
        "Clinic hours extended\n\nSalalah: The Ministry of Health has urged parents to book flu jabs early.",
      ),
    ).toEqual([["Ministry of Health", "parents to book flu jabs early"]]);
  });
  it("before an outlet's tag and a dash is no content", () => {
    expect(
      brief("Kismayo (HOL) - Floodwater has cut the road to the airport, the district commissioner said."),
    ).toEqual([["district commissioner", "Floodwater has cut the road to the airport"]]);
  });
});

describe("an office of a body with no article before it", () => {
  it("names the holder after the comma", () => {
    expect(
      brief(
        "Director General of the Department of Fisheries, Mr Somphone Keomany, said the catch had doubled.",
      ),
    ).toEqual([["Somphone Keomany", "the catch had doubled"]]);
  });
});

describe("a magistrate or coroner named in the narrative", () => {
  it("is the one a capitalised bare title later means", () => {
    const claims = brief(
      "A fisherman appeared before Senior Magistrate Paula Trent-Hughes on a charge of theft.\n\nThe Senior Magistrate said the case would be heard in January.",
    );
    expect(claims).toEqual([["Paula Trent-Hughes", "the case would be heard in January"]]);
  });
});

describe("a Manx member's letters before the name", () => {
  it("are a title, and the member is the one a pronoun means", () => {
    const claims = brief(
      "Ramsey MHK Dawn Quilliam questioned whether the ferry timetable suited commuters.\n\nShe said: 'Nobody can get to work for nine.'",
    );
    expect(claims).toEqual([["Dawn Quilliam", "'Nobody can get to work for nine.'"]]);
  });
});

describe("a quarrel", () => {
  it("reports no words", () => {
    expect(
      en("Neighbours said the brothers had argued outside the shop for an hour.").map((c) => c.cue.text),
    ).toEqual(["said"]);
  });
});

describe("a short lede below the headline", () => {
  it("gives the story its day", () => {
    const claims = en(
      "Council backs parking plan\n\nThe council yesterday approved a new parking plan for the port.\n\nCouncillor Ian Faragher told members the plan would ease congestion.",
    );
    expect(claims.map((c) => c.date)).toEqual(["2026-11-19"]);
  });
});

describe("a new voice speaking to the paper", () => {
  it("has no day of the story's", () => {
    const claims = en(
      "Clinic to close\n\nThe Ministry of Health said on Monday that the clinic would close in March.\n\nSpeaking to Samoa Observer, nurse Lina Faleolo said staff had not been paid since August.",
    );
    expect(claims.map((c) => [c.speaker.name, c.date])).toEqual([
      ["Ministry of Health", "2026-11-16"],
      ["Lina Faleolo", null],
    ]);
  });
  it("keeps the day of an occasion it names", () => {
    const claims = en(
      "The court ruled on Monday that the clinic must pay damages.\n\nSpeaking to Samoa Observer after the ruling, lawyer Tavita Leota said the family was relieved.",
    );
    expect(claims.at(-1)?.date).toBe("2026-11-16");
  });
});

describe("'said up to' an amount", () => {
  it("opens the content, no particle verb", () => {
    expect(brief("Ana Ruiz, a meteorologist, said up to six inches of rain could fall.")).toEqual([
      ["Ana Ruiz", "up to six inches of rain could fall"],
    ]);
    expect(en("Hundreds of fans showed up to 5 matches.")).toEqual([]);
  });
});

describe("a body's initials in brackets before the time words", () => {
  it("stay with the subject", () => {
    expect(
      brief("Members of the Legislative Council (LegCo) on Monday said the harbour plan was too costly."),
    ).toEqual([["Members of the Legislative Council", "the harbour plan was too costly"]]);
  });
});

describe("everyday voices after an inverted verb", () => {
  it("speak", () => {
    expect(brief('"The road floods every year," said the vendor, who declined to give her name.')).toEqual([
      ["vendor", '"The road floods every year,"'],
    ]);
  });
  it("joined by 'and' after the content are one speaker", () => {
    expect(brief("Bread prices have doubled since June, bakers and shoppers say.")).toEqual([
      ["bakers and shoppers", "Bread prices have doubled since June"],
    ]);
  });
});

describe("a title-case dateline opening the lede's content", () => {
  it("is no part of it", () => {
    const claims = en(
      "Exports rise\n\nSohar: Non-oil exports rose 12 percent in October, according to the National Centre for Statistics.",
    );
    expect(claims.find((c) => c.cue.text === "according to")?.content.text).toBe(
      "Non-oil exports rose 12 percent in October",
    );
  });
});
