import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AR_DATE_SEATLESS, AR_DATE_START } from "../src/dates.ts";
import { foldArabicLetters, foldForCompare, seatless } from "../src/text/chars.ts";

// Speed-ups that must not change a result: each is checked against the plain form it replaces.

const PIECES = [
  "أمس",
  "امس",
  "اليوم",
  "الأحد",
  "الإثنين",
  "الثلثاء",
  "ويوم",
  "بيوم",
  "يوم",
  "و",
  "ب",
  "قبل",
  "منذ",
  "خلال",
  "الأسبوع",
  "الماضي",
  "المقبل",
  "7",
  "١٢",
  "۱",
  "ساعات",
  "يومين",
  "ثلاثة أيام",
  "خلال الأسبوع الماضي",
  "قبل يومين",
  "منذ 3 ساعات",
  "يوم الخميس 5 فبراير",
  "أول من أمس",
  "من",
  "سبتمبر",
  "تشرين الأول",
  "الثالث",
  "الحادي والعشرين",
  "صلاة",
  "سوق",
  "عام",
  "2025",
  "وزير",
  "قال",
  "Monday",
  "Ünal",
  "İstanbul",
  "ΣΟΦΟΣ",
  "،",
  ",",
  ".",
  "«",
  "»",
  "/",
  "(",
  ")",
  " ",
  "  ",
  "\n",
  "\u00A0",
  "\u2003",
  "\u200F",
  "\uFEFF",
  "\u064E",
  "\u0651",
  "\u0654",
  "\u0670",
  "\u0640",
  "ٱ",
  "آ",
  "إ",
  "ى",
  "ة",
  "ؤ",
  "ئ",
  "ﻻ",
  "ﺃ",
  "ﬁ",
  "😀",
  "\uD83D",
];
const texts = fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((parts) => parts.join(""));

/** foldForCompare as it was written: NFKC, nine regex replacements and a trim. */
const plainFoldForCompare = (s: string): string =>
  s
    .normalize("NFKC")
    .replace(/[\u064B-\u065F\u0670\u0640]/g, "")
    .replace(/[أإآٱ]/g, "ا")
    .replace(/ة/g, "ه")
    .replace(/ى/g, "ي")
    .replace(/ؤ/g, "و")
    .replace(/ئ/g, "ي")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, " ")
    .replace(/\s+/g, " ")
    .trim();

/** Every match of a global regex: where, what, and its named groups. */
const matches = (re: RegExp, text: string): string[] =>
  [...text.matchAll(re)].map((m) => `${m.index}:${m[0]}:${JSON.stringify(m.groups)}`);

describe("fast paths", () => {
  it("folds Arabic letters in one pass as the chained replacements do", () => {
    fc.assert(
      fc.property(texts, (s) => {
        const plain = s
          .replace(/[\u064B-\u065F\u0670\u0640]/g, "")
          .replace(/[أإآٱ]/g, "ا")
          .replace(/ى/g, "ي")
          .replace(/ة/g, "ه")
          .replace(/ؤ/g, "و")
          .replace(/ئ/g, "ي");
        expect(foldArabicLetters(s)).toBe(plain);
      }),
      { numRuns: 3000 },
    );
  });

  it("folds for comparison exactly as the plain regex chain does", () => {
    fc.assert(
      fc.property(texts, (s) => {
        expect(foldForCompare(s)).toBe(plainFoldForCompare(s));
      }),
      { numRuns: 3000 },
    );
    for (const s of ["", " ", "«وقال»", "جاء ذلك، أمس", "ﻻ بد", "Σ ΣΟΦΟΣ", "a\u00A0\u00A0b", "\uD83D x"])
      expect(foldForCompare(s)).toBe(plainFoldForCompare(s));
  });

  it("finds the same Arabic dates with the quick filter as without it", () => {
    const start = seatless(new RegExp(AR_DATE_START, "u")).source;
    expect(AR_DATE_SEATLESS.source.startsWith(start)).toBe(true);
    // (the filter is the lookahead; the word-start lookbehind after it stays, as each alternative needs it)
    expect(start.endsWith(WORD_START)).toBe(true);
    const filter = start.slice(0, start.length - WORD_START.length);
    const unfiltered = new RegExp(AR_DATE_SEATLESS.source.slice(filter.length), AR_DATE_SEATLESS.flags);
    fc.assert(
      fc.property(texts, (s) => {
        expect(matches(AR_DATE_SEATLESS, s)).toEqual(matches(unfiltered, s));
      }),
      { numRuns: 3000 },
    );
  });

  it("finds the same Arabic dates with the word start tested once as with it opening every alternative", () => {
    const start = seatless(new RegExp(AR_DATE_START, "u")).source;
    const rest = AR_DATE_SEATLESS.source.slice(start.length);
    // the group of alternatives after the filter, split at its top-level "|": each alternative opened again
    // by the lookbehind, as the regex was written before
    expect(rest.startsWith("(?:") && rest.endsWith(")")).toBe(true);
    const alternatives = topLevelAlternatives(rest.slice(3, -1));
    expect(alternatives.length).toBe(8);
    const repeated = new RegExp(
      `${start}(?:${alternatives.map((a) => WORD_START + a).join("|")})`,
      AR_DATE_SEATLESS.flags,
    );
    fc.assert(
      fc.property(texts, (s) => {
        expect(matches(AR_DATE_SEATLESS, s)).toEqual(matches(repeated, s));
      }),
      { numRuns: 3000 },
    );
  });
});

const WORD_START = "(?<![\\p{L}\\p{M}])";

/** The alternatives of a regex source at paren depth 0 (escapes and character classes skipped). */
function topLevelAlternatives(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") i++;
    else if (inClass) inClass = c !== "]";
    else if (c === "[") inClass = true;
    else if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "|" && depth === 0) {
      out.push(source.slice(from, i));
      from = i + 1;
    }
  }
  out.push(source.slice(from));
  return out;
}
