import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { detectLanguage } from "../src/lang.ts";

// Session 20, speed: language detection without a regex per character must decide as the slow path did.

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
