// A timeline's entries ("2025 — Council rejects the plan", "March 3: Ministry announces new tariffs"): the
// writer's dated list of events, no one's reported words.
import { EN_MONTH, EN_WEEKDAY_NAMES } from "../dates.ts";
import type { Sentence } from "../text/segment.ts";
import { firstAtOrAfter } from "../text/sorted.ts";
import { PAST_FORMS } from "./lexicon.ts";

/** A clock time, maybe with its day: "9 p.m. Wednesday", "6:30am", "14:05", "11.20 GMT". */
const ENTRY_CLOCK = `(?:\\d{1,2}(?:[.:]\\d{2})?[\\s\\u00A0]*(?:[ap]\\.m\\.|[ap]m\\b)|\\d{1,2}[.:]\\d{2}(?![\\d.:]))(?:[\\s\\u00A0]+(?:GMT|BST|UTC|[ECMP][SD]T))?(?:,?[\\s\\u00A0]+(?:${EN_WEEKDAY_NAMES.join("|")}))?`;
/**
 * A date or a clock time opening a line, then a dash or a colon: "2025 —", "March 3:", "Nov. 7, 2024 –", "June
 * 2019:", "3 March 2024 -", "9 p.m. Wednesday:" (not a dateline: no place before it, no agency in brackets after it).
 */
const ENTRY_DATE = new RegExp(
  `^(?:${ENTRY_CLOCK}|(?:19|20)\\d\\d|${EN_MONTH}(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?(?:,?\\s+(?:19|20)\\d\\d)?|\\d{1,2}\\s+${EN_MONTH}(?:\\s+(?:19|20)\\d\\d)?)[\\s\\u00A0]*(?:[—–:]|-{1,2}(?=[\\s\\u00A0]))[\\s\\u00A0]*\\S`,
);

/**
 * The paragraph of sentence `si` is an entry of a timeline: it opens with a date and a dash or colon, and so
 * does a paragraph next to it; and its reporting words (at `cues`) are in a headline's present ("Ministry
 * announces …"), none in the past of a dated update ("Nov. 3 — The health minister said hospitals were coping").
 */
export function inChronology(text: string, sentences: Sentence[], si: number, cues: number[]): boolean {
  // (the paragraph's own date first: most paragraphs open with none)
  const para = (sentences[si] as Sentence).para;
  return (
    opensEntry(text, sentences, para) &&
    !cues.some((c) => PAST_FORMS.has(wordAt(text, c))) &&
    (opensEntry(text, sentences, para - 1) || opensEntry(text, sentences, para + 1))
  );
}

/** Paragraph p opens with a timeline entry's date. */
function opensEntry(text: string, sentences: Sentence[], p: number): boolean {
  const first = sentences[firstAtOrAfter(sentences, p, paraOf)];
  return (
    first?.para === p &&
    mayOpenEntry(text.charCodeAt(first.start)) &&
    ENTRY_DATE.test(text.slice(first.start, first.start + 40))
  );
}

/** The capitals EN_MONTH opens with: ENTRY_DATE opens with one of them or a digit. */
const MONTH_CAPITALS = [..."JFMASOND"].map((ch) => ch.charCodeAt(0));
/** A cheap test of the first character before the ENTRY_DATE regex (most paragraphs open with neither). */
const mayOpenEntry = (c: number): boolean => (c >= 48 && c <= 57) || MONTH_CAPITALS.includes(c);

const paraOf = (s: Sentence): number => s.para;
/** The lowercase word that starts at `at`. */
const wordAt = (text: string, at: number): string =>
  (/^[A-Za-z]+/.exec(text.slice(at, at + 20))?.[0] ?? "").toLowerCase();
