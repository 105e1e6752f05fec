/** Character classes shared by the rules. Nothing here changes the text: offsets stay the caller's. */
import { wordMemo } from "./word-memo.ts";

/** Arabic diacritics (harakat, shadda, sukun, dagger alif) and tatweel, which may sit between letters. */
export const AR_MARKS = "\\u064B-\\u065F\\u0670\\u0640";
/** Arabic harakat, shadda, sukun and tatweel (not the dagger alif), which a word's lookups leave out. */
// (no "u" flag: the class holds only BMP units, so it removes exactly the same units without it, and V8 runs a
// global replace with "u" on a slow path — several times slower, on every word the Arabic rules fold)
const HARAKAT = /[\u064B-\u065F\u0640]/g;
/** The text without its harakat and tatweel («مُتحدِّث» → «متحدث»); a new string, offsets not kept. */
export function withoutHarakat(s: string): string {
  // (most words have none: a look at the units is cheaper than the regex, and this is asked of every word)
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c <= 0x065f && (c >= 0x064b || c === 0x0640)) return s.replace(HARAKAT, "");
  }
  return s;
}
const MARKS = /[\u064B-\u065F\u0670\u0640]/g;
/** The text without any mark of AR_MARKS (harakat, dagger alif, tatweel); the same string when it has none. */
export function withoutMarks(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c <= 0x065f ? c >= 0x064b || c === 0x0640 : c === 0x0670) return s.replace(MARKS, "");
  }
  return s;
}
/** Spaces news text carries: ordinary, NBSP, thin/narrow spaces, and the invisible direction marks. */
export const SPACE = "\\s\\u00A0\\u2000-\\u200F\\u202A-\\u202F\\u205F\\u2066-\\u2069\\uFEFF";
/** White space, line breaks included, as a class for patterns built from strings. */
export const WHITE_SPACE = "[\\s\\u00A0]";
export const QUOTE_CHARS = "\"“”«»‘’'„‟‹›";

export const isLetter = (ch: string | undefined): boolean => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

/**
 * A regex source matching `word` in Arabic with its usual spelling variants: any hamza seat on alif,
 * final ya/alif maqsura, ta marbuta/ha, and diacritics or tatweel between letters.
 */
export function arabicWordPattern(word: string): string {
  let out = "";
  for (const ch of word) {
    if (ch === " ") {
      out += `[${SPACE}]+`;
      continue;
    }
    if ("اأإآ".includes(ch)) out += "[اأإآٱ]";
    else if ("يى".includes(ch)) out += "[يى]";
    else if ("هة".includes(ch)) out += "[هة]";
    else if ("ؤ".includes(ch)) out += "[ؤو]";
    else if ("ئ".includes(ch)) out += "[ئي]";
    else out += ch.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
    out += `[${AR_MARKS}]*`;
  }
  return out;
}

/**
 * The same regex, tolerant of a missing hamza seat on alif: every «أ», «إ», «آ» it names also matches a bare
 * «ا», as Sudanese, some Gulf and many web outlets write («اعلن», «الى», «ان», «امس»). The pattern-side
 * fold of a comparison whose word side keeps the seat when the text has one: «أن» and «إن» stay apart.
 */
export function seatless(re: RegExp): RegExp {
  let out = "";
  let inClass = false;
  const src = re.source;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i] as string;
    if (ch === "\\") {
      out += ch + (src[i + 1] ?? "");
      i++;
      continue;
    }
    if (inClass && ch === "]") inClass = false;
    else if (!inClass && ch === "[") inClass = true;
    if (!"أإآ".includes(ch)) out += ch;
    else if (!inClass) out += `[${ch}ا]`;
    else out += src[i + 1] === "-" || src[i - 1] === "-" ? ch : `${ch}ا`;
  }
  return new RegExp(out, re.flags);
}

/**
 * What each code unit from U+0622 to U+0671 folds to: "" drops it (harakat, dagger alif, tatweel), a letter
 * replaces it (any hamza seat or wasla on alif → ا, ة → ه, ى → ي, ؤ → و, ئ → ي); undefined keeps it.
 */
