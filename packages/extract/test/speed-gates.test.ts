import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { afterDaysAgo } from "../src/en/content-start-times.ts";
import { parseEnglishMention } from "../src/en/mention.ts";
import { OWNER_OF_NOUN_CUE } from "../src/en/owned-bodies.ts";
import { type Token, tokensForward } from "../src/text/tokens.ts";

// Quick tests put before regexes for speed: each must keep every result of the plain form it guards.

/** afterDaysAgo as it was before its opener test: both joins and regexes for every token. */
function afterDaysAgoPlain(toks: Token[], i: number): number {
  const three = toks.slice(i, i + 3).map((t) => t.text);
  if (
    three.length === 3 &&
    /^(?:a day (?:earlier|later)|the (?:previous|next|following) day)$/i.test(three.join(" "))
  )
    return i + 3;
  if (
    /^the (?:day|week|(?:sun|mon|tues|wednes|thurs|fri|satur)day) before$/i.test(three.join(" ")) &&
    /^(?:yesterday|last)$/i.test(toks[i + 3]?.text ?? "")
  )
    return i + 4;
  return afterDaysAgo(toks, i);
}

const WORDS = [
  "a",
  "A",
  "the",
  "The",
  "THE",
  "day",
  "Day",
  "week",
  "earlier",
  "later",
  "previous",
  "next",
  "following",
  "before",
  "yesterday",
  "last",
  "Monday",
  "two",
  "few",
  "days",
  "ago",
  "that",
  "he",
  ",",
  "an",
  "à",
];

describe("afterDaysAgo reads a day phrase only after its opener", () => {
  it("skips the same day phrases as the plain form", () => {
    const tokens = (ws: string[]) => {
      const text = ws.join(" ");
      return tokensForward(text, 0, text.length, 100);
    };
    expect(afterDaysAgo(tokens(["A", "day", "earlier", "that"]), 0)).toBe(3);
    expect(afterDaysAgo(tokens(["The", "day", "before", "yesterday", "he"]), 0)).toBe(4);
    expect(afterDaysAgo(tokens(["THE", "following", "day"]), 0)).toBe(3);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...WORDS), { maxLength: 7 }), fc.nat(6), (ws, i) => {
        const text = ws.join(" ");
        const toks = tokensForward(text, 0, text.length, 100);
        expect(afterDaysAgo(toks, i)).toBe(afterDaysAgoPlain(toks, i));
      }),
      { numRuns: 3000 },
    );
  });
});

describe("parseEnglishMention tests a possessive owner only when the mention ends in s", () => {
  it("every mention the owner regex takes ends in s", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom("the", "The", "Acme", "authority", "council's", "’s", "'s", "s", " ", "-"), {
          maxLength: 6,
        }),
        (parts) => {
          const m = parts.join(" ").trim();
          if (OWNER_OF_NOUN_CUE.test(m)) expect(m.endsWith("s")).toBe(true);
        },
      ),
      { numRuns: 3000 },
    );
  });
  it("still reads a noun cue's owner and a quoted nickname", () => {
    expect(parseEnglishMention("the authority's")).toEqual(parseEnglishMention("the authority"));
    expect(parseEnglishMention("Senator Ramon “Bong” Ilagan").name).toBe("Ramon Ilagan");
  });
});
