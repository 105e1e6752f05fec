import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { ANONYMITY, anonymityEnd, anonymityStart } from "../src/ar/anonymity.ts";
import { withoutArticle } from "../src/ar/lexicon.ts";
import { withoutObjectPronoun } from "../src/ar/oblique-object.ts";
import { AR_DATE_SEATLESS, AR_DATE_START } from "../src/dates.ts";
import { foldArabicLetters, foldForCompare, seatless } from "../src/text/chars.ts";
import { ARABIC_MARKS } from "./marks.ts";

// thousands of generated cases per property: CPU-bound, so slow on a loaded machine, never hung
vi.setConfig({ testTimeout: 60_000 });

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
  "ال",
  "وال",
  "بال",
  "أول",
  "أو",
  "مس",
  "خلا",
  "المدينة",
  "الحكومة",
  "سبت",
  "عشر",
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
  ...ARABIC_MARKS,
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

describe("fast paths (Arabic words)", () => {
  const REQUEST = [
    " ",
    "  ",
    "\u00A0",
    "،",
    "الذي",
    "رفض",
    "طلبت",
    "فضّل",
    "عدم",
    "الكشف",
    "عن",
    "نشر",
    "ذكر",
  ];
  const NAMES = [
    "اسمه",
    "أسمائهم",
    "اسمائهم",
    "هويته",
    "هوياتهم",
    "اسم",
    "هوي",
    "أسم",
    "ه",
    "الوزير",
    "قال",
    "x",
  ];
  const loose = fc
    .array(fc.constantFrom(...REQUEST, ...NAMES, ...PIECES), { maxLength: 14 })
    .map((parts) => parts.join(""));
  // (whole requests, with words and marks around them, so that the regex matches often)
  const pick = (xs: string[]) => fc.constantFrom(...xs);
  const whole = fc
    .tuple(
      loose,
      pick([" ", "، ", "\u00A0"]),
      pick(["", "الذي ", "التي  "]),
      pick(["رفض", "طلبوا", "فضّلت", "اشترط", "قال"]),
      pick([" ", " عدم "]),
      pick(["الكشف عن", "الإفصاح عن", "كشف", "نشر", "ذكر"]),
      pick([" ", "\u00A0"]),
      pick(NAMES),
      loose,
    )
    .map((parts) => parts.join(""));
  const requests = fc.oneof(loose, whole);

  it("finds a request for anonymity where the plain regex finds it", () => {
    const plainStart = (text: string, from: number, limit: number): number | null => {
      const room = text.slice(from, Math.min(limit, from + 120));
      const m = ANONYMITY.exec(room);
      if (!m || m.index === 0) return null;
      const before = room.slice(0, m.index);
      if (/[،,.:؛!؟?«»"“”]/u.test(before) || before.trim().split(/[\s\u00A0]+/u).length > 6) return null;
      return from + m.index;
    };
    const plainEnd = (text: string, from: number, limit: number): number | null => {
      const m = ANONYMITY.exec(text.slice(from, limit));
      return m?.index === 0 ? from + m[0].length : null;
    };
    fc.assert(
      fc.property(requests, fc.nat(), fc.nat(), (s, a, b) => {
        const from = a % (s.length + 1);
        const limit = from + (b % (s.length - from + 1));
        expect(anonymityStart(s, from, limit)).toBe(plainStart(s, from, limit));
        expect(anonymityEnd(s, from, limit)).toBe(plainEnd(s, from, limit));
        expect(anonymityStart(s, 0, s.length)).toBe(plainStart(s, 0, s.length));
        expect(anonymityEnd(s, 0, s.length)).toBe(plainEnd(s, 0, s.length));
      }),
      { numRuns: 5000 },
    );
    const s = "وقال مسؤول رفض الكشف عن اسمه إن";
    expect(anonymityStart(s, 5, s.length)).toBe(10);
    expect(anonymityEnd(s, 10, s.length)).toBe(plainEnd(s, 10, s.length));
  });

  it("drops the article as the plain test and replace do", () => {
    const words = fc
      .array(fc.constantFrom("ا", "أ", "إ", "آ", "ٱ", "ل", "ب", "\u064E", "𝐀", "\uDC00", "x", " "), {
        maxLength: 6,
      })
      .map((a) => a.join(""));
    fc.assert(
      fc.property(words, (w) => {
        expect(withoutArticle(w)).toBe(/^آ/u.test(w) ? w : w.replace(/^[اأإٱ]ل/u, ""));
      }),
      { numRuns: 5000 },
    );
  });

  it("drops an object pronoun as the plain replace does", () => {
    const words = fc
      .array(fc.constantFrom("أ", "ر", "ج", "ع", "ت", "ه", "ا", "م", "\u064E", "𝐀", "\uDC00", "x", " "), {
        maxLength: 8,
      })
      .map((a) => a.join(""));
    fc.assert(
      fc.property(words, (w) => {
        expect(withoutObjectPronoun(w)).toBe(w.replace(/(?<=\p{L}{3})(?:ه|ها|هم|هما)$/u, ""));
      }),
      { numRuns: 5000 },
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
