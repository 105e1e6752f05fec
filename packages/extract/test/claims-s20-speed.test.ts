import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { endsWithPronoun } from "../src/ar/cue-finder.ts";
import { foldWord, withoutArticle } from "../src/ar/lexicon.ts";
import { detectLanguage } from "../src/lang.ts";
import { foldArabicLetters, withoutHarakat, withoutMarks } from "../src/text/chars.ts";

// Session 20, speed: language detection without a regex per character, and Arabic word folding with its regexes
// gated by the word's first letter, must give what the slow paths gave.

/** The letter counts as detectLanguage read them at 1.64: a regex per character. */
function slowCounts(sample: string): number[] {
  let arabic = 0;
  let persianUrdu = 0;
  let latin = 0;
  let otherLetters = 0;
  for (const ch of sample) {
    const c = ch.codePointAt(0) ?? 0;
    if (c >= 0x0600 && c <= 0x06ff) {
      if (/[پچژگکیٹڈڑںےۃ]/.test(ch)) persianUrdu++;
      else if (/\p{L}/u.test(ch)) arabic++;
    } else if (/[A-Za-z\u00C0-\u024F]/.test(ch)) latin++;
    else if (/\p{L}/u.test(ch)) otherLetters++;
  }
  return [arabic, persianUrdu, latin, otherLetters];
}

const LATIN = [
  ["fr", "le la les des et est une dans du que pour qui pas sur au avec ce il elle"],
  ["es", "el la los las del y es una en que por para con no se su al lo como"],
  ["de", "der die das und ist nicht ein eine zu den mit sich des auf für im dem"],
  ["it", "il la di che è e un una per non del della con sono gli le"],
  ["pt", "o a os as de que e do da em um uma para com não se na no"],
  ["nl", "de het een en van is dat op te zijn niet met voor ook"],
  ["tr", "ve bir bu da de için ile olarak çok daha ama gibi"],
] as const;
const EN = new Set(
  "the of and to a in is that for on was with he she it as said by at from his her be have has are were will but not this they which who an".split(
    " ",
  ),
);

/** The Latin-script decision as it was read at 1.64: each language's set scanned over the words. */
function slowLatin(sample: string): string {
  const counted = (sample.toLowerCase().match(/[a-zà-ÿ]+/g) ?? []).slice(0, 5000);
  const en = counted.filter((w) => EN.has(w)).length;
  let best = "und";
  let bestScore = 0;
  for (const [lang, words] of LATIN) {
    const set = new Set(words.split(" "));
    const n = counted.filter((w) => set.has(w)).length;
    if (n > bestScore) [best, bestScore] = [lang, n];
  }
  if (en > 0 && en >= bestScore) return "en";
  if (bestScore === 0 && counted.length < 12) return "en";
  return best;
}

const PIECES = [
  "The minister said",
  " the of and ",
  "le la et est ",
  "der die und ",
  "el los por ",
  "é ß ñ ÿ Ā ɏ ",
  "قال الوزير",
  "پچژگکی ٹڈڑںے ۃ",
  "Ω Ελληνικά ",
  "Русский іїє ",
  "中文 日本語 한국어 ",
  "\uD835\uDC00\uD835\uDC9C",
  "\uD800",
  "\uDC00",
  "\u0660\u064B\u0640",
  "123 , . — “ ”",
  "\u00A0\n",
];
const texts = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((p) => p.join(""));

describe("session 20 speed: language detection", () => {
  it("counts every letter class as a regex per character counted them", () => {
    // the counts decide the script; the decision below is compared whole
    fc.assert(
      fc.property(texts, (t) => {
        const [arabic, persianUrdu, latin, other] = slowCounts(t) as [number, number, number, number];
        const d = detectLanguage(t);
        const letters = arabic + persianUrdu + latin + other;
        if (letters === 0) expect(d.lang).toBe("und");
        else if (arabic + persianUrdu >= latin && arabic + persianUrdu >= other)
          expect(["ar", "ur", "fa"]).toContain(d.lang);
        else if (other > latin) expect(d.supported).toBe(false);
        else expect(d.lang).toBe(slowLatin(t));
      }),
      { numRuns: 3000 },
    );
  });

  it("reads a letter outside the Basic Multilingual Plane and a lone surrogate as the regex did", () => {
    // (a bold mathematical capital is a letter but no Latin one; a lone surrogate is no letter)
    expect(slowCounts("\uD835\uDC00\uD835\uDC00a")).toEqual([0, 0, 1, 2]);
    expect(detectLanguage("\uD835\uDC00\uD835\uDC00a")).toEqual({ lang: "und", supported: false });
    expect(slowCounts("\uD800\uDC00 \uD800 a")).toEqual([0, 0, 1, 1]);
    expect(detectLanguage("\uD800 a")).toEqual({ lang: "en", supported: true });
  });
});

/** foldWord as it was at 1.64: the five regexes tried on every word. */
function slowFold(w: string): string {
  const fold = (x: string): string => foldArabicLetters(withoutArticle(withoutMarks(x)));
  const bare = withoutHarakat(w);
  if (/^(?:خميس|جمعة|جمعه)$/u.test(bare) || /^آن$/u.test(w)) return `${fold(w)}#name`;
  if (/^(?:(?:ال)?إمام|الامام)$/u.test(bare)) return "امام#title";
  if (/^ال[أا]ب$/u.test(bare)) return "اب#title";
  if (/^عالم[ةه]?$/u.test(bare)) return "عالم#title";
  return fold(w);
}

const AR_PIECES = [
  "خميس",
  "جمعة",
  "جمعه",
  "آن",
  "إمام",
  "امام",
  "أمام",
  "ال",
  "أب",
  "اب",
  "عالم",
  "ة",
  "ه",
  "و",
  "ب",
];
const AR_MARKS = ["\u064B", "\u0650", "\u0651", "\u0640", "\u0670", ""];
const arabicWords = fc
  .array(fc.tuple(fc.constantFrom(...AR_MARKS), fc.constantFrom(...AR_PIECES)), { maxLength: 3 })
  .map((parts) => parts.map(([mark, piece]) => mark + piece).join(""));

describe("session 20 speed: Arabic word folding", () => {
  it("folds every word as the five regexes tried on it did", () => {
    fc.assert(
      fc.property(arabicWords, (w) => {
        expect(foldWord(w)).toBe(slowFold(w));
      }),
      { numRuns: 5000 },
    );
  });
});

describe("session 20 speed: a pronoun's ending before the described-as stem", () => {
  it("no word matches the pronoun regex without the ending the quick test looks for", () => {
    const pieces = fc.array(fc.constantFrom("و", "ص", "ف", "ت", "ه", "ا", "م", "ن", "ها", "هم", "\u064E"), {
      maxLength: 6,
    });
    fc.assert(
      fc.property(pieces, (p) => {
        const w = p.join("");
        expect(endsWithPronoun(w)).toBe(/(?:ه|ها|هم)$/u.test(w));
      }),
      { numRuns: 5000 },
    );
  });
});
