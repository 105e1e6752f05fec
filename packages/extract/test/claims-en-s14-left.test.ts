// English leftovers of 1.58 (session 14): hearers before a capitalised subject, a portfolio "for the X", a
// source that opens the reported words without a comma, and more. Made-up sentences.
import { describe, expect, it } from "vitest";
import { englishOn } from "./english.ts";

const en = englishOn("2026-05-20");
const brief = (text: string) => en(text).map((c) => [c.speaker.name, c.cue.text, c.content.text]);

describe("where a hearer ends before the words' own capitalised subject", () => {
  it("takes a person named right after 'told' as the hearer", () => {
    expect(brief("The trade minister told Mwangi Tanzania had agreed to lift the ban.")).toEqual([
      ["trade minister", "told", "Tanzania had agreed to lift the ban"],
    ]);
    expect(brief("The envoy told Grace Achieng Airbus had cut its prices.")).toEqual([
      ["envoy", "told", "Airbus had cut its prices"],
    ]);
    expect(brief("The governor assured Mr Okafor Ghana and Togo would sign.")).toEqual([
      ["governor", "assured", "Ghana and Togo would sign"],
    ]);
  });
  it("ends the hearer after a programme named with its outlet's possessive", () => {
    expect(brief("The minister told the BBC's Today programme Uganda would pay its share.")).toEqual([
      ["minister", "told", "Uganda would pay its share"],
    ]);
    expect(brief("The coach told Arsenal’s Matchday podcast the squad was tired.")).toEqual([
      ["coach", "told", "the squad was tired"],
    ]);
  });
  it("makes no second claim of the outlet and the subject together", () => {
    expect(
      brief("The chief executive told the Associated Press Embraer had said the jets were safe."),
    ).toEqual([["chief executive", "told", "Embraer had said the jets were safe"]]);
    expect(brief("The pilot told the Associated Press Embraer had recalled the jets.")).toEqual([
      ["pilot", "told", "Embraer had recalled the jets"],
    ]);
  });
  it("reads a product or an envoy recalled as no statement", () => {
    expect(en("Toyota recalled 40,000 vans on Monday.")).toEqual([]);
    expect(en("Peru has recalled its ambassador.")).toEqual([]);
    expect(en("She recalled how the soldiers came at night.")).toHaveLength(1);
  });
  it("leaves a verb whose hearer may be missing alone", () => {
    expect(en("The regulator warned Kenya Airways had lost money.")[0]?.content.text).not.toBe(
      "Airways had lost money",
    );
  });
});

describe("'Today' as a title is no day", () => {
  it("dates nothing by a programme or a paper named Today", () => {
    expect(en("The minister told the BBC's Today programme the plan was dead.")[0]?.date).toBeNull();
    expect(en("The senator told USA Today the bill was dead.")[0]?.date).toBeNull();
    expect(en("The senator said today the bill was dead.")[0]?.date).toBe("2026-05-20");
  });
});

describe("a lone time adverb before the subject is no part of it", () => {
  it("starts the speaker after 'Today' or 'Later'", () => {
    expect(brief("Today the minister said the bill was dead.")).toEqual([
      ["minister", "said", "the bill was dead"],
    ]);
    expect(en("Yesterday Ndlovu said the bill was dead.")[0]?.speaker.name).toBe("Ndlovu");
    expect(en("Later the spokesman said the bill was dead.")[0]?.speaker.name).toBe("spokesman");
  });
});

describe("a 'Minister for the X' is a title with its portfolio", () => {
  it("names no portfolio as the speaker", () => {
    const [c] = en("After talks the Minister for the Environment said the ban would stay.");
    expect(c?.speaker.name).not.toBe("Environment");
    expect(c?.speaker.titles).toContain("Minister for the Environment");
    expect(en("The Secretary of the Interior said the park would close.")[0]?.speaker.name).not.toBe(
      "Interior",
    );
  });
  it("takes the name after the portfolio", () => {
    expect(en("Minister for the Environment Aoife Brennan said the ban would stay.")[0]?.speaker.name).toBe(
      "Aoife Brennan",
    );
  });
});

describe("a source that opens someone's reported words without a comma", () => {
  it("keeps the claim of the one who reports it", () => {
    expect(brief("The commissioner said that according to police the driver fled.")).toEqual([
      ["commissioner", "said", "according to police the driver fled"],
    ]);
    expect(brief("The coroner told the inquest that according to the records the pump failed.")).toEqual([
      ["coroner", "told", "according to the records the pump failed"],
    ]);
  });
});

describe("a plain company noun finds the one one-word company quoted before", () => {
  const speakers = (text: string) => en(text).map((c) => c.speaker.name);
  it("gives 'the carrier', 'the company' and 'the firm' to it", () => {
    expect(
      speakers(
        "Tasmair said it would cut 20 flights a week.\nThe pilots' union secretary, Tom Hale, said staff were angry.\nThe carrier said the cuts were temporary.",
      ),
    ).toEqual(["Tasmair", "Tom Hale", "Tasmair"]);
    expect(
      speakers(
        "Norvik said output would fall.\nAnalyst Jane Roe said prices would rise.\nThe company said it would invest more.",
      ),
    ).toEqual(["Norvik", "Jane Roe", "Norvik"]);
  });
  it("does not guess between two, nor take a state or a word of a person's name", () => {
    expect(
      speakers(
        "Tasmair said fares would rise.\nNorvik said output would fall.\nThe company said it would invest more.",
      ),
    ).toEqual(["Tasmair", "Norvik", "company"]);
    expect(speakers("Fiji said tourism was up.\nThe company said it would invest more.")).toEqual([
      "Fiji",
      "company",
    ]);
  });
});

describe("a document put out on a day by a body speaks for the body", () => {
  it("reads past the time between the participle and 'by'", () => {
    const names = (text: string) => en(text).map((c) => c.speaker.name);
    expect(
      names("The report, released on Tuesday by the Pacific Fisheries Forum, said stocks were falling."),
    ).toEqual(["Pacific Fisheries Forum"]);
    expect(
      names("The study, published last week by the Halvard Institute, found that rents had doubled."),
    ).toEqual(["Halvard Institute"]);
  });
});

describe("an age epithet is the person whose age the article gave", () => {
  it("skips an officer quoted since about an unnamed man", () => {
    const claims = en(
      "Joseph Wekesa, 34, was charged with theft on Friday.\nInspector Grace Otieno said a man had been seen near the shop at midnight.\nThe 34-year-old told the court he was at home.",
    );
    expect(claims.map((c) => c.speaker.name)).toEqual(["Grace Otieno", "Joseph Wekesa"]);
  });
});

describe("the auxiliaries after a subject are one list, modals included", () => {
  it("reads 'shall' after the words' capitalised subject as any modal", () => {
    expect(brief("The envoy told reporters Kenya shall pay its share.")).toEqual([
      ["envoy", "told", "Kenya shall pay its share"],
    ]);
    expect(brief("The envoy told Achieng Kenya shall pay its share.")).toEqual([
      ["envoy", "told", "Kenya shall pay its share"],
    ]);
  });
});
