// Set Z's lessons and English leftovers of 1.62, in made-up sentences: a branch speaks as its body ("The X (XY)
// Mbeya branch said"), Swahili connectives inside a body's name ("Chama cha …"), questions put in a legislature,
// infinitive plans ("plans to build …", "has asked to meet …"), "the party" and other collective nouns back, a
// headline with a verb and a noun object, and an undated "has said" lede.
import { describe, expect, it } from "vitest";
import { englishOn } from "./english.ts";

const en = englishOn("2026-10-08");
const named = (text: string) =>
  en(text).map((c) => [c.speaker.name, c.speaker.mention?.text, c.content.text]);

describe("a branch of a body", () => {
  it("speaks as the body named before its place", () => {
    expect(
      named(
        "Nurses walk out\nThe Ghana Registered Nurses Association (GRNA) Tamale branch said the wards were empty.",
      ),
    ).toEqual([
      [
        "Ghana Registered Nurses Association",
        "The Ghana Registered Nurses Association (GRNA) Tamale branch",
        "the wards were empty",
      ],
    ]);
    expect(named("Nurses walk out\nThe Nurses Union Kisumu branch said the wards were empty.")[0]?.[0]).toBe(
      "Nurses Union",
    );
    expect(
      named("Nurses walk out\nThe National Union of Nurses Kisumu branch said the wards were empty.")[0]?.[0],
    ).toBe("National Union of Nurses");
  });
  it("keeps a body whose own name ends the phrase, and a place's branch alone", () => {
    expect(named("Nurses walk out\nThe Youth League branch said the wards were empty.")[0]?.[0]).toBe(
      "Youth League branch",
    );
    expect(named("Nurses walk out\nThe Kisumu branch said the wards were empty.")[0]?.[0]).toBe(
      "Kisumu branch",
    );
  });
  it("reads a Swahili connective inside a body's name", () => {
    expect(named("Vote count\nThe Chama cha Wakulima Tanzania said the count was late.")[0]?.[0]).toBe(
      "Chama cha Wakulima Tanzania",
    );
    expect(named("Vote count\nUmoja wa Wafanyabiashara (UWA) said the count was late.")[0]?.[0]).toBe(
      "Umoja wa Wafanyabiashara",
    );
  });
});

describe("a body known only by its initialism, then by its kind", () => {
  it("reads 'the party' just after as that body", () => {
    const claims = named(
      "Harbour row\nIn a statement yesterday, the PDM said the port deal was a mistake.\n“This is the third such deal this year,” the party said.",
    );
    expect(claims.map((c) => c[0])).toEqual(["PDM", "PDM"]);
    expect(
      named(
        "Pay row\nThe KTU said on Monday that wages were late.\n“We will not wait another month,” the union said.",
      ).map((c) => c[0]),
    ).toEqual(["KTU", "KTU"]);
    // (an initialism opening the sentence, and other kinds of body: "the fund")
    expect(
      named("Pay row\nKUSNET said on Monday that wages were late. The union said talks had failed.").map(
        (c) => c[0],
      ),
    ).toEqual(["KUSNET", "KUSNET"]);
    expect(
      named(
        "Pay row\nThe NHSF said on Monday that claims had risen. The fund said it would pay by June.",
      ).map((c) => c[0]),
    ).toEqual(["NHSF", "NHSF"]);
  });
  it("reads 'the union' after an official whose title opens with its initialism as that body", () => {
    expect(
      named(
        "Pay row\nKUSNET secretary general Amos Wekesa said wages were late. The union said talks had failed.",
      ).map((c) => c[0]),
    ).toEqual(["Amos Wekesa", "KUSNET"]);
    expect(
      named(
        "Pay row\nMr Wekesa, the KUSNET chairman, said wages were late. The union said talks had failed.",
      ).map((c) => c[0]),
    ).toEqual(["Wekesa", "KUSNET"]);
  });
  it("takes that body's day, not the day of the body quoted before it", () => {
    const claims = en(
      "Harbour row\nThe Harbour Trust said on Monday that the deal was rushed.\nIn a statement yesterday, the PDM said the port deal was a mistake.\n“This is the third such deal this year,” the party said.",
    );
    expect(claims.map((c) => [c.speaker.name, c.date])).toEqual([
      ["Harbour Trust", "2026-10-05"],
      ["PDM", "2026-10-07"],
      ["PDM", "2026-10-07"],
    ]);
  });
});

