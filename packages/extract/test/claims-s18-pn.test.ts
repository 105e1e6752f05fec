// Session 18 (pn): content edges and cues that news writing shares, found on PolNeAR dev.
// Made-up sentences; no text here comes from a fixture or from PolNeAR.
import { describe, expect, it } from "vitest";
import { englishOn } from "./english.ts";

// (a Wednesday)
const en = englishOn("2026-06-10");
const contents = (text: string) => en(text).map((c) => [c.cue.text, c.content.text]);

describe("an object ends where the writer's own words begin after a dash", () => {
  it("stops before an em dash and the writer's comment, not inside a pair of dashes or before a list", () => {
    expect(
      contents(
        "Harbour row\nThe senator dismissed the audit as a “fairy tale” — a phrase that drew laughter in the chamber.\n\nThe mayor called the plan — drafted in secret — a disgrace to the city.\n\nShe had talked about the things she had come to fear — from the new tolls to the closed pier.",
      ),
    ).toEqual([
      ["dismissed", "the audit as a “fairy tale”"],
      ["called", "the plan — drafted in secret — a disgrace to the city"],
      ["had talked about", "the things she had come to fear — from the new tolls to the closed pier"],
    ]);
  });
  it("stops before a spaced hyphen or a double hyphen", () => {
    expect(
      contents(
        'Harbour row\nThe mayor likened the fee to "a toll on breathing" - a charge the board rejected.\n\nThe union has called for higher wages -- a demand the owners call unaffordable.',
      ),
    ).toEqual([
      ["likened", 'the fee to "a toll on breathing"'],
      ["has called for", "higher wages"],
    ]);
  });
});

describe("an object ends before the speaker's next predicate after “but”", () => {
  it("stops before “but he has also …”", () => {
    expect(
      contents(
        "Rail plan\nThe governor is promising cheaper fares and “trains, trains, trains,” but he has also sharpened his attacks on the unions.",
      ),
    ).toEqual([["is promising", "cheaper fares and “trains, trains, trains,”"]]);
  });
  it("stops before “but also had to …”", () => {
    expect(
      contents(
        "Pier repairs\nSeveral councillors praised the harbour master's work restoring the pier but also had to grant him another year to repay the loan.",
      ),
    ).toEqual([["praised", "the harbour master's work restoring the pier"]]);
  });
  it("stops there after any verb with an object, not only a weak one", () => {
    expect(
      contents(
        "Ferry route\nThe ministry has quietly signaled openness to a night ferry but has been met with resistance from the unions.",
      ),
    ).toEqual([["has quietly signaled", "openness to a night ferry"]]);
  });
});

const speakers = (text: string) => en(text).map((c) => [c.speaker.mention?.text, c.cue.text, c.content.text]);

describe("a participle after a message someone put out speaks for the one who put it out", () => {
  it("gives the body that issued a statement or filed papers", () => {
    expect(
      speakers(
        "Port reopening\nThe harbour board issued a statement on Monday saying the port would reopen.\n\nThe fishermen filed legal papers opposing the sale of the quay.",
      ),
    ).toEqual([
      ["The harbour board", "saying", "the port would reopen"],
      ["The fishermen", "opposing", "the sale of the quay"],
    ]);
  });
  it("gives the one who released a study or sent a letter to someone", () => {
    expect(
      speakers(
        "Ferry fees\nThe agency published a study showing ferry fees had doubled.\n\nLocal skippers sent a letter to the harbour board urging it to scrap the fees.",
      ),
    ).toEqual([
      ["The agency", "showing", "ferry fees had doubled"],
      ["Local skippers", "urging", "it to scrap the fees"],
    ]);
  });
});

describe("findings, arguments and attempts at them", () => {
  it("reads “discovered that …” as a finding, not “discovered a wreck”", () => {
    expect(
      contents(
        "Pier inquiry\nInspectors have also discovered that the pier was built without permits.\n\nDivers discovered a wreck near the pier.",
      ),
    ).toEqual([["have also discovered", "the pier was built without permits"]]);
  });
  it("reads “made the case (to someone) that …”, not “made a profit that …”", () => {
    expect(
      contents(
        "Fees row\nThe mayor made the case to skippers that the fees were fair.\n\nThe ferry firm made a profit that surprised the council.",
      ),
    ).toEqual([["made", "the fees were fair"]]);
  });
  it("reads “tried to argue that …”, also after “and”", () => {
    expect(
      contents(
        "Fees row\nThe ministry tried to argue that the fees were fair.\n\nThe board has promised a review and attempted to make the case that the pier is safe.",
      ),
    ).toEqual([
      ["tried to argue", "the fees were fair"],
      ["has promised", "a review"],
      ["attempted to make", "the pier is safe"],
    ]);
  });
});

describe("“As X put it, …”", () => {
  it("leaves an adverb before “put it” out of the speaker and reads a speaker with an appositive", () => {
    expect(
      speakers(
        'Pier safety\nAs the mayor recently put it, "The pier is safe."\n\nAs Jane Roe, a tax lawyer at the Harbour Trust, put it, the fees are a scandal.',
      ),
    ).toEqual([
      ["the mayor", "recently put it", '"The pier is safe."'],
      ["Jane Roe, a tax lawyer at the Harbour Trust", "put it", "the fees are a scandal"],
    ]);
  });
});

describe("commas inside an object", () => {
  it("keeps a second infinitive after “, then” and the appositive before “with”", () => {
    // ("proposed", not "planned": since 1.63.0 a plan told with an infinitive is silent, fiten's set Z convention)
    expect(
      contents(
        "Pier plan\nThe trust proposed to revive ticket sales at the pier, then hand the site over to the town.\n\nProsecutors charged two traders, Al Sim and Bo Tan, with defrauding investors.",
      ),
    ).toEqual([
      ["proposed", "to revive ticket sales at the pier, then hand the site over to the town"],
      ["charged", "two traders, Al Sim and Bo Tan, with defrauding investors"],
    ]);
  });
});

describe("a month between the speaker and the verb", () => {
  it("is no part of the speaker", () => {
    expect(
      speakers(
        "Fraud case\nFederal prosecutors in April charged two traders with fraud.\n\nThe senator in late March said the pier was unsafe.",
      ),
    ).toEqual([
      ["Federal prosecutors", "charged", "two traders with fraud"],
      ["The senator", "said", "the pier was unsafe"],
    ]);
  });
});

describe("plurals without an -s agree with a plain present verb", () => {
  it("reads “Local women say”, “Two fishermen say”, and still “Bergmen reports”", () => {
    expect(
      speakers(
        "Harbour fees\nLocal women say the fees are too high.\n\nTwo fishermen say the quay is unsafe.\n\nBergmen reports that the pier will close.",
      ),
    ).toEqual([
      ["Local women", "say", "the fees are too high"],
      ["Two fishermen", "say", "the quay is unsafe"],
      ["Bergmen", "reports", "the pier will close"],
    ]);
  });
});

describe("a topic verb with words before its preposition", () => {
  it("reads “spoke out Tuesday about”, “spoke emotionally of”, “talked at length about”", () => {
    expect(
      contents(
        "Pier memorial\nThe mayor spoke out Tuesday about the death of a fisherman.\n\nThe harbour master spoke emotionally of his years at the port.\n\nThe chief talked at length about the pier.\n\nThe mayor spoke on Tuesday.",
      ),
    ).toEqual([
      ["spoke out Tuesday about", "the death of a fisherman"],
      ["spoke emotionally of", "his years at the port"],
      ["talked at length about", "the pier"],
    ]);
  });
});
