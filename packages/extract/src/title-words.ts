// The folded content words of names and titles, and when two titles name the same office.
import { foldForCompare } from "./text/chars.ts";

/** Title words that make another office: "the shadow home secretary" is not "the home secretary". */
export const OTHER_OFFICE = new Set([
  "shadow",
  "former",
  "deputy",
  "vice",
  "assistant",
  "acting",
  "junior",
  "ex",
  "under",
  // Arabic (folded): «نائب رئيس الوزراء», «الوزير السابق», «مساعد وزير الخارجية»
  "نايب",
  "سابق",
  "مساعد",
]);

/** A title held (all its words in `t`) and not another office ("the shadow home secretary"). */
// (at module level: under tsx's keepNames an inner closure is re-wrapped with __name on every call)
export function sameOffice(t: Set<string>, tw: string[]): boolean {
  if (!containsAll(t, tw)) return false;
  for (const w of t) if (OTHER_OFFICE.has(w) && !tw.includes(w)) return false;
  return true;
}

const TITLE_NOISE = new Set(["the", "a", "an", "of", "for", "في", "من", "باسم"]);
/** Folded content words of a name or title. */
export const computeWords = (s: string): string[] => {
  const ascii = asciiWords(s);
  if (ascii) return sameAffairs(ascii);
  const parts = foldForCompare(s).split(" ");
  return parts.map((w) => w.replace(/^ال(?=..)/u, "")).filter((w) => w && !TITLE_NOISE.has(w));
};

/** "ministry of foreign affairs" ≈ "foreign ministry": "affairs" after foreign/home/interior adds nothing. */
function sameAffairs(words: string[]): string[] {
  const k = words.indexOf("affairs");
  return k > 0 && /^(?:foreign|home|interior|internal|external)$/.test(words[k - 1] as string)
    ? words.filter((_, j) => j !== k)
    : words;
}

/**
 * An ASCII name or title (tab, line breaks and printable characters only) folds to its runs of letters
 * and digits, lowercased, without the noise words: `s.toLowerCase().match(/[a-z0-9]+/g)`. Null otherwise.
 */
function asciiWords(s: string): string[] | null {
  let lowered: string | null = null; // (lowercased once, when a capital is met: ASCII keeps the offsets)
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i <= s.length; i++) {
    const c = i < s.length ? s.charCodeAt(i) : 32;
    if (c > 126 || (c < 32 && c !== 9 && c !== 10 && c !== 13)) return null;
    if (c >= 65 && c <= 90) lowered ??= s.toLowerCase();
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      out.push((lowered ?? s).slice(start, i));
      start = -1;
    }
  }
  return out.filter((w) => !TITLE_NOISE.has(w));
}

/** Every word of `small` is in `big` (name and title word lists are a few words: no Set is built). */
export const containsAll = (big: string[] | Set<string>, small: string[]): boolean => {
  if (!small.length) return false;
  if (big instanceof Set) {
    for (const w of small) if (!big.has(w)) return false;
    return true;
  }
  for (const w of small) if (!big.includes(w)) return false;
  return true;
};
