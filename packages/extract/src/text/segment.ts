/** Splits an article into paragraphs and sentences in one linear pass, keeping the caller's offsets. */
import { spanAt } from "./sorted.ts";

export interface Sentence {
  start: number;
  end: number;
  /** Index of the paragraph (a run of text between line breaks) the sentence belongs to. */
  para: number;
}

/** Longer runs without a sentence end are cut at the next space; news sentences are far shorter. */
const MAX_SENTENCE = 3000;
const TERMINATORS = new Set([".", "!", "?", "؟", "…", "۔"]);
const TRAILERS = new Set(['"', "”", "»", "’", "'", ")", "]", "›", "\u200F", "\u200E"]);

/** Abbreviations after which a period rarely ends a sentence (lowercase, without the final dot). */
const ABBREVIATIONS = new Set(
  (
    "mr mrs ms dr sen rep gov gen brig lt col sgt capt cmdr adm maj st jr sr prof rev hon pres sens reps del " +
    "supt insp atty det const coun cllr ald cpl pvt pfc amb msgr engr eng barr alh fr pst " +
    "jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thurs fri sat sun " +
    "inc corp co ltd no nos vs v etc al approx dept est fig ft mt ave blvd rd univ assn bros"
  ).split(" "),
);
/** Abbreviations that always precede a name, so never end a sentence. */
const NAME_TITLES = new Set(
  "mr mrs ms dr sen rep gov gen brig lt col sgt capt prof rev hon st del supt insp atty det const coun cllr ald cpl pvt pfc amb msgr cmdr adm maj engr eng barr alh fr pst".split(
    " ",
  ),
);
/** Words that start sentences; after an ambiguous abbreviation ("U.S.", "p.m.") they signal a boundary. */
const SENTENCE_STARTERS = new Set(
  "the he she it they we i but and in a an this that there his her their its our on at as if when after for so yet".split(
    " ",
  ),
);

const isSpaceCode = (c: number): boolean =>
  c === 32 ||
  c === 9 ||
  c === 13 ||
  c === 0xa0 ||
  (c >= 0x2000 && c <= 0x200f) ||
  (c >= 0x202a && c <= 0x202f) ||
  c === 0x205f ||
  (c >= 0x2066 && c <= 0x2069) ||
  c === 0xfeff ||
  c === 0x3000;

const isLowSurrogate = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

function isBlank(c: number): boolean {
  return isSpaceCode(c) || c === 10 || c === 0x2028 || c === 0x2029 || c === 0x0b || c === 0x0c;
}

const isWordCode = (c: number): boolean =>
  (c >= 48 && c <= 57) ||
  (c >= 65 && c <= 90) ||
  (c >= 97 && c <= 122) ||
  c === 46 ||
  (c > 127 && LETTER.test(String.fromCharCode(c)));
const LETTER = /[\p{L}\p{N}]/u;

function wordBefore(text: string, dot: number): string {
  let k = dot;
  while (k > 0 && k > dot - 24 && isWordCode(text.charCodeAt(k - 1))) k--;
  return text.slice(k, dot);
}

function wordAfter(text: string, from: number): string {
  const m = /^[\p{L}']+/u.exec(text.slice(from, from + 24));
  return m ? m[0] : "";
}

/** Whether a period at `dot` that is followed by space and `next` ends the sentence. */
function periodEndsSentence(text: string, dot: number, next: number): boolean {
  const word = wordBefore(text, dot);
  if (!word) return true;
  if (/^[\u0621-\u064A]$/.test(word)) return false; // Arabic single-letter abbreviation: د. م. أ.
  // «هـ. م»: an initial drawn out with a tatweel (not the Hijri year's «1445 هـ.»)
  if (/^[\u0621-\u064A]\u0640$/.test(word) && !/\d[\s\u00A0]*$/u.test(text.slice(dot - 8, dot - 2)))
    return false;
  const lower = word.toLowerCase();
  if (NAME_TITLES.has(lower)) return false;
  // ("Rt. Hon. Ada Obi", "Rt. Rev. John Okoro"; not "said of RT." — the channel)
  if (word === "Rt" && /^(?:Hon|Rev)/.test(text.slice(next, next + 3))) return false;
  const initial = word.length === 1 && /^\p{Lu}$/u.test(word); // "John F. Kennedy"
  if (!initial && !ABBREVIATIONS.has(lower) && !word.includes(".")) return true;
  const following = wordAfter(text, next);
  const startsSentence = SENTENCE_STARTERS.has(following.toLowerCase());
  return initial ? startsSentence && following.length > 1 : startsSentence;
}

const LIST_MARKERS = new Set([..."•·▪▫◦‣⁃●○■□◆◇►▸▶➢➤✓✔★☆*-–"]);

/** A numbered item's marker: "1)", "(2)", «١-», "b)" (not "1." — a period ends a sentence of its own). */
const NUMBER_MARKER = /^(?:\(?[0-9\u0660-\u0669]{1,2}\)|[0-9\u0660-\u0669]{1,2}[-–]|[a-z]\))(?=[ \u00A0])/;

