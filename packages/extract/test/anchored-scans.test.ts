import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cueWords } from "../src/en/cue-words.ts";
import { AS_PUT_IT, asPutItMatches, IN_SOURCE, inSourceMatches } from "../src/en/framing.ts";
import { NOUN_CUE, nounCueMatches } from "../src/en/nouns.ts";
import { segment } from "../src/text/segment.ts";

// The rules below try their expression only where a match can start; they must find exactly the matches
// a plain global scan of the whole text finds.
const PIECES = [
  "his claim that",
  "its claim that",
  "the claim that",
  "Trump’s false claims that",
  "the senator's promise to",
  "U.S. Sen. Smith's vow to",
  "the view that",
  "her repeated assertions that",
  "In the latest poll",
  "In a survey of voters,",
  "as one aide put it",
  "As Mr. Smith put it,",
  "as the memo puts it",
  "review",
  "input",
  "Obama’s",
  "claims",
  "to",
  "that",
  "In",
  "as",
  "put",
  "it",
  "poll",
  ",",
  ".",
  "!",
  "“",
  "”",
  '"',
  "\u00A0",
  "\n",
  "é",
  "𝐀",
  "Ü",
  "-",
  "’",
  "'",
  "said",
];
const texts = fc
  .array(fc.tuple(fc.constantFrom(...PIECES), fc.constantFrom(" ", " ", "", "\u00A0")), { maxLength: 40 })
  .map((parts) => parts.map(([w, sep]) => w + sep).join(""));

function globalScan(re: RegExp, text: string): string[] {
  const g = new RegExp(re.source, "gu");
  const out: string[] = [];
  for (let m = g.exec(text); m; m = g.exec(text)) out.push(`${m.index}:${m[0]}`);
  return out;
}
const listed = (matches: Iterable<RegExpExecArray>): string[] =>
  [...matches].map((m) => `${m.index}:${m[0]}`);

describe("scans tried only where a match can start", () => {
  it("find the same nominal cues as a global scan", () => {
    fc.assert(
      fc.property(texts, (t) => {
        const { nouns } = cueWords({ text: t, sentences: segment(t), quotes: [] });
        expect(listed(nounCueMatches(t, nouns))).toEqual(globalScan(NOUN_CUE, t));
      }),
      { numRuns: 3000 },
    );
  });
  it("find the same framing phrases as a global scan", () => {
    fc.assert(
      fc.property(texts, (t) => {
        expect(listed(inSourceMatches(t))).toEqual(globalScan(IN_SOURCE, t));
        expect(listed(asPutItMatches(t))).toEqual(globalScan(AS_PUT_IT, t));
      }),
      { numRuns: 3000 },
    );
  });
});
