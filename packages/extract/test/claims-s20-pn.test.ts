// Session 20 (pn): attributions PolNeAR dev misses, in shapes news writing shares (speakers in relative clauses,
// statement nouns with "from", time words before the verb). Made-up sentences; no text here comes from a fixture
// or from PolNeAR.
import { describe, expect, it } from "vitest";
import { englishOn } from "./english.ts";

// (a Friday)
const en = englishOn("2026-11-20");
const claims = (text: string) => en(text).map((c) => [c.speaker.name, c.cue.text, c.content.text]);
const mentions = (text: string) => en(text).map((c) => c.speaker.mention?.text ?? null);

describe("a statement noun whose speaker follows “from”", () => {
  it("reads “despite repeated warnings from X that …” as X's warning, not a verb after “Despite”", () => {
    expect(
      claims(
        "Dam vote\nDespite repeated warnings from engineers that the dam was unsafe, the council voted to keep it open.",
      ),
    ).toEqual([["engineers", "warnings", "the dam was unsafe"]]);
  });
  it("reads it inside a sentence after a preposition, not as a verb's object", () => {
    expect(
      claims(
        "Panel vote\nThe vote went ahead despite repeated warnings from her lawyer that the hearing was pointless because Ms. Varga would stay silent.",
      ),
    ).toEqual([["lawyer", "warnings", "the hearing was pointless because Ms. Varga would stay silent"]]);
    expect(
      mentions("Panel vote\nThe vote went ahead amid claims from the union that wages were too low."),
    ).toEqual(["the union"]);
    // (the noun as the object of a verb is the subject's act, no claim of its own)
    expect(
      claims("Port fees\nThe governor brushed aside warnings from shippers that fees would rise."),
    ).toEqual([]);
  });
});

describe("time words and “just” between the subject and the verb", () => {
  it("reads “X just this month announced”", () => {
    expect(claims("Bonuses\nNorthwind Bank just this month announced it would end the bonuses.")).toEqual([
      ["Northwind Bank", "announced", "it would end the bonuses"],
    ]);
  });
});

describe("people placed in two places", () => {
  it("reads “Political observers in Ohio and around the country say”", () => {
    expect(
      claims(
        "Senate seat\nPolitical observers in Ohio and around the country say Brandt deserves a second term.",
      ),
    ).toEqual([
      ["Political observers in Ohio and around the country", "say", "Brandt deserves a second term"],
    ]);
  });
});

describe("speakers met through a “who” or “which” between commas or dashes", () => {
  it("gives “Protesters, who called for …” to the protesters", () => {
    expect(
      claims(
        "Video\nThe council met on Monday. Protesters, who called for the video to be released, marched on Friday.",
      ),
    ).toEqual([["Protesters", "called for", "the video to be released"]]);
  });
  it("ends a plural's “who” clause at its comma", () => {
    expect(
      claims(
        "Video\nThe council met on Monday. The protesters, who said the video must be released, marched on Friday.",
      ),
    ).toEqual([["protesters", "said", "the video must be released"]]);
  });
  it("reads a plural noun before “, which say …” and “, who say …”", () => {
    expect(
      claims(
        "Strike\nThe council met on Monday. The unions, which argue that wages are too low, called a strike.",
      ),
    ).toEqual([["unions", "argue", "wages are too low"]]);
    expect(
      claims("Dam\nThe council met on Monday. Local farmers, who say the dam is unsafe, blocked the road."),
    ).toEqual([["Local farmers", "say", "the dam is unsafe"]]);
  });
  it("reads “the audit -- which notes that … --” and ends the content at the closing dash", () => {
    expect(
      claims(
        "Schools\nThe council met on Monday. Instead, the audit -- which notes that 40 schools would lose funding -- recommends a slower approach.",
      ),
    ).toEqual([["audit", "notes", "40 schools would lose funding"]]);
    expect(
      claims(
        "Schools\nThe council met on Monday. The audit — which notes that 40 schools would lose funding — was released.",
      ),
    ).toEqual([["audit", "notes", "40 schools would lose funding"]]);
  });
});

describe("two requests and words in one sentence", () => {
  it("keeps “urges her brother to …” and the quotation after “and repeatedly says,” apart", () => {
    expect(
      claims(
        'Standoff\nThe council met on Monday. Hale then urges her brother to leave the building and repeatedly says, "Stay calm."',
      ),
    ).toEqual([
      ["Hale", "then urges", "her brother to leave the building"],
      ["Hale", "repeatedly says", '"Stay calm."'],
    ]);
  });
  it("keeps the quotation for the second verb after “and said,”", () => {
    expect(
      claims(
        'Standoff\nThe council met on Monday. Hale urged the crowd to go home and said, "Nobody will be hurt."',
      ),
    ).toEqual([
      ["Hale", "urged", "the crowd to go home"],
      ["Hale", "said", '"Nobody will be hurt."'],
    ]);
  });
});

describe("“By X's own admission,” sources the clause after it", () => {
  it("reads the owner of the admission or account as the speaker", () => {
    expect(
      claims("Taxes\nThe tax fight continued. By Ruth Hale's own admission, the plan was rushed."),
    ).toEqual([["Ruth Hale", "admission", "the plan was rushed"]]);
    expect(
      claims("Memo\nBrandt said he had not seen it. By his own account, the memo never reached his office."),
    ).toEqual([
      ["Brandt", "said", "he had not seen it"],
      ["Brandt", "account", "the memo never reached his office"],
    ]);
  });
});

describe("the writer's aside “It's worth noting that …”", () => {
  it("is no one's claim", () => {
    expect(
      claims(
        "Taxes\nThe race tightened. It's worth noting that this is the first time a candidate has refused. It is also worth remembering that Hale won the state twice.",
      ),
    ).toEqual([]);
  });
});

describe("a past participle after a preposition's object", () => {
  it("reads “in a box labeled “…”” as no one's words, and no speaker for a pronoun later", () => {
    expect(
      claims(
        "Papers\nRuth Hale spoke to reporters. On her papers, in a box labeled “medical problem,” a nurse had typed “severe anxiety.”",
      ).filter((c) => c[1] === "labeled"),
    ).toEqual([]);
  });
});