const ARABIC_FOLD: (string | undefined)[] = [];
for (let c = 0x064b; c <= 0x065f; c++) ARABIC_FOLD[c - 0x0622] = "";
for (const c of [0x0670, 0x0640]) ARABIC_FOLD[c - 0x0622] = "";
for (const [from, to] of ["أا", "إا", "آا", "ٱا", "ةه", "ىي", "ؤو", "ئي"])
  ARABIC_FOLD[(from as string).charCodeAt(0) - 0x0622] = to;

/** The Arabic letters of `s` folded (ARABIC_FOLD), in one pass; `s` itself when nothing changes. */
export function foldArabicLetters(s: string): string {
  let out = "";
  let kept = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x0622 || c > 0x0671) continue;
    const to = ARABIC_FOLD[c - 0x0622];
    if (to === undefined) continue;
    out += s.slice(kept, i) + to;
    kept = i + 1;
  }
  return kept === 0 ? s : out + s.slice(kept);
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/**
 * The runs of letters and digits of `s`, one space between them: `s.replace(/[^\p{L}\p{N}\s]/gu, " ")
 * .replace(/\s+/g, " ").trim()`, in one pass that asks the regex only about characters outside ASCII
 * letters and digits, the space and the Arabic letters U+0621–U+064A.
 */
function spacedWords(s: string): string {
  let out = "";
  let run = -1; // where the current run of letters and digits starts
  for (let i = 0; i <= s.length; ) {
    const c = i < s.length ? s.charCodeAt(i) : 32;
    let size = 1;
    let word = false;
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (c >= 0x0621 && c <= 0x064a))
      word = true;
    else if (c !== 32) {
      size = (s.codePointAt(i) as number) > 0xffff ? 2 : 1;
      word = LETTER_OR_DIGIT.test(s.slice(i, i + size));
    }
    if (word) {
      if (run < 0) run = i;
    } else if (run >= 0) {
      out += out ? ` ${s.slice(run, i)}` : s.slice(run, i);
      run = -1;
    }
    i += size;
  }
  return out;
}

/** Folds Arabic spelling variants and diacritics, and case, for comparing names. Length may change. */
// (remembered per article for words and short phrases: the Arabic rules fold the same tokens again and again)
export const foldForCompare = wordMemo((s: string): string =>
  spacedWords(foldArabicLetters(s.normalize("NFKC")).toLowerCase()),
);

/** Eastern Arabic (٠-٩) and Persian (۰-۹) digits to ASCII digits. */
export function asciiDigits(s: string): string {
  return s.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (d) => {
    const code = d.charCodeAt(0);
    return String(code >= 0x06f0 ? code - 0x06f0 : code - 0x0660);
  });
}

// (a modifier letter may open a capitalised word: the ʻokina of "ʻAisake")
const UPPER_START = /^\p{Lm}?\p{Lu}/u;
const UPPER_OR_DIGIT_START = /^\p{Lm}?[\p{Lu}\p{N}]/u;
/** `/^\p{Lm}?\p{Lu}/u.test(s)` with an ASCII fast path (the rules ask this of most English words they read). */
export function startsUppercase(s: string): boolean {
  const c = s.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : UPPER_START.test(s);
}
/** `/^\p{Lm}?[\p{Lu}\p{N}]/u.test(s)` with an ASCII fast path. */
export function startsUppercaseOrDigit(s: string): boolean {
  const c = s.charCodeAt(0);
  return c < 128 ? (c >= 65 && c <= 90) || (c >= 48 && c <= 57) : UPPER_OR_DIGIT_START.test(s);
}
const NOT_UPPER = /[^\p{Lu}]/gu;
/** "HALDEN Line will drop …": a lede's first word set in capitals (a kicker), not the body's own spelling. */
const SHOUTED_WORD = /(?:^|\s)\p{Lu}{4,}(?=\s)/u;
const unshouted = (name: string): string =>
  SHOUTED_WORD.test(name) ? name.replace(/\p{Lu}{4,}/gu, (w) => w[0] + w.slice(1).toLowerCase()) : name;
/**
 * Of two spellings of one name, `candidate` is the better one: more capitals ("Qatar's Ministry of Foreign
 * Affairs"), a kicker's capitals aside, and no kicker where `current` has one ("Halden Line" over "HALDEN Line").
 */
