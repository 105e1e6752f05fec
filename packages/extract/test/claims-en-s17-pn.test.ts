// Session 17 (pn): content edges and attributions that news writing shares, found on PolNeAR dev.
// Made-up sentences; no text here comes from a fixture or from PolNeAR.
import { describe, expect, it } from "vitest";
import { englishOn } from "./english.ts";

// (a Wednesday)
const en = englishOn("2026-06-10");
const contents = (text: string) => en(text).map((c) => [c.cue.text, c.content.text]);

describe("a quotation the content opens runs to its closing mark", () => {
  it("goes past a question mark inside the quotation", () => {
    expect(
      contents(
        'Harbour fees row\nThe harbour master warned that the new fees would "drive boats away. Who will pay for the dredging then?" The board did not reply.',
      ),
    ).toEqual([["warned", 'the new fees would "drive boats away. Who will pay for the dredging then?"']]);
  });
  it("goes past a full stop inside the quotation", () => {
    expect(
      contents(
        "Library cuts\nThe librarian said the branch mattered because “people do not come here for books alone. They come here for company.”\nThe council meets on Monday.",
      ),
    ).toEqual([
      [
        "said",
        "the branch mattered because “people do not come here for books alone. They come here for company.”",
      ],
    ]);
  });
});

describe("a speaker who interrupts the content, then the occasion, then the content's verb", () => {
  it("keeps the whole sentence when the words resume with a verb", () => {
    expect(
      contents(
        "Bridge delay\nThe new crossing, the chief engineer said in a briefing on Monday, would not open before May.",
      ),
    ).toEqual([
      [
        "said",
        "The new crossing, the chief engineer said in a briefing on Monday, would not open before May",
      ],
    ]);
    expect(
      contents(
        "Depot closure\nThe drivers, Ms. Okafor explained earlier at the hearing, were never told of the plan.",
      ),
    ).toEqual([
      ["explained", "The drivers, Ms. Okafor explained earlier at the hearing, were never told of the plan"],
    ]);
  });
});

describe("a speaker the writer met, with no relative pronoun", () => {
  const speakers = (text: string) =>
    en(text).map((c) => [c.speaker.mention?.text, c.cue.text, c.content.text]);
  it("reads the people before “I spoke to”, “we interviewed” as the speakers", () => {
    expect(speakers("Market day\nThe traders I spoke to said the new stalls were too small.")).toEqual([
      ["The traders I spoke to", "said", "the new stalls were too small"],
    ]);
    expect(speakers("Water rates\nAll the tenants we interviewed said their bills had doubled.")).toEqual([
      ["All the tenants we interviewed", "said", "their bills had doubled"],
    ]);
  });
});

describe("a day between an object and the words it is called", () => {
  it("keeps the quoted label after the day in the content", () => {
    expect(
      contents('Pay talks\nThe nurses\' union called the offer on Monday "an insult" to its members.'),
    ).toEqual([["called", 'the offer on Monday "an insult" to its members']]);
  });
});

describe("an aside between commas after the cue, then “that”", () => {
  it("opens the content after the “that”", () => {
    expect(
      contents(
        "Exports\nThe trade ministry said, in a statement, that exports had fallen for a third month.",
      ),
    ).toEqual([["said", "exports had fallen for a third month"]]);
    expect(
      contents(
        "Exports\nThe trade ministry warned on Monday, citing customs figures, that exports had fallen again.",
      ),
    ).toEqual([
      ["warned", "exports had fallen again"],
      ["citing", "customs figures"],
    ]);
    expect(
      contents(
        "Tax returns\nThe candidate insisted, most recently in a radio interview, that his returns were under audit.",
      ),
    ).toEqual([["insisted", "his returns were under audit"]]);
  });
});

describe("a long source after “According to”", () => {
  it("reads the source up to its comma", () => {
    expect(
      en(
        "Fund losses\nAccording to a 40-page complaint filed in federal court by the state attorney general and two county prosecutors, the company hid the losses from investors.",
      ).map((c) => [c.speaker.mention?.text, c.content.text]),
    ).toEqual([
      [
        "a 40-page complaint filed in federal court by the state attorney general and two county prosecutors",
        "the company hid the losses from investors",
      ],
    ]);
  });
});

describe("an “as”-clause of saying between a subject and its verb", () => {
  it("keeps the subject in the content", () => {
    expect(
      contents(
        "Water supply\nThe reservoir, as the county engineer pointed out, was built for a much smaller town.",
      ),
    ).toEqual([
      ["pointed out", "The reservoir, as the county engineer pointed out, was built for a much smaller town"],
    ]);
  });
});

describe("“continues to” before a reporting verb", () => {
  it("takes the reporting verb's content, the cue opening at “continues”", () => {
    expect(contents("Plant spill\nThe company continues to deny that it broke the law.")).toEqual([
      ["continues to deny", "it broke the law"],
    ]);
    expect(contents("Debate night\nThe challenger continued to claim he had won the debate.")).toEqual([
      ["continued to claim", "he had won the debate"],
    ]);
  });
});

describe("“As reported by X, …” and “As stated in X, …” open a sentence", () => {
  const sourced = (text: string) =>
    en(text).map((c) => [c.speaker.mention?.text, c.cue.text, c.content.text]);
  it("reads the main clause as what the source reported", () => {
    expect(
      sourced(
        "Council budget\nAs reported by the Ashby Herald, the council overspent by $2 million last year.",
      ),
    ).toEqual([["the Ashby Herald", "reported", "the council overspent by $2 million last year"]]);
    expect(
      sourced(
        "Council budget\nAs stated in the auditor's letter, two contracts were never put out to tender.",
      ),
    ).toEqual([["the auditor's letter", "stated", "two contracts were never put out to tender"]]);
    expect(sourced("Job cuts\nAs first reported by Reuters on Monday, the bank will cut 500 jobs.")).toEqual([
      ["Reuters", "reported", "the bank will cut 500 jobs"],
    ]);
  });
});
