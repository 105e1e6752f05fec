import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { quoteThenComma } from "../src/ar/cue-finder.ts";
import { foldWord } from "../src/ar/lexicon.ts";
import { parseArabicMention, parseMentionOnce } from "../src/ar/mention.ts";
import { bare } from "../src/ar/phrase.ts";
import { HAL, HAL_PRONOUN, subjectStop, timePhraseAt } from "../src/ar/subject-stop.ts";
import { AR_DATE_SEATLESS } from "../src/dates.ts";
import { ASKED_AFTER_HEAD, ED_BEFORE_SPACE } from "../src/en/reached-by.ts";
import { MANNER, MANNER_WORDS } from "../src/en/undated-reason.ts";
import { tokensForward } from "../src/text/tokens.ts";
import { articleMemo, forgetWords } from "../src/text/word-memo.ts";
import { WordStartScan } from "../src/text/word-start-scan.ts";

// Session 18, speed: shortcuts that must give what the slow path gives, on made-up strings.

const AR_PIECES = [
  "أمس",
  "امس",
  "اليوم",
  "الأحد",
  "الاحد",
  "يوم",
  "يومي",
  "الثلاثاء",
  "والخميس",
  "بالأمس",
  "15",
  "٣",
  "۷",
  "نوفمبر",
  "تشرين",
  "الثاني",
  "من",
  "الشهر",
  "الجاري",
  "قبل",
  "يومين",
  "منذ",
  "ساعات",
  "الماضي",
  "المقبل",
  "صلاة",
  "الجمعة",
  "الأسبوع",
  "و",
  "ب",
  "قال",
  "الوزير",
  "2026",
  "2026/11/15",
  "/",
  "ـ",
  "\u064B",
  "\u0651",
  "𝐀",
  "😀",
  "\uD83D",
  "é",
  "،",
  ",",
  '"',
  "»",
  "«",
  "\n",
  "A",
  "x",
];
const arabicTexts = fc
  .array(fc.tuple(fc.constantFrom(...AR_PIECES), fc.constantFrom(" ", " ", "", "\u00A0")), { maxLength: 30 })
  .map((parts) => parts.map(([w, sep]) => w + sep).join(""));

const matchesOf = (
  re: { lastIndex: number; exec(s: string): RegExpExecArray | null },
  s: string,
): string[] => {
  const out: string[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    out.push(`${m.index}:${m[0]}:${JSON.stringify(m.groups ?? {})}:${re.lastIndex}`);
  }
  return out;
};