describe("plans and requests told with an infinitive", () => {
  it("are no claims ('plans to build', 'has asked to meet')", () => {
    expect(
      named("Villa row\nThe developer plans to build 30 flats on the plot, with work due in 2029."),
    ).toEqual([]);
    expect(named("Villa row\nThe residents' association has asked to meet the mayor next week.")).toEqual([]);
    expect(named("Villa row\nMr Okoro intends to appeal the ruling.")).toEqual([]);
    // (a plan reported with "said" and a pledge stay claims)
    expect(named("Villa row\nThe firm said it plans to build 30 flats.")[0]?.[2]).toBe(
      "it plans to build 30 flats",
    );
    expect(named("Villa row\nThe mayor pledged to cut fees.")[0]?.[2]).toBe("to cut fees");
  });
  it("keeps the planner in focus for a later pronoun", () => {
    const claims = named(
      "Villa row\nMs Adjei plans to stand for the council in May. She said the roads were a disgrace.",
    );
    expect(claims).toEqual([["Adjei", "She", "the roads were a disgrace"]]);
  });
});

describe("a question put to a hearer", () => {
  it("is no claim ('asked the Minister whether …')", () => {
    expect(
      named(
        "Budget debate\nDuring Question Time on Tuesday, the MP for Lakeside, Hon. Jonah Tabe, asked the Minister whether the fund had been audited.",
      ),
    ).toEqual([]);
    expect(named("Budget debate\nThe senator asked the Secretary how much the plan would cost.")).toEqual([]);
    expect(named("Budget debate\nMs Ruiz asked him why the report was late.")).toEqual([]);
    expect(named("Budget debate\nMr Tabe wanted to know whether the fund had been audited.")).toEqual([]);
    expect(named("Budget debate\nThe senator demanded to know why the road was late.")).toEqual([]);
    // (a request to a hearer stays)
    expect(named("Budget debate\nThe senator asked the court to halt the works.")[0]?.[2]).toBe(
      "the court to halt the works",
    );
  });
});

describe("a headline with a verb and a noun object", () => {
  it("is no claim ('Union slams budget', 'Board rejects tally')", () => {
    const body = "\nBy Ama Lee\nThe board met on Monday to go through the count in each district.";
    expect(named(`Board rejects tally${body}`)).toEqual([]);
    expect(named(`Union slams budget cuts${body}`)).toEqual([]);
    expect(named(`Farmers fear losses as rains fail${body}`)).toEqual([]);
    expect(named(`Mayor blames council for potholes${body}`)).toEqual([]);
    expect(named(`Growers fear losses as dry season extended${body}`)).toEqual([]);
    // (a reporting verb with a clause, a quotation or a verbless "says X unfair" stays a claim)
    expect(named(`Union says budget unfair${body}`)[0]?.[2]).toBe("budget unfair");
    expect(named(`Mayor warns potholes will cost lives${body}`)[0]?.[2]).toBe("potholes will cost lives");
    expect(named(`Mayor slams ‘reckless’ cuts${body}`)[0]?.[2]).toBe("‘reckless’ cuts");
  });
  it("keeps its speaker in focus for the body", () => {
    const claims = named(
      "Nurses' union rejects pay offer\nBy Ama Lee\nThe union said on Monday that the offer was an insult.",
    );
    expect(claims).toEqual([["Nurses' union", "The union", "the offer was an insult"]]);
  });
});

describe("an unnamed source with a rank before the office's field", () => {
  it("keeps the whole description ('A senior fisheries officer')", () => {
    expect(
      named(
        "Quota cut\nA senior fisheries officer, who spoke on condition of anonymity, said the limit was a compromise.",
      ),
    ).toEqual([
      [
        "senior fisheries officer",
        "A senior fisheries officer, who spoke on condition of anonymity",
        "the limit was a compromise",
      ],
    ]);
    expect(named("Quota cut\nA top customs official said the limit was a compromise.")[0]?.[0]).toBe(
      "top customs official",
    );
  });
});
