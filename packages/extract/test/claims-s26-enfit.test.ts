// Session 26 (enfit): English shapes of set AH, each with made-up sentences (names and places no fixture has).
import { describe, expect, it } from "vitest";
import { englishOn } from "./english.ts";

const en = englishOn("2026-11-24");
const enSaid = (text: string) => en(text).map((c) => [c.speaker.name, c.content.text]);
const enNamed = (text: string) => en(text).map((c) => [c.speaker.name, c.date]);

describe("a headline's '…, manager says' over a lede's 'the marina's harbour manager told …'", () => {
  it("is the manager the next paragraph names, not another manager lower down, and takes her day", () => {
    const text =
      "New docks will not open this summer, manager says\n" +
      "By Orla Pettersen\n" +
      "The new docks at Kelsey Marina will not open this summer, the marina’s harbour manager told the Kelsey Port Board on Monday night.\n" +
      "Ingrid Valcourt said divers had found rot in the pilings.\n" +
      "Town Manager Eamon Thistlewood said in a statement Friday that the docks were a good investment.";
    expect(enNamed(text)).toEqual([
      ["Ingrid Valcourt", "2026-11-23"],
      ["Ingrid Valcourt", "2026-11-23"],
      ["Ingrid Valcourt", "2026-11-23"],
      ["Eamon Thistlewood", "2026-11-20"],
    ]);
  });
});

describe("a lede's 'the head of the X Authority has warned' under a headline naming the same chief", () => {
  it("is the chief executive the next paragraph names", () => {
    const text =
      "Peat chief warns bogs need 30 new wardens\n" +
      "By Ruaridh Fenwick\n" +
      "The island’s peat bogs will need 30 new wardens within three years, the head of the Peatland Trust has warned.\n" +
      "Chief executive Morag Quillan said most of the current wardens were over 65.";
    expect(enSaid(text).map((c) => c[0])).toEqual(["Morag Quillan", "Morag Quillan", "Morag Quillan"]);
  });
});

describe("'and called on X to …', 'and urged X to …' after a claim", () => {
  it("is a request, an act: the claim before it ends at 'and', and no second claim is made", () => {
    expect(
      enSaid(
        "Councillor Pia Lindqvist said the county should refund the fees, and called on the mayor to publish the audit.",
      ),
    ).toEqual([["Pia Lindqvist", "the county should refund the fees"]]);
    expect(
      enSaid("The union said the roster was unsafe and urged the board to hire more drivers.").map(
        (c) => c[1],
      ),
    ).toEqual(["the roster was unsafe"]);
  });
});

describe("'pressed X on the cost' (questioning someone on a topic)", () => {
  it("is an act, not a claim", () => {
    expect(enSaid("Committee chair Bram Okonkwo pressed Tillery on the cost.")).toEqual([]);
    expect(enSaid("Reporters pressed her about the delay at the briefing.")).toEqual([]);
  });
});

describe("'Minister of Works, the Hon. X, said …' then 'the minister said' and 'He said'", () => {
  it("is a person (the article belongs to the style), so the next 'He' is the minister", () => {
    const text =
      "Roads to be resurfaced\n" +
      "The drivers’ union president, Kwame Tolliver, told the paper on Friday that members were angry.\n" +
      "Speaking at a town meeting on Thursday evening, Minister of Works, the Hon. Desmond Quarrie, said the Government would resurface the road.\n" +
      "“We have heard you,” the minister said.\n" +
      "He said the ministry was also in talks with the contractor.";
    expect(enNamed(text).at(-1)).toEqual(["Desmond Quarrie", "2026-11-19"]);
  });
});

describe("'said she would …, but she did not expect …' (the speaker's own doubt after 'but')", () => {
  it("is one claim with what she said", () => {
    expect(
      enSaid("Ms Oyelaran said she would apply for the grant, but she did not expect to get it."),
    ).toEqual([["Oyelaran", "she would apply for the grant, but she did not expect to get it"]]);
    expect(enSaid("Mr Brandvold said he would sign, but he didn't think the plan would work.")).toEqual([
      ["Brandvold", "he would sign, but he didn't think the plan would work"],
    ]);
  });
});

describe("a lede's trailing 'according to the X Department' then 'the department said in a news release Monday'", () => {
  it("takes the day of the body's statement in the very next sentence", () => {
    const text =
      "Beetle traps left empty\n" +
      "Jonah Pelletier, Island Courier\n" +
      "Dozens of rhinoceros beetle traps on the north shore have not been emptied in a month, according to the Saipan Forestry Department.\n" +
      "The traps are the only check on the beetles’ spread, the department said in a news release Monday.";
    expect(enNamed(text)).toEqual([
      ["Saipan Forestry Department", "2026-11-23"],
      ["Saipan Forestry Department", "2026-11-23"],
    ]);
  });
});

describe("'A spokesperson for the Lands Department's Office of Coastal Permits said …'", () => {
  it("is named by its description: the body it speaks for and its role", () => {
    expect(
      enSaid(
        "A spokesperson for the Lands Department’s Office of Coastal Permits said in an email that the permit was under review.",
      ),
    ).toEqual([["Office of Coastal Permits spokesperson", "the permit was under review"]]);
  });
});

describe("'…, and the Forest Survey estimates there are …' after a clause of fact", () => {
  it("is the body's claim (a name's -s verb before an existential 'there are')", () => {
    expect(
      enSaid(
        "Feral goats have stripped most of the island’s native shrubs, and the Kellan Forest Survey estimates there are still about 9,000 of them on the ridges.",
      ),
    ).toEqual([["Kellan Forest Survey", "there are still about 9,000 of them on the ridges"]]);
    expect(enSaid("The estimates there are far too low.")).toEqual([]);
  });
});

describe("'Growers want a cold store based in Tolland' (want + a thing)", () => {
  it("is a wish the writer tells, not a claim; 'saying he wants a …' still reports it", () => {
    expect(
      enSaid(
        "Potato growers in the valley want a refrigerated store based in Tolland so they can sell year-round.",
      ),
    ).toEqual([]);
    expect(
      enSaid("The mayor declined to name anyone, aside from saying he wants a younger council.").map(
        (c) => c[1],
      ),
    ).toEqual(["a younger council"]);
  });
});

describe("'rejected that claim as baseless' (a demonstrative 'that')", () => {
  it("keeps 'that claim' whole: no clause opens at 'that'", () => {
    expect(
      enSaid(
        "Residents say the quarry poisoned the creek.\nThe quarry owner, Ferris Delacourt, rejected that claim as baseless.",
      ).at(-1),
    ).toEqual(["Ferris Delacourt", "that claim as baseless"]);
  });
});
