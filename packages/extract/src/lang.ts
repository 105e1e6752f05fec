import type { Lang } from "./types.ts";

export type LangDecision = { lang: Lang; supported: true } | { lang: string; supported: false };

const SAMPLE_CHARS = 200_000;
const EN_WORDS = new Set(
  "the of and to a in is that for on was with he she it as said by at from his her be have has are were will but not this they which who an".split(
    " ",
  ),
);
const LATIN_OTHERS: [string, Set<string>][] = [
  ["fr", new Set("le la les des et est une dans du que pour qui pas sur au avec ce il elle".split(" "))],
  ["es", new Set("el la los las del y es una en que por para con no se su al lo como".split(" "))],
  ["de", new Set("der die das und ist nicht ein eine zu den mit sich des auf für im dem".split(" "))],
  ["it", new Set("il la di che è e un una per non del della con sono gli le".split(" "))],
  ["pt", new Set("o a os as de que e do da em um uma para com não se na no".split(" "))],
  ["nl", new Set("de het een en van is dat op te zijn niet met voor ook".split(" "))],
  ["tr", new Set("ve bir bu da de için ile olarak çok daha ama gibi".split(" "))],
];

/** The letters of Persian and Urdu that Arabic does not use. */
const PERSIAN_URDU = new Set([..."پچژگکیٹڈڑںےۃ"].map((ch) => ch.codePointAt(0)));
const LETTER = /\p{L}/u;
/** LETTER of each UTF-16 unit, learnt once per unit: 1 yes, 2 no, 0 not yet known. */
const UNIT_IS_LETTER = new Uint8Array(0x10000);
/** Whether code point `c` is a letter (\p{L}). */
function isLetter(c: number): boolean {
  if (c > 0xffff) return LETTER.test(String.fromCodePoint(c));
  if (UNIT_IS_LETTER[c] === 0) UNIT_IS_LETTER[c] = LETTER.test(String.fromCharCode(c)) ? 1 : 2;
  return UNIT_IS_LETTER[c] === 1;
}

/** Normalises a caller's language tag ("ar-EG", "EN_us") to its primary subtag. */
function primaryTag(tag: string): string {
  return tag.trim().toLowerCase().split(/[-_]/)[0] ?? "";
}

/** Decides the article's language from its letters; never guesses between unsupported languages. */
export function detectLanguage(text: string, override?: string | null): LangDecision {
  if (override?.trim()) {
    const tag = primaryTag(override);
    if (tag === "ar" || tag === "en") return { lang: tag, supported: true };
    return { lang: tag || "und", supported: false };
  }
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  let arabic = 0;
  let persianUrdu = 0;
  let latin = 0;
  let otherLetters = 0;
  // (by code point, as `for (const ch of sample)` reads them, with class tests in place of a regex per character)
  for (let i = 0; i < sample.length; ) {
    const c = sample.codePointAt(i) ?? 0;
    i += c > 0xffff ? 2 : 1;
    if (c >= 0x0600 && c <= 0x06ff) {
      if (PERSIAN_URDU.has(c)) persianUrdu++;
      else if (isLetter(c)) arabic++;
    } else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f)) latin++;
    else if (isLetter(c)) otherLetters++;
  }
  const letters = arabic + persianUrdu + latin + otherLetters;
  if (letters === 0) return { lang: "und", supported: false };
  if (arabic + persianUrdu >= latin && arabic + persianUrdu >= otherLetters) {
    if (persianUrdu > arabic * 0.02 + 2)
      return { lang: /[ٹڈڑںے]/.test(sample) ? "ur" : "fa", supported: false };
    return { lang: "ar", supported: true };
  }
  if (otherLetters > latin) return { lang: scriptName(sample), supported: false };
  return latinLanguage(sample);
}

/** Each function word of LATIN_OTHERS with the languages (indexes into LATIN_OTHERS) it belongs to. */
const OTHER_LANGS = new Map<string, number[]>();
LATIN_OTHERS.forEach(([, set], k) => {
  for (const w of set) {
    const langs = OTHER_LANGS.get(w);
    if (langs) langs.push(k);
    else OTHER_LANGS.set(w, [k]);
  }
});

function latinLanguage(sample: string): LangDecision {
  const words = sample.toLowerCase().match(/[a-zà-ÿ]+/g) ?? [];
  const counted = Math.min(words.length, 5000);
  // (one lookup per word for every language's count)
  let en = 0;
  const scores = LATIN_OTHERS.map(() => 0);
  for (let i = 0; i < counted; i++) {
    const w = words[i] as string;
    if (EN_WORDS.has(w)) en++;
    const langs = OTHER_LANGS.get(w);
    if (langs) for (const k of langs) scores[k] = (scores[k] as number) + 1;
  }
  let best = "und";
  let bestScore = 0;
  LATIN_OTHERS.forEach(([lang], k) => {
    const n = scores[k] as number;
    if (n > bestScore) [best, bestScore] = [lang, n];
  });
  if (en > 0 && en >= bestScore) return { lang: "en", supported: true };
  // a few Latin words with no function words (a headline, a list of names) read as English
  if (bestScore === 0 && counted < 12) return { lang: "en", supported: true };
  return { lang: best, supported: false };
}

function scriptName(sample: string): string {
  if (/[\u0400-\u04FF]/.test(sample)) return /[іїєґ]/i.test(sample) ? "uk" : "ru";
  if (/[\u0590-\u05FF]/.test(sample)) return "he";
  if (/[\u4E00-\u9FFF]/.test(sample)) return "zh";
  if (/[\u3040-\u30FF]/.test(sample)) return "ja";
  if (/[\uAC00-\uD7AF]/.test(sample)) return "ko";
  if (/[\u0370-\u03FF]/.test(sample)) return "el";
  if (/[\u0900-\u097F]/.test(sample)) return "hi";
  return "und";
}