export const betterSpelled = (candidate: string, current: string): boolean =>
  capitalCount(unshouted(candidate)) > capitalCount(unshouted(current)) ||
  (SHOUTED_WORD.test(current) && !SHOUTED_WORD.test(candidate));

/** How many capital letters (\p{Lu}) `s` has, counted in place when it is all ASCII. */
function capitalCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128) return s.replace(NOT_UPPER, "").length;
    if (c >= 65 && c <= 90) n++;
  }
  return n;
}

/**
 * text[…, at) ends in `\s+word\s+`: a quick test before running a regex that must end so on a slice
 * ending at `at`.
 */
export function spacedWordBefore(text: string, at: number, word: string): boolean {
  let j = at;
  while (j > 0 && isJsSpace(text.charCodeAt(j - 1))) j--;
  const w = j - word.length;
  return j < at && w > 0 && text.startsWith(word, w) && isJsSpace(text.charCodeAt(w - 1));
}

const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;
/**
 * The run of letters and marks that ends text[lo, at), before any trailing spaces, or undefined: what
 * `/([\p{L}\p{M}]+)[\s\u00A0]*$/u.exec(text.slice(lo, at))?.[1]` finds, read backwards from `at` (the
 * regex tries every position of the slice, and runs before each Arabic reporting verb looked up).
 */
export function letterRunBefore(text: string, lo: number, at: number): string | undefined {
  let j = at;
  while (j > lo && isJsSpace(text.charCodeAt(j - 1))) j--;
  const end = j;
  while (j > lo) {
    const c = text.charCodeAt(j - 1);
    // (Arabic letters, tatweel and harakat, U+0620–U+065F, and ASCII letters: no regex needed)
    if ((c >= 0x0620 && c <= 0x065f) || ((c | 32) >= 97 && (c | 32) <= 122)) {
      j--;
      continue;
    }
    // (a surrogate pair is one character, as for the regex's u flag; a lone half is no letter)
    const low = c >= 0xdc00 && c <= 0xdfff && j - 2 >= lo;
    const high = low ? text.charCodeAt(j - 2) : 0;
    const size = high >= 0xd800 && high <= 0xdbff ? 2 : 1;
    if (!LETTER_OR_MARK.test(text.slice(j - size, j))) break;
    j -= size;
  }
  return j < end ? text.slice(j, end) : undefined;
}

/** [A-Za-z] */
export const isAsciiLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
/** Regex `\w` (non-unicode): [A-Za-z0-9_]. */
export const isWordUnit = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;

/** The units JS `\s` matches (a regex-free test for hot loops). */
export function isJsSpace(c: number): boolean {
  if (c === 32 || (c >= 9 && c <= 13)) return true;
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * `s.toLowerCase()`, skipping the call when nothing would change (no capital, nothing beyond ASCII):
 * the call is costly on slices of two-byte texts, which most articles with curly quotes are.
 */
export function lowercase(s: string): string {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // (not remembered per article: a map lookup of a fresh slice costs more than the call itself)
    if ((c >= 65 && c <= 90) || c >= 128) return s.toLowerCase();
  }
  return s;
}

/** The last character of text[from, at) that is not a space, NBSP or LRM/RLM; "" when there is none. */
export function charBefore(text: string, from: number, at: number): string {
  let k = at - 1;
  while (k >= from && /[\s\u00A0\u200E\u200F]/.test(text[k] as string)) k--;
  return k < from ? "" : (text[k] as string);
}

const DIRECTION_MARKS = /[\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
/** The text with its invisible direction marks (RLM, LRM, embeddings, isolates) read as spaces, offsets kept. */
export const directionMarksAsSpaces = (text: string): string =>
  DIRECTION_MARKS.test(text) ? text.replace(DIRECTION_MARKS, " ") : text;

/** A comma right before `at`, spaces aside (", who …": a non-restrictive relative clause). */
export const commaRightBefore = (text: string, at: number): boolean =>
  text
    .slice(Math.max(0, at - 3), at)
    .trimEnd()
    .endsWith(",");
