import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { capitalRunAfter, capitalRunBefore, hyphenatedWordEnd } from "../src/text/capitals.ts";

// The character scans for capitalised runs must give exactly what the regexes they replace give.
const PIECES = [
  "The",
  "A",
  "An",
  "Ministry",
  "of",
  "the",
  "and",
  "&",
  "for",
  "on",
  "Smith",
  "Clinton’s",
  "O'Neil",
  "Mc-Donald",
  "xTrump",
  "U.S.",
  "Sen.",
  "F.",
  "X_1",
  "9Lives",
  "Foo-",
  "-Bar",
  "said",
  ",",
  ".",
  "’",
  "'",
  "é",
  "Ünal",
  "Podestà",
  "Łukasz",
  "Ørsted",
  "Podesta\u0300",
  "×",
  "É",
];
const texts = fc
  .array(
    fc.tuple(fc.constantFrom(...PIECES), fc.constantFrom(" ", " ", "", "  ", "\u00A0", "\n", "\u2009")),
    {
      maxLength: 30,
    },
  )
  .map((parts) => parts.map(([w, sep]) => w + sep).join(""));
const positions = (text: string) => fc.nat(text.length);
/** A text and a range [from, to] inside it. */
const ranges = texts.chain((t) =>
  fc
    .tuple(fc.constant(t), positions(t), positions(t))
    .map(([text, a, b]) => [text, Math.min(a, b), Math.max(a, b)] as const),
);

// (U: an ASCII or accented Latin capital; L: \w, an accented Latin letter or a combining accent)
const U = "(?:[A-Z]|(?=[\\u00C0-\\u024F])\\p{Lu})";
const L = "\\w\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F\\u0300-\\u036F";
const RUN_BEFORE = new RegExp(`(?:${U}[${L}’'-]*\\.?\\s+)+$`, "u");
const RUN_AFTER = new RegExp(`^(?:\\s+${U}[${L}’'-]*(?![’']s\\b))+`, "u");

describe("capitalised runs", () => {
  it("capitalRunBefore is /(?:U[L’'-]*\\.?\\s+)+$/u", () => {
    fc.assert(
      fc.property(ranges, ([text, from, to]) => {
        const m = RUN_BEFORE.exec(text.slice(from, to));
        expect(capitalRunBefore(text, from, to)).toBe(m ? from + m.index : -1);
      }),
      { numRuns: 3000 },
    );
  });
  it("capitalRunAfter is /^(?:\\s+U[L’'-]*(?![’']s\\b))+/u", () => {
    fc.assert(
      fc.property(ranges, ([text, from, to]) => {
        const m = RUN_AFTER.exec(text.slice(from, to));
        expect(capitalRunAfter(text, from, to)).toBe(from + (m ? m[0].length : 0));
      }),
      { numRuns: 3000 },
    );
  });
  it("hyphenatedWordEnd is /[\\w-]*/", () => {
    fc.assert(
      fc.property(
        texts.chain((t) => fc.tuple(fc.constant(t), positions(t))),
        ([text, i]) => {
          const m = /^[\w-]*/.exec(text.slice(i)) as RegExpExecArray;
          expect(hyphenatedWordEnd(text, i)).toBe(i + m[0].length);
        },
      ),
      { numRuns: 2000 },
    );
  });
  it("multi-word phrases: a scan for two words or more finds the two-word-or-more phrases of a scan for one or more", () => {
    const one =
      /\b[A-Z][\w-]*(?:\s+(?:(?:of|for|and|&|the|on)\s+)*[A-Z][\w-]*)*(?:\s+(?:Inc|Corp|Ltd|Co)\.?)?/g;
    const two = /\b[A-Z][\w-]*(?:\s+(?:(?:of|for|and|&|the|on)\s+)*[A-Z][\w-]*)+/g;
    fc.assert(
      fc.property(texts, (text) => {
        const all = [...text.matchAll(one)].filter((m) => /\s/.test(m[0])).map((m) => `${m.index}:${m[0]}`);
        expect([...text.matchAll(two)].map((m) => `${m.index}:${m[0]}`)).toEqual(all);
      }),
      { numRuns: 3000 },
    );
  });
});
