// Session 21 (enprobeb): attribution met in made-up reports in the styles of Channel Islands, Maltese,
// Pakistani, Fijian, Micronesian, South Atlantic and Vincentian outlets. Made-up sentences; none comes from a
// fixture or a probe.
import { describe, expect, it } from "vitest";
import { englishOn, said } from "./english.ts";

const en = englishOn("2026-11-26");
const who = (text: string) => en(text).map((c) => [c.speaker.name, c.speaker.mention?.text ?? null]);

describe("court reporting’s “denied” without a clause", () => {
  it("is no claim when a court refuses bail or a request", () => {
    expect(
      en("Headline\nThe magistrate denied bail and ordered the accused to surrender his passport."),
    ).toEqual([]);
    expect(en("Headline\nThe tribunal denied the union’s request for an adjournment.")).toEqual([]);
  });
  it("is no claim when the accused denies an act named by its gerund", () => {
    expect(en("Farmer denies setting fire to neighbour’s barn\nBy Staff Reporter")).toEqual([]);
    expect(en("Headline\nA 41-year-old driver denied causing the crash on the coast road.")).toEqual([]);
  });
  it("keeps a denial with its clause", () => {
    expect(who("Headline\nThe driver denied that he had been speeding on the coast road.")).toEqual([
      ["driver", "The driver"],
    ]);
  });
});

describe("“Sir”, “Dame” and a Channel Islands “Bailiff” before a name", () => {
  it("leaves the knightly style out of the name", () => {
    expect(
      who("Headline\nThe chairman, Sir Peter Falla, said on Monday that the harbour plan was sound."),
    ).toEqual([["Peter Falla", "The chairman, Sir Peter Falla"]]);
  });
  it("takes the name after “The Bailiff,” as the speaker", () => {
    const [claim] = en(
      "Headline\nThe Bailiff, Dame Susan Ozanne, ruled that the motion could not be debated.",
    );
    expect(claim?.speaker.name).toBe("Susan Ozanne");
  });
});

describe("a notice a body issued, named again as “the notice”", () => {
  it("is that body’s, on the notice’s day", () => {
    const claims = en(
      "Headline\nThe Ministry of Fisheries said in a notice published on Monday that the lagoon would close in December.\nThe notice stated that boats found fishing there would be seized.",
    );
    const back = said(claims, "boats found fishing");
    expect(back?.speaker.name).toBe("Ministry of Fisheries");
    expect(back?.date).toBe("2026-11-23");
  });
});

describe("a request for anonymity after “asked that”", () => {
  it("is no claim, whether the name is withheld or not used", () => {
    expect(
      who("Headline\nA trader, who asked that his name be withheld, said stalls had been looted."),
    ).toEqual([["trader", "A trader, who asked that his name be withheld"]]);
    expect(who("Headline\nA nurse, who asked that her name not be used, said wards were full.")).toEqual([
      ["nurse", "A nurse, who asked that her name not be used"],
    ]);
  });
});

describe("“according to a report by X” with what became of the report after it", () => {
  it("leaves the participle phrase out and lets the author speak", () => {
    const [claim] = en(
      "Headline\nAccording to a survey by the Outer Islands Health Office (OIHO) presented to the council, one clinic in three has no nurse.",
    );
    expect(claim?.speaker.name).toBe("Outer Islands Health Office");
  });
});

describe("a country whose name holds “and” inside a body’s name", () => {
  it("keeps the whole body, and the officer named after its title", () => {
    const [body] = en(
      "Headline\nThe Royal St Vincent and the Grenadines Police Force (RSVGPF) said on Monday that a boat was seized.",
    );
    expect(body?.speaker.name).toBe("Royal St Vincent and the Grenadines Police Force");
    const [claim] = en(
      "Headline\nThe Trinidad and Tobago Coast Guard Press Officer, Lieutenant Marcia Boodoo, said on Monday that a boat was seized.",
    );
    expect(claim?.speaker.name).toBe("Marcia Boodoo");
  });
  it("still reads two countries joined by “and” as two", () => {
    expect(who("Headline\nKenya and Uganda said on Monday that the border would reopen.")).toEqual([
      ["Kenya", "Kenya"],
    ]);
  });
});
