import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findDates } from "../src/dates.ts";
import {
  foldForCompare,
  letterRunBefore,
  lowercase,
  withoutHarakat,
  withoutMarks,
} from "../src/text/chars.ts";
import { forgetWords } from "../src/text/word-memo.ts";

// Helpers made faster without changing what they return: each must give exactly what the plain expression
// it stands for gives, on any string (marks, astral characters, capitals, remembered words included).
const UNITS = [
  "ق",
  "ا",
  "ل",
  "\u064E",
  "\u0651",
  "\u0652",
  "\u0640",
  "\u0670",
  "\u065F",
  "\u064B",
  "\u0660",
  "A",
  "Z",
  "é",
  "É",
  "İ",
  "ß",
  "😀",
  "\uD83D",
  " ",
  "\u00A0",
  "’",
  "x",
  "\uDC00",
  "𝐀",
  "\n",
  "\u2003",
  "\u0085",
  "\u06F1",
  "،",
  "\u0621",
  "\u061F",
  "ﻻ",
  "\u0300",
  "@",
  "[",
  "`",
  "{",
];
const anyText = fc.array(fc.constantFrom(...UNITS), { maxLength: 30 }).map((a) => a.join(""));

describe("speed helpers", () => {
  it("reads the letter run before a position as the end-anchored regex on the slice does", () => {
    const plain = (text: string, lo: number, at: number): string | undefined =>
      /([\p{L}\p{M}]+)[\s\u00A0]*$/u.exec(text.slice(lo, at))?.[1];
    fc.assert(
      fc.property(anyText, fc.nat(), fc.nat(), (s, a, b) => {
        const at = s.length ? b % (s.length + 1) : 0;
        const lo = a % (at + 1);
        expect(letterRunBefore(s, lo, at)).toBe(plain(s, lo, at));
        expect(letterRunBefore(s, 0, s.length)).toBe(plain(s, 0, s.length));
      }),
      { numRuns: 5000 },
    );
  });

  it("strip harakat and marks as the global replaces they stand for", () => {
    fc.assert(
      fc.property(anyText, (s) => {
        expect(withoutHarakat(s)).toBe(s.replace(/[\u064B-\u065F\u0640]/gu, ""));
        expect(withoutMarks(s)).toBe(s.replace(/[\u064B-\u065F\u0670\u0640]/gu, ""));
      }),
    );
  });

  it("lowercase and foldForCompare give the same answer remembered or not, before and after forgetting", () => {
    fc.assert(
      fc.property(fc.array(anyText, { maxLength: 6 }), (words) => {
        const folded = words.map((w) => foldForCompare(w));
        for (const w of words) expect(lowercase(w)).toBe(w.toLowerCase());
        forgetWords();
        expect(words.map((w) => foldForCompare(w))).toEqual(folded);
        for (const w of words) expect(lowercase(w)).toBe(w.toLowerCase());
      }),
    );
  });

  it("finds Arabic dates only at a word start, whatever opens them", () => {
    const pub = new Date(Date.UTC(2026, 10, 18));
    const text = "قال الوزير أمس والخميس الماضي إنه زار البلدة في 5 نوفمبر، ولا بالأمس ولا سالخميس";
    const found = findDates(text, "ar", 0, text.length, pub).map((m) => text.slice(m.start, m.end));
    expect(found).toEqual(["أمس", "والخميس الماضي", "5 نوفمبر"]);
  });
});
