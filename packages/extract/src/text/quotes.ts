/** Finds quoted passages: «» “” "" ‘’ '', across sentences and paragraphs, tolerating unbalanced marks. */
import { spanAt } from "./sorted.ts";

export interface Quote {
  /** Index of the opening mark. */
  start: number;
  /** Index just after the closing mark (or the end of the paragraph where an unclosed quote stops). */
  end: number;
  closed: boolean;
}

type Family = "double" | "guillemet" | "single";

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const isWordChar = (ch: string | undefined): boolean => {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  // ASCII fast path (apostrophes are checked against the next letter all through English text)
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return LETTER_OR_DIGIT.test(ch);
};
// (the Arabic tatweel joins a one-letter proclitic to what follows: «بـ"موقف الوزير"», «لـ"الغد"»)
const OPENING_CONTEXT = /[\s\u00A0\u200E\u200F\u0640([{—–\-:،,;]/;
const isOpeningContext = (ch: string | undefined): boolean => {
  if (ch === undefined) return true;
  const c = ch.charCodeAt(0);
  // ASCII fast path: whitespace ( [ { - : , ;
  if (c < 128)
    return (
      c === 32 ||
      (c >= 9 && c <= 13) ||
      c === 40 ||
      c === 91 ||
      c === 123 ||
      c === 45 ||
      c === 58 ||
      c === 44 ||
      c === 59
    );
  return OPENING_CONTEXT.test(ch);
};

/** «و"…"», «ب"…"»: an Arabic one-letter proclitic written onto the mark also opens a quote. */
const PROCLITIC = /[وفبلك]/;
const opensAfter = (text: string, i: number): boolean =>
  isOpeningContext(text[i - 1]) || (PROCLITIC.test(text[i - 1] ?? "") && isOpeningContext(text[i - 2]));

function openerFamily(text: string, i: number): Family | null {
  const ch = text[i];
  const prev = text[i - 1];
  const next = text[i + 1];
  if (ch === "«") return "guillemet";
  if (ch === "“" || ch === "„") return "double";
  // a closing curly or straight mark standing where a quote opens (typesetting slips)
  if ((ch === '"' || ch === "”") && opensAfter(text, i) && next !== undefined && !/\s/.test(next))
    return "double";
  if ((ch === "‘" || ch === "'") && isOpeningContext(prev) && isWordChar(next)) return "single";
  return null;
}

function closes(text: string, i: number, family: Family): boolean {
  const ch = text[i];
  if (family === "guillemet") return ch === "»";
  if (family === "double") return ch === "”" || ch === '"' || ch === "“";
  // a single closing mark followed by a letter is an apostrophe ("it’s")
  return (ch === "’" || ch === "'") && !isWordChar(text[i + 1]);
}

const QUOTE_MARK = /["“”«»‘’'„]/g;

/** Quote spans in text order; nested quotes of another family are part of the outer quote. */
export function findQuotes(original: string): Quote[] {
  // two apostrophes stand for a double quote in some newspapers' text: ''Like this,'' he said.
  const text = original.includes("''") ? original.replace(/''/g, '"\u200B') : original;
  const quotes: Quote[] = [];
  let open = -1;
  let family: Family = "double";
  let lastBreakScan = 0;
  let nextBreak = -1; // cached index of the next line break at or after lastBreakScan
  let skipped: Set<number> | undefined;
  QUOTE_MARK.lastIndex = 0;
  // (test, not exec: a mark is one unit, so it ends where the scan stopped; no match array per mark)
  for (;;) {
    if (!QUOTE_MARK.test(text)) {
      if (open < 0 || family !== "single" || !glottalName(text, open)) break;
      // the text's last quote never closed: the mark was a name's glottal stop, read on after it
      skipped = (skipped ?? new Set<number>()).add(open);
      QUOTE_MARK.lastIndex = open + 1;
      open = -1;
      continue;
    }
    const i = QUOTE_MARK.lastIndex - 1;
    if (open >= 0) {
      // an open quote stops at a paragraph break unless the next paragraph re-opens it (news convention)
      const from = Math.max(open, lastBreakScan);
      if (nextBreak < from) nextBreak = text.indexOf("\n", from);
      if (nextBreak < 0) nextBreak = Number.POSITIVE_INFINITY; // no more line breaks: never search again
      const nl = nextBreak;
      if (nl < i) {
        const continues = paragraphReopens(text, nl, family, i);
        if (!continues) {
          if (family === "single" && glottalName(text, open)) {
            skipped = (skipped ?? new Set<number>()).add(open);
            QUOTE_MARK.lastIndex = open + 1;
            open = -1;
            continue;
          }
          quotes.push({ start: open, end: trimEnd(text, nl), closed: false });
          open = -1;
        } else {
          lastBreakScan = i + 1;
          if (i === continues) continue; // the re-opening mark itself
        }
      }
    }
    if (open < 0) {
      const f = skipped?.has(i) ? null : openerFamily(text, i);
      if (f) {
        open = i;
        family = f;
        lastBreakScan = i + 1;
      }
      continue;
    }
    // (a straight quote holding a curly one: «"… the question: “Is it …?” Forty-one, yes."»; the curly pair is
    // inside, the straight mark closes)
    const inner = text[open] === '"' && text[i] === "“" ? nestedCurlyEnd(text, i) : -1;
    if (inner > 0) {
      QUOTE_MARK.lastIndex = inner + 1;
      continue;
    }
    if (closes(text, i, family)) {
      quotes.push({ start: open, end: text[i + 1] === "\u200B" ? i + 2 : i + 1, closed: true });
      open = -1;
    }
  }
  if (open >= 0) {
    const nl = text.indexOf("\n", open);
    quotes.push({ start: open, end: trimEnd(text, nl < 0 ? text.length : nl), closed: false });
  }
  return quotes;
}

/**
 * The closing mark of a curly quote opening at i (where a quote opens) inside a straight one, when a straight mark
 * after it in the same paragraph closes the outer quote; -1 otherwise.
 */
function nestedCurlyEnd(text: string, i: number): number {
  if (!opensAfter(text, i) || !isWordChar(text[i + 1])) return -1;
  const close = text.indexOf("”", i + 1);
  let nl = text.indexOf("\n", i + 1);
  if (nl < 0) nl = text.length;
  const outer = close > 0 ? text.indexOf('"', close + 1) : -1;
  return close > 0 && outer > 0 && outer < nl ? close : -1;
}

/**
 * "coach 'Ana Fifita said": a Tongan or Hawaiian name opening with the glottal stop written as an apostrophe
 * (a capitalised word, then the family name), read as a name when no closing mark follows in its paragraph.
 */
const glottalName = (text: string, at: number): boolean =>
  /^['‘]\p{Lu}\p{Ll}+[ \u00A0]+\p{Lu}\p{Ll}/u.test(text.slice(at, at + 40));

/** If the paragraph after the break at `nl` starts with an opening mark of `family`, its index. */
function paragraphReopens(text: string, nl: number, family: Family, markIndex: number): number | 0 {
  let k = nl;
  while (k < text.length && /[\s\u00A0\u200E\u200F]/.test(text[k] as string)) k++;
  if (k !== markIndex) return 0;
  const f = openerFamily(text, k);
  return f === family ? k : 0;
}

function trimEnd(text: string, end: number): number {
  let e = end;
  while (e > 0 && /[\s\u00A0]/.test(text[e - 1] as string)) e--;
  return e;
}

/** The quote containing index i (quotes sorted and disjoint). */
export const quoteAt = (quotes: Quote[], i: number): Quote | null => spanAt(quotes, i);
