import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { contentStartAfter } from "../src/en/content-start.ts";
import { THAT_CLAUSE_VERBS } from "../src/en/lexicon.ts";
import { endsWithPlaceUnit, PLACE_UNIT_TAIL, PLACE_UNITS } from "../src/en/place-unit-tail.ts";
import { MATRIX_PREDICATE } from "../src/en/relative.ts";
import { thatAfter } from "../src/en/that-after.ts";
import { tokensForward } from "../src/text/tokens.ts";
import { englishOn } from "./english.ts";

// Session 19, speed: shortcuts that must give what the slow path gives, on made-up strings.

const EN_PIECES = [
  "that",
  "That",
  "THAT",
  "thát",
  "thats",
  "this",
  "it",
  "to",
  "the",
  "a",
  "case",
  "strong",
  "voters",
  "reporters",
  "Smith",
  "BBC",
  "in",
  "on",
  "at",
  "during",
  "of",
  "statement",
  "Monday",
  "morning",
  "late",
  "simply",
  "as",
  "did",
  "citing",
  "he",
  "was",
  "fair",
  ",",
  ":",
  ".",
  "(",
  ")",
  "“",
  "”",
  "’s",
  "—",
  "3:30",
  "p.m.",
];
const enTexts = fc
  .array(fc.constantFrom(...EN_PIECES), { minLength: 1, maxLength: 30 })
  .map((ws) => ws.join(" ").replace(/ ([,:.)”])/g, "$1"));

describe("s19 speed: a that-clause verb is read on only with a “that” ahead", () => {
  it("contentStartAfter marks a that-clause only where a “that” token lies past the verb", () => {
    const bases = [...THAT_CLAUSE_VERBS, "tell", "say", "ask"];
    fc.assert(
      fc.property(enTexts, fc.constantFrom(...bases), (t, base) => {
        const toks = tokensForward(t, 0, t.length, 100_000);
        for (let verb = 0; verb < toks.length; verb++)
          if (!thatAfter(toks, verb)) expect(contentStartAfter(toks, verb + 1, base).that).toBe(false);
      }),
      { numRuns: 3000 },
    );
  });
  it("finds the “that” in any case, and not in longer words", () => {
    const toks = tokensForward("made it THAT", 0, 12, 100);
    expect(thatAfter(toks, 0)).toBe(true);
    expect(thatAfter(toks, 2)).toBe(false);
    const none = tokensForward("made thats clear", 0, 16, 100);
    expect(thatAfter(none, 0)).toBe(false);
  });
  it("keeps “made the case … that” while “made a profit” and “put the plan on hold” say nothing", () => {
    const claims = englishOn("2026-12-01")(
      "Port row\nThe harbour master made the strong case to pilots that the channel was safe.\n\n" +
        "The ferry company made a large profit last year, and the council put the plan on hold.",
    );
    expect(claims.map((c) => [c.cue.text, c.content.text])).toEqual([["made", "the channel was safe"]]);
  });
});

const PLACE_PIECES = [
  "Councillor",
  "Ebrima",
  "Talinding",
  "Élan",
  "O’Neil",
  "of",
  "from",
  "in",
  "the",
  "new",
  "’s",
];
const SEPARATORS = [" ", " ", " ", "  ", "\u00A0", "\u2003", "", "\n", "-"];
const placeTexts = fc
  .tuple(
    fc.array(fc.tuple(fc.constantFrom(...PLACE_PIECES), fc.constantFrom(...SEPARATORS)), { maxLength: 7 }),
    fc.constantFrom(...PLACE_UNITS, "award", "Ward", "zones", "", "ward "),
  )
  .map(([ps, unit]) => ps.map(([w, sep]) => w + sep).join("") + unit);

describe("s19 speed: a place and its unit are looked for only after a unit word", () => {
  it("PLACE_UNIT_TAIL never matches a mention endsWithPlaceUnit turns away", () => {
    fc.assert(
      fc.property(placeTexts, (t) => {
        if (PLACE_UNIT_TAIL.test(t)) expect(endsWithPlaceUnit(t)).toBe(true);
      }),
      { numRuns: 5000 },
    );
    expect(PLACE_UNIT_TAIL.test("Councillor Ebrima Ceesay of Talinding ward")).toBe(true);
    expect(endsWithPlaceUnit("Councillor Ebrima Ceesay of Talinding award")).toBe(false);
  });
});

/** MATRIX_PREDICATE as it stood before the leading lookahead (the slow path). */
const MATRIX_PREDICATE_BEFORE =
  /(?<=[\s\u00A0]\S*[\p{L}\d°%])(?<!\b(?:it|he|she|they|we|I|you|there|that|which|who|and|or|but|than|if|because|when|as|what|this|these|those))[\s\u00A0]+(?:does|do|did|is|are|was|were|has|have)[\s\u00A0]+(?:not[\s\u00A0]+)?\p{Ll}/u;
const CLAUSE_PIECES = [
  "the",
  "plan",
  "it",
  "he",
  "is",
  "was",
  "does",
  "do",
  "did",
  "has",
  "have",
  "were",
  "are",
];
const CLAUSE_MORE = [
  "not",
  "who",
  "and",
  "Smith",
  "2%",
  "10°",
  "été",
  "Is",
  "doesn",
  "this",
  "approved",
  "x",
];
const clauseTexts = fc
  .array(
    fc.tuple(
      fc.constantFrom(...CLAUSE_PIECES, ...CLAUSE_MORE),
      fc.constantFrom(" ", " ", " ", "\u00A0", "  ", "\n", "", ",", "-"),
    ),
    { maxLength: 10 },
  )
  .map((ps) => ps.map(([w, sep]) => w + sep).join(""));

describe("s19 speed: the main clause's auxiliary is looked for only where one stands", () => {
  it("MATRIX_PREDICATE finds what it found before its leading lookahead", () => {
    fc.assert(
      fc.property(clauseTexts, (t) => {
        const was = MATRIX_PREDICATE_BEFORE.exec(t);
        const now = MATRIX_PREDICATE.exec(t);
        expect(now?.index).toBe(was?.index);
        expect(now?.[0]).toBe(was?.[0]);
      }),
      { numRuns: 5000 },
    );
    expect(MATRIX_PREDICATE.exec("A move the city says will save money was approved")?.index).toBe(36);
  });
});