describe("speed shortcuts give what the slow path gives", () => {
  it("the Arabic date regex tried at word starts finds what the global regex finds", () => {
    const scan = new WordStartScan(AR_DATE_SEATLESS);
    fc.assert(
      fc.property(arabicTexts, (t) => {
        expect(matchesOf(scan, t)).toEqual(matchesOf(AR_DATE_SEATLESS, t));
      }),
      { numRuns: 3000 },
    );
  });

  it("a word-start scan leaves lastIndex at 0 after its last match, as a global regex does", () => {
    const scan = new WordStartScan(/(?<![\p{L}\p{M}])أمس/gu);
    expect(scan.exec("قال أمس")?.index).toBe(4);
    expect(scan.lastIndex).toBe(7);
    expect(scan.exec("قال أمس")).toBeNull();
    expect(scan.lastIndex).toBe(0);
  });

  it("the comma gate before a quotation's closing mark keeps the regex's answer", () => {
    const pieces = ["”", '"', "»", "،", ",", " ", "\u00A0", "قال", "ها", "x", "\n"];
    const strings = fc.array(fc.constantFrom(...pieces), { maxLength: 8 }).map((p) => p.join(""));
    fc.assert(
      fc.property(strings, fc.nat(4), (t, from) => {
        const slow = /[”"»][\s\u00A0]*[،,][\s\u00A0]*$/u.test(
          t.slice(Math.max(from, t.length - 6), t.length),
        );
        expect(quoteThenComma(t, from, t.length)).toBe(slow);
      }),
      { numRuns: 3000 },
    );
  });

  it("an Arabic mention parsed twice in one article gives the parse it gives unremembered", () => {
    const mentions = [
      "وزير الخارجية الأردني سمير النعيمي",
      "المتحدث باسم الهيئة، أحمد فؤاد",
      "مصادر طبية في نيالا، كبرى مدن الإقليم",
      "الدكتورة ليلى حداد، مديرة المستشفى",
      "للشركة",
      "أحدهم، ويدعى يوسف الحمادي",
    ];
    for (const m of mentions) {
      const once = parseMentionOnce(m);
      expect(parseArabicMention(m)).toEqual(once);
      expect(parseArabicMention(m)).toEqual(once);
    }
    forgetWords();
  });

  it("an article memo forgets what it remembered after forgetWords", () => {
    let calls = 0;
    const twice = articleMemo((s: string) => {
      calls++;
      return s + s;
    });
    expect(twice("ab")).toBe("abab");
    expect(twice("ab")).toBe("abab");
    expect(calls).toBe(1);
    forgetWords();
    expect(twice("ab")).toBe("abab");
    expect(calls).toBe(2);
  });

  it("subjectStop with its per-word kinds stops where every regex at every token stops", () => {
    // the slow path as it was: each regex at each token, the time phrase read at every token
    const slowStop = (toks: ReturnType<typeof tokensForward>, known: Set<string>): number =>
      toks.findIndex(
        (t, k) =>
          k > 0 &&
          t.word &&
          ((HAL.test(bare(t)) && !known.has(foldWord(t.text))) ||
            HAL_PRONOUN.test(bare(t)) ||
            /^ل\u0640?[A-Za-z]/u.test(t.text) ||
            /^[يت]ت\p{L}{3,4}$/u.test(bare(t)) ||
            /^ب(?:هذه|هذا|تلك|ذلك|هذين|هاتين)$/u.test(bare(t)) ||
            timePhraseAt(toks, k)),
      );
    const words = [
      "مخاطبا",
      "متحدثا",
      "ماريا",
      "وهو",
      "وهي",
      "لـCNN",
      "لBBC",
      "يتحدث",
      "تتكلم",
      "بهذه",
      "أول",
      "اول",
      "من",
      "أمس",
      "منتصف",
      "ليل",
      "ليلة",
      "الثلاثاء",
      "صباح",
      "مساءَ",
      "مطلع",
      "الأسبوع",
      "الماضي",
      "قبل",
      "الشهر",
      "الوزير",
      "خالد",
      "منصور",
      "قال",
      "،",
      "مـخاطبا",
      "عشية",
      "الاثنين",
    ];
    const texts = fc
      .array(fc.constantFrom(...words), { minLength: 1, maxLength: 12 })
      .map((w) => w.join(" "));
    fc.assert(
      fc.property(texts, fc.boolean(), (t, knowsOne) => {
        const toks = tokensForward(t, 0, t.length, 16);
        const known = new Set(knowsOne ? [foldWord("مخاطبا")] : []);
        expect(subjectStop(toks, known)).toBe(slowStop(toks, known));
        forgetWords();
      }),
      { numRuns: 3000 },
    );
  });

  it("no sentence matches MANNER without the words its quick test looks for", () => {
    const pieces = [
      "by",
      "BY",
      "By",
      "phone",
      "telephone",
      "e-mail",
      "email",
      "when",
      "WHEN",
      "contacted",
      "reached",
      "who",
      "Who",
      "spoke",
      "ſpoke",
      "SPOKE",
      "to",
      "The",
      "Times",
      "Ödön",
      "Kelvin",
      "\u212A",
      "said",
      ",",
      "\n",
    ];
    const texts = fc.array(fc.constantFrom(...pieces), { maxLength: 10 }).map((w) => w.join(" "));
    fc.assert(
      fc.property(texts, (t) => {
        if (MANNER.test(t)) expect(MANNER_WORDS.test(t)).toBe(true);
      }),
      { numRuns: 3000 },
    );
    expect(MANNER.test("who ſpoke to The Times")).toBe(true);
    expect(MANNER_WORDS.test("who ſpoke to The Times")).toBe(true);
  });

  it("no mention matches ASKED_AFTER_HEAD without an -ed before a space or its end", () => {
    const pieces = [
      "Residents",
      "interviewed",
      "polled",
      "briefed",
      "approached",
      "on",
      "Friday",
      "by",
      "Reuters",
      "Analysts",
      "reached",
      "Ted",
      "United",
      "\u00A0",
      "\t",
      "\n",
      "\u2009",
      "-",
      ",",
    ];
    const seps = fc.constantFrom(" ", "", "\u00A0", "\n", "\u2009");
    const texts = fc
      .array(fc.tuple(fc.constantFrom(...pieces), seps), { maxLength: 8 })
      .map((parts) => parts.map(([w, sep]) => w + sep).join(""));
    fc.assert(
      fc.property(texts, (t) => {
        if (ASKED_AFTER_HEAD.test(t)) expect(ED_BEFORE_SPACE.test(t)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});
