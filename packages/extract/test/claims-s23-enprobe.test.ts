// Session 23 (enprobe): the English constructions made-up reports of small island and regional papers turned up,
// each with made-up sentences (names, places and outlets that no fixture or probe has).
import { describe, expect, it } from "vitest";
import { englishOn } from "./english.ts";

const en = englishOn("2026-10-15");
const enSaid = (text: string) => en(text).map((c) => [c.speaker.name, c.content.text, c.date]);

describe("'said yesterday' and a clause with no 'that' whose own relative 'that' comes later", () => {
  it("starts the content at the clause, not after the relative 'that'", () => {
    expect(
      enSaid(
        "Harbour Users Group chairman Dermot Quill said yesterday skippers were being fined for moorings that “nobody ever maintains”.",
      ),
    ).toEqual([
      ["Dermot Quill", "skippers were being fined for moorings that “nobody ever maintains”", "2026-10-14"],
    ]);
    expect(
      enSaid("Cr Anya Petrov said on Tuesday ratepayers would pay for a bridge that had never been costed."),
    ).toEqual([
      ["Anya Petrov", "ratepayers would pay for a bridge that had never been costed", "2026-10-13"],
    ]);
  });
  it("still takes a 'that' after the occasion ('said in a letter to parents on Monday that …')", () => {
    expect(
      enSaid("Principal Ines Varga said in a letter to parents on Monday that the hall would close."),
    ).toEqual([["Principal Ines Varga", "the hall would close", "2026-10-12"]]);
  });
});

describe("'told yesterday’s council meeting …': a gathering named by its day is the hearer", () => {
  it("leaves the day's gathering out of the content and dates the words by it", () => {
    expect(
      enSaid(
        "Parks manager Odette Lyle told yesterday’s council meeting the playground would reopen in March.",
      ),
    ).toEqual([["Odette Lyle", "the playground would reopen in March", "2026-10-14"]]);
    expect(
      enSaid("Harbourmaster Piet Zandvoort told Tuesday’s full board meeting the dredging had stopped."),
    ).toEqual([["Harbourmaster Piet Zandvoort", "the dredging had stopped", "2026-10-13"]]);
  });
  it("and a compound gathering after 'the' ('told the council meeting') is one hearer", () => {
    expect(enSaid("Odette Lyle told the council meeting the playground would reopen in March.")).toEqual([
      ["Odette Lyle", "the playground would reopen in March", null],
    ]);
  });
});

describe("'… and warning signs at the junction': an -ing form before its noun ends no content", () => {
  it("keeps the coordinated object in the content", () => {
    expect(
      enSaid(
        "Roads engineer Tavis Mwale said the crew would put up barriers and warning lights at the bend.",
      ),
    ).toEqual([["Tavis Mwale", "the crew would put up barriers and warning lights at the bend", null]]);
  });
});

describe("a colon after the speaker's manner ('She was blunt about the cuts: “…”', 'put it plainly:')", () => {
  it("is the quotation's cue, spoken by the sentence's subject", () => {
    const text =
      "Library manager Oriel Fanshawe said on Monday the mobile library would stop in January. " +
      "She was blunt about the reason: “There is no money for diesel. We have asked twice.”";
    expect(enSaid(text)).toEqual([
      ["Oriel Fanshawe", "the mobile library would stop in January", "2026-10-12"],
      ["Oriel Fanshawe", "“There is no money for diesel. We have asked twice.”", "2026-10-12"],
    ]);
    expect(enSaid("Coach Tamsin Reave put it plainly: “We were beaten by a better side.”")).toEqual([
      ["Tamsin Reave", "“We were beaten by a better side.”", null],
    ]);
  });
  it("but not a sentence that names what someone had ('had a message for drivers:')", () => {
    expect(enSaid("The sergeant had a message for drivers: “Slow down.”")).toEqual([]);
  });
});

describe("a court story whose day comes after a paragraph of background ('on a Saturday evening in February')", () => {
  const text =
    "Skipper fined for sailing without lights\n" +
    "A Kaikōura skipper who took passengers out after dark without navigation lights has been fined $4000.\n" +
    "The trip happened on a Saturday evening in February, when the boat carried 14 people on a charter.\n" +
    "Leon Ruatapu, 44, appeared in the Blenheim District Court yesterday.\n" +
    "Maritime NZ prosecutor Fenella Rix told the court the skipper had ignored two warnings.";
  it("takes the day of the court appearance, not a weekday of no one week", () => {
    expect(enSaid(text)).toEqual([["Fenella Rix", "the skipper had ignored two warnings", "2026-10-14"]]);
  });
  it("while a weekday naming an event ('at a Monday evening meeting') still dates the words", () => {
    expect(enSaid("Cr Hemi Waaka said at a Monday evening meeting that the wharf needed new piles.")).toEqual(
      [["Hemi Waaka", "the wharf needed new piles", "2026-10-12"]],
    );
  });
});

describe("a source named by the possessive of a firm or place after its preposition ('a spokeswoman for Sainsbury’s')", () => {
  it("speaks: the possessive closes the phrase, no head noun is missing", () => {
    expect(enSaid("A spokeswoman for Fenwick’s said the store would reopen on Friday.")).toEqual([
      ["spokeswoman for Fenwick’s", "the store would reopen on Friday", null],
    ]);
    expect(enSaid("A porter at St Brigid’s told reporters the ward was full.")).toEqual([
      ["porter at St Brigid’s", "the ward was full", null],
    ]);
  });
});

describe("'Minister of X and Minister responsible for Y Name': the portfolio after 'responsible for' is no part of the name", () => {
  it("names the person, and her pronoun after another speaker goes to her", () => {
    const text =
      "Chief Minister Alric Dunstan said the airstrip would reopen. " +
      "Minister of Housing and Lands and Minister responsible for Fisheries Marisol Quashie said the landing site would move. " +
      "She said the fishers had agreed.";
    expect(enSaid(text)).toEqual([
      ["Alric Dunstan", "the airstrip would reopen", null],
      ["Marisol Quashie", "the landing site would move", null],
      ["Marisol Quashie", "the fishers had agreed", null],
    ]);
  });
});

describe("'said yesterday' with its 'that' after an aside on the occasion", () => {
  it("still reads the 'that' past a 'which' aside whose verb is the occasion's", () => {
    expect(
      enSaid("Cr Anya Petrov said at the fete, which was held on Sunday, that the hall would be sold."),
    ).toEqual([["Anya Petrov", "the hall would be sold", "2026-10-11"]]);
  });
});
