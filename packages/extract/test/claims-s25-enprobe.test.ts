// Session 25 (enprobe): English constructions that made-up reports of small regional papers turned up, each with
// made-up sentences (names and places no fixture or probe has).
import { describe, expect, it } from "vitest";
import { englishOn } from "./english.ts";

const en = englishOn("2026-11-20");
const enSaid = (text: string) => en(text).map((c) => [c.speaker.name, c.content.text]);
const enDated = (text: string) => en(text).map((c) => [c.content.text, c.date]);

describe("a bare hearer of local government ('told council Tuesday the …', 'told trustees')", () => {
  it("is the hearer, not the words, and the day after it dates them", () => {
    expect(
      enDated(
        "The culvert on Brisk Road washed out.\nWorks manager Pieter Olafsen told council Tuesday the culvert had collapsed after the rain.",
      )[0],
    ).toEqual(["the culvert had collapsed after the rain", "2026-11-17"]);
    expect(enSaid("Superintendent Neve Arkwright told trustees the budget was $2 million short.")).toEqual([
      ["Neve Arkwright", "the budget was $2 million short"],
    ]);
    expect(
      enSaid("The harbormaster, Ottilie Brenn, told commissioners the floats were rotting.").at(0)?.[1],
    ).toBe("the floats were rotting");
  });
});

describe("a hearer body whose long name lists its parts with commas ('the Committee on A, B and C')", () => {
  it("keeps the 'that' after the name and its day as the words' opener", () => {
    expect(
      enDated(
        "Breakwater costs rise.\nSenator Rhoda Quillan told members of the Committee on Fisheries, Harbours and Rural Roads on Wednesday that the breakwater would cost $4 million.",
      )[0],
    ).toEqual(["the breakwater would cost $4 million", "2026-11-18"]);
    expect(
      enDated(
        "Breakwater costs rise.\nThe engineer told the Committee on Commerce, Science, and Coastal Works on Tuesday that the design was sound.",
      )[0],
    ).toEqual(["the design was sound", "2026-11-17"]);
  });
});

describe("after a comma, 'and' and a new subject that 'has to' or 'have to' do something", () => {
  it("is still the speaker's account, not the writer's present", () => {
    expect(
      enSaid(
        "Ilka Dorran said the plant will close for two weeks, and the spare parts have to come by barge from Seattle.",
      ),
    ).toEqual([
      [
        "Ilka Dorran",
        "the plant will close for two weeks, and the spare parts have to come by barge from Seattle",
      ],
    ]);
  });
  it("while the writer's own present still ends the words", () => {
    expect(
      enSaid(
        "Ilka Dorran said the plant will close for two weeks, and the town is already short of fuel.",
      ).at(0)?.[1],
    ).toBe("the plant will close for two weeks");
  });
});

describe("a headline's bare office when two people in the story hold it ('Mayor: …')", () => {
  it("is the holder the lede quotes, not the other town's (a byline of the name alone)", () => {
    const claims = en(
      "Mayor: Bridge closure is hurting shops\nWendel Quarry\nPortavon Mayor Ilse Brandvold says the bridge closure has cut trade on Main Street by half.\n“People simply stopped coming,” Brandvold said on Thursday.\nOn the other bank, Kelby Mayor Otto Ferrant said the detour was safe.",
    );
    expect(claims.map((c) => c.speaker.name)).toEqual([
      "Ilse Brandvold",
      "Ilse Brandvold",
      "Ilse Brandvold",
      "Otto Ferrant",
    ]);
  });
});

describe("a harbour master, harbourmaster or postmaster as the speaker", () => {
  it("speaks, with a town's possessive or name before the office", () => {
    expect(
      enSaid("Vell’s harbour master, who did not want to be named, said the pontoon had sunk in the gale."),
    ).toEqual([["Vell’s harbour master", "the pontoon had sunk in the gale"]]);
    expect(enSaid("The Vell harbourmaster said the pontoon had sunk.")).toEqual([
      ["Vell harbourmaster", "the pontoon had sunk"],
    ]);
  });
});

describe("a manner sentence's subject with a place's description before the name and an age after it", () => {
  it("speaks the quotation after the colon, the age left out of the mention", () => {
    const [claim] = en("Skerry resident Tolla Brekke, 58, was blunt: “A boat twice a week is no service.”");
    expect([claim?.speaker.name, claim?.speaker.mention?.text, claim?.content.text]).toEqual([
      "Tolla Brekke",
      "Skerry resident Tolla Brekke",
      "“A boat twice a week is no service.”",
    ]);
  });
});

describe("an everyday role capitalised before a name at a sentence's start ('Parent Inga Sol said')", () => {
  it("is no part of the name", () => {
    expect(enSaid("Commuter Haldis Vik said the walk to the stop was unsafe in winter.")).toEqual([
      ["Haldis Vik", "the walk to the stop was unsafe in winter"],
    ]);
    expect(enSaid("Homeowner Rune Aske told the paper the water had reached his porch.").at(0)?.[0]).toBe(
      "Rune Aske",
    );
  });
});

describe("'…, it said' after words that open with a body's capitalised name", () => {
  it("is that body, not a place named inside the words", () => {
    expect(
      enSaid(
        "Reef notice\nBy Oona Pell\nThe Lowmarsh Water Board will open its Brisa Point plant in March, it announced on Thursday.",
      ).at(0)?.[0],
    ).toBe("Lowmarsh Water Board");
  });
  it("not a body that only opens a longer subject", () => {
    expect(
      enSaid("Reef notice\nBy Oona Pell\nThe Brisa ferry will run twice a week, it said.").at(0)?.[0],
    ).not.toBe("Brisa");
  });
});

describe("a news release a body's initials put out ('RCMP said in a news release')", () => {
  it("is what 'the release' later speaks for", () => {
    const claims = en(
      "Boater found\nBy Nils Aaberg\nA boater missing overnight was found safe on Thursday morning, RCMP said in a news release.\nCpl. Ester Lind said the man had run out of fuel.\nA fishing crew spotted him near the point, according to the release.",
    );
    expect(claims.map((c) => c.speaker.name)).toEqual(["RCMP", "Ester Lind", "RCMP"]);
  });
});

describe("'said the day before that …'", () => {
  it("keeps the time out of the words, undated like 'the previous day'", () => {
    expect(
      enDated(
        "Road shut\nOn Tuesday, engineer Lio Varga said the slope had moved.\nThe state highways agency said the day before that it had no money for a bypass.",
      )[1],
    ).toEqual(["it had no money for a bypass", null]);
  });
});
