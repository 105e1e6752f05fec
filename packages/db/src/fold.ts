// Folding for matching and search: two spellings a reader would call "the same" fold to one string.

const ARABIC_MARKS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED\u0640]/g; // harakat, Quranic marks, tatweel
const LETTER_VARIANTS: Record<string, string> = {
  "\u0623": "\u0627", // أ → ا
  "\u0625": "\u0627", // إ → ا
  "\u0622": "\u0627", // آ → ا
  "\u0671": "\u0627", // ٱ → ا
  "\u0649": "\u064A", // ى → ي
  "\u0626": "\u064A", // ئ → ي
  "\u0624": "\u0648", // ؤ → و
  "\u0629": "\u0647", // ة → ه
  "\u06A9": "\u0643", // ک → ك
  "\u06CC": "\u064A", // ی → ي
};
const VARIANT_PATTERN = new RegExp(`[${Object.keys(LETTER_VARIANTS).join("")}]`, "g");
const COMBINING_MARKS = /\p{Mn}/gu;

/**
 * Folds text for similarity and search: compatibility forms (NFKC), Arabic letter variants
 * (أ إ آ ٱ → ا, ى ئ ی → ي, ؤ → و, ة → ه), Arabic and Latin diacritics, tatweel, case, Arabic-Indic
 * digits, and whitespace runs (to one space). Works character by character except for whitespace,
 * so callers may fold one character at a time.
 */
export function foldText(text: string): string {
  return text
    .normalize("NFKD")
    .replace(ARABIC_MARKS, "")
    .replace(COMBINING_MARKS, "")
    .normalize("NFKC")
    .replace(VARIANT_PATTERN, (ch) => LETTER_VARIANTS[ch] ?? ch)
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .toLocaleLowerCase("und")
    .replace(/\s+/gu, " ");
}

/**
 * The key speakers are matched by: the folded name without punctuation, trimmed. "" means the name
 * has nothing to match on (such claims get no speaker).
 */
export function speakerNameKey(name: string): string {
  return foldText(name)
    .replace(/[^\p{L}\p{N}\s]/gu, " ")
    .replace(/\s+/gu, " ")
    .trim();
}
