import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extract } from "../src/index.ts";
import type { ExtractResult } from "../src/types.ts";

/** Every emitted part must be exactly the text it points at. */
function expectTrueSpans(text: string, result: ExtractResult): void {
  // the extractor turns a bug into a reason instead of throwing; here a bug must fail the test
  expect(result.reason ?? "").not.toMatch(/^extractor error/);
  for (const c of result.claims) {
    for (const part of [c.cue, c.content, c.speaker.mention, c.dateSource]) {
      if (!part) continue;
      expect(Number.isInteger(part.start) && Number.isInteger(part.end)).toBe(true);
      expect(part.start).toBeGreaterThanOrEqual(0);
      expect(part.end).toBeLessThanOrEqual(text.length);
      expect(text.slice(part.start, part.end)).toBe(part.text);
    }
  }
}

const AR_WORDS = [
  "وقال",
  "قالت",
  "وأضاف",
  "أكد",
  "يقول",
  "مشيرا إلى",
  "معتبرا",
  "أن",
  "إن",
  "بأن",
  "أنه",
  "الوزير",
  "وزير الخارجية",
  "جدعون",
  "ساعر",
  "الثلاثاء",
  "أمس",
  "7 تشرين الثاني/نوفمبر",
  "٨ أكتوبر ٢٠٢٣",
  "وفق",
  "بحسب",
  "جاء ذلك",
  "كان",
  "قد",
  "«",
  "»",
  "“",
  "”",
  '"',
  "،",
  "؛",
  "؟",
  ".",
  ":",
  "\n",
  "\r\n",
  "\u00A0",
  "\u200F",
  "د.",
];
const EN_WORDS = [
  "said",
  "says",
  "told",
  "according to",
  "added",
  "warned",
  "Mr.",
  "Smith",
  "John",
  "the senator",
  "he",
  "She",
  "that",
  "U.S.",
  "Nov. 7",
  "Monday",
  "yesterday",
  "reporters",
  "“",
  "”",
  '"',
  "''",
  "‘",
  "’",
  ",",
  ".",
  ":",
  "―",
  "\n\n",
  "—",
];
const sentenceOf = (words: string[]) =>
  fc.array(fc.constantFrom(...words), { maxLength: 60 }).map((ws) => ws.join(" "));

describe("robustness", () => {
  it("never throws on arbitrary Unicode and keeps spans true", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "binary", maxLength: 400 }),
        fc.constantFrom(undefined, null, "ar", "en", "fr", "", "xx-YY"),
        fc.constantFrom(undefined, null, "2025-11-25", "not a date", "2025-02-30"),
        (text, lang, publishedAt) => {
          const r = extract({ text, lang, publishedAt });
          expect(r.reason === null || typeof r.reason === "string").toBe(true);
          expectTrueSpans(text, r);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("keeps spans true on news-like Arabic and English built from cue words, quotes and punctuation", () => {
    fc.assert(
      fc.property(fc.boolean(), fc.array(fc.boolean(), { maxLength: 8 }), (arabic, parts) => {
        const words = arabic ? AR_WORDS : EN_WORDS;
        const text = parts
          .map((_, i) =>
            words
              .slice(i % 5)
              .concat(words.slice(0, i % 5))
              .join(" "),
          )
          .join(" ");
        expectTrueSpans(text, extract({ text, lang: arabic ? "ar" : "en", publishedAt: "2025-11-25" }));
      }),
      { numRuns: 50 },
    );
    fc.assert(
      fc.property(sentenceOf(AR_WORDS), sentenceOf(EN_WORDS), (ar, en) => {
        const a = extract({ text: ar, lang: "ar", publishedAt: "2025-11-25" });
        const e = extract({ text: en, lang: "en", publishedAt: "2025-11-25" });
        expect(a.reason).toBeNull();
        expect(e.reason).toBeNull();
        expectTrueSpans(ar, a);
        expectTrueSpans(en, e);
      }),
      { numRuns: 400 },
    );
  });

  it("finds claims in generated text, so the span property is not vacuous", () => {
    const r = extract({
      text: "وقال الوزير إن الوضع “صعب جدا”، مشيرا إلى أن الحل قريب.",
      publishedAt: "2025-11-25",
    });
    expect(r.claims.length).toBe(2);
    expectTrueSpans("وقال الوزير إن الوضع “صعب جدا”، مشيرا إلى أن الحل قريب.", r);
  });

  it("handles degenerate inputs: empty, no quotes, unbalanced quotes, only punctuation", () => {
    for (const text of [
      "",
      " ",
      "\n\n\n",
      "....",
      "،،،؛؛؟؟",
      '"""""',
      "“«‘'",
      "He said “this never ends",
      "قال «",
      "said",
    ]) {
      expectTrueSpans(text, extract({ text, lang: /[\u0600-\u06ff]/.test(text) ? "ar" : "en" }));
    }
    const noQuotes = "The minister said the talks would resume. He added that nothing was agreed.";
    expect(extract({ text: noQuotes }).claims.length).toBe(2);
  });

  it("extracts 10 MB of news text in reasonable time and memory", () => {
    const article = readFileSync(
      new URL("../../../fixtures/ar-saar-kazakhstan.txt", import.meta.url),
      "utf8",
    );
    const english =
      'Sen. Ann Lee said on Monday that the bill would pass. "We have the votes," she told reporters. ';
    const unit = `${article}\n${english.repeat(20)}\n“unbalanced quote\n`;
    const text = unit.repeat(Math.ceil((10 * 1024 * 1024) / unit.length));
    // CPU time of this test's process (vitest runs each file in a forked process), not wall time: other test
    // files running beside it on a loaded machine stretch the wall clock, not the work
    const cpu0 = process.cpuUsage();
    const r = extract({ text, lang: "ar", publishedAt: "2025-11-25" });
    const cpu = process.cpuUsage(cpu0);
    const seconds = (cpu.user + cpu.system) / 1e6;
    expect(r.claims.length).toBeGreaterThan(1000);
    expect(seconds).toBeLessThan(60);
    expectTrueSpans(text, { ...r, claims: r.claims.filter((_, i) => i % 97 === 0) });
    const flat = extract({ text: ".,:;“”«»".repeat(1_300_000), lang: "en" });
    expect(flat.claims).toEqual([]);
  }, 300_000);
});