/** Past a list item's marker and its spaces at `i`, or `i` itself when none stands there. */
function afterListMarker(text: string, i: number, to: number): number {
  let k = i + 1;
  if (!LIST_MARKERS.has(text[i] as string) || !isSpaceCode(text.charCodeAt(k))) {
    const numbered = NUMBER_MARKER.exec(text.slice(i, i + 6));
    if (!numbered) return i;
    k = i + numbered[0].length;
  }
  return afterSpaces(text, k, to, i);
}

/** Past the spaces at `k` (up to `to`), or `fallback` when nothing follows them. */
function afterSpaces(text: string, k: number, to: number, fallback: number): number {
  let j = k;
  while (j < to && isSpaceCode(text.charCodeAt(j))) j++;
  return j < to ? j : fallback;
}

/** An interview's question or answer label opening a paragraph: "Q:", "A.", «س:», «ج:». */
const INTERVIEW_LABEL = /^(Q|A|س|ج)([:.])[ \u00A0]/;

const AR_INITIALS = /^[\u0621-\u064A](?:\.[\u0621-\u064A])+$/;

const BOUNDARY_CANDIDATE = /[.!?؟…۔\n\u2028\u2029]/g;

export function segment(text: string): Sentence[] {
  const out: Sentence[] = [];
  const n = text.length;
  let para = 0;
  let start = -1; // first non-blank index of the current sentence
  let paraHasText = false;
  let asked = false; // the paragraph before opened with an interview's question label
  let pos = 0; // everything before pos has been read
  const close = (end: number): void => {
    if (start < 0) return;
    let e = end;
    while (e > start && isBlank(text.charCodeAt(e - 1))) e--;
    if (e > start) out.push({ start, end: e, para });
    start = -1;
  };
  /** Opens a sentence at the first non-blank character in [from, to), cutting runs that never end. */
  const advance = (from: number, to: number): void => {
    let i = from;
    while (i < to) {
      if (start < 0) {
        while (i < to && isBlank(text.charCodeAt(i))) i++;
        if (i >= to) break;
        // "• قال الوزير …", "- Smith said …": a list item's marker is not part of its sentence;
        // "Q: …" / "A: …", «س: …» / «ج: …»: nor an interview's labels ("A." only answering a "Q.")
        if (!paraHasText) {
          const label = INTERVIEW_LABEL.exec(text.slice(i, i + 3));
          const answer = label && (label[1] === "A" || label[1] === "ج") && label[2] === ".";
          if (label && (!answer || asked)) {
            asked = label[1] === "Q" || label[1] === "س";
            // ("A. I will …": past the label's period, which the loop below then passes by)
            i = afterSpaces(text, i + 2, n, i);
          } else {
            asked = false;
            i = afterListMarker(text, i, to);
          }
        }
        start = i;
        paraHasText = true;
      }
      if (to - start <= MAX_SENTENCE) break;
      // text with no sentence ends (lists, tables, noise): cut it into workable pieces at a space
      let cut = start + MAX_SENTENCE;
      while (cut < to && cut < start + 2 * MAX_SENTENCE && !isSpaceCode(text.charCodeAt(cut))) cut++;
      if (isLowSurrogate(text.charCodeAt(cut))) cut++;
      if (cut >= to) break;
      close(cut);
      i = cut;
    }
  };
  BOUNDARY_CANDIDATE.lastIndex = 0;
  for (let m = BOUNDARY_CANDIDATE.exec(text); m; m = BOUNDARY_CANDIDATE.exec(text)) {
    const i = m.index;
    if (i < pos) continue;
    advance(pos, i);
    if (start > i) continue;
    const c = text.charCodeAt(i);
    if (c === 10 || c === 0x2028 || c === 0x2029) {
      close(i);
      if (paraHasText) para++;
      paraHasText = false;
      pos = i + 1;
      continue;
    }
    if (start < 0) {
      start = i;
      paraHasText = true;
    }
    pos = i + 1;
    const ch = text[i] as string;
    let j = i + 1;
    while (j < n && (TERMINATORS.has(text[j] as string) || TRAILERS.has(text[j] as string))) j++;
    if (j < n && !isSpaceCode(text.charCodeAt(j)) && text.charCodeAt(j) !== 10) continue;
    let k = j;
    while (k < n && isSpaceCode(text.charCodeAt(k))) k++;
    if (k < n && text.charCodeAt(k) !== 10) {
      const nextCh = text[k] as string;
      if (/[a-z]/.test(nextCh)) continue; // "the U.S. officials", "approx. five"
      if (ch === "." && j === i + 1 && !periodEndsSentence(text, i, k)) continue;
      // «عائلة الموقوف (ع.ح.) أن …»: Arabic initials closed by a bracket do not end the sentence
      if (ch === "." && j === i + 2 && text[i + 1] === ")" && AR_INITIALS.test(wordBefore(text, i))) continue;
    }
    close(j);
    pos = j;
    BOUNDARY_CANDIDATE.lastIndex = j;
  }
  advance(pos, n);
  close(n);
  return out;
}

/** The sentence holding `pos`, or null (sentences in text order). */
export const sentenceAt = (sentences: Sentence[], pos: number): Sentence | null => spanAt(sentences, pos);

/** The paragraph of the sentence holding `pos`, or -1. */
export const paragraphAt = (sentences: Sentence[], pos: number): number =>
  sentenceAt(sentences, pos)?.para ?? -1;
