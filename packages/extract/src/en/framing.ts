/** Framing phrases that attribute a whole sentence: "In the latest poll, …", "as a memo put it". */
import { type ArticleView, type Draft, spanDraft, trimSpan } from "../draft.ts";
import { firstMatchInRunBefore } from "../text/anchored.ts";
import { isWordUnit } from "../text/chars.ts";
import { quoteAt } from "../text/quotes.ts";
import type { Sentence } from "../text/segment.ts";

// Both expressions are sticky: they are tried only where a global scan could find a match (see below).
export const IN_SOURCE =
  /\bIn[ \u00A0]+((?:the|this|that|a|an|its|their|his|her)[ \u00A0]+[^,.;:\n“”"]{0,80}?\b(?:poll|survey|study|report|analysis)\b[^,.;:\n“”"]{0,60}?),[ \u00A0]+(?=\S)/uy;
// (the speaker may carry one appositive between commas: "As Jane Roe, a tax lawyer, put it")
export const AS_PUT_IT =
  /\b[Aa]s[ \u00A0]+((?:[\p{L}\p{N}.’'-]+[ \u00A0]+){0,7}?[\p{L}\p{N}.’'-]+(?:,[ \u00A0]+(?:[\p{L}\p{N}.’'()-]+[ \u00A0]+){1,16}?[\p{L}\p{N}.’'()-]+,(?:[ \u00A0]+\p{Ll}+)?)?[ \u00A0]+)(?:put|puts)[ \u00A0]+it\b/uy;
/** An adverb closing the speaker words belongs to the cue: "as the mayor recently put it". */
const ADVERB_BEFORE_PUT = /[ \u00A0]+(?:\p{Ll}+ly|once|later|then|also|memorably|famously|aptly)[ \u00A0]*$/u;

/** The IN_SOURCE matches a global scan finds: each starts at an "In", so only those are tried. */
export function* inSourceMatches(text: string): Generator<RegExpExecArray> {
  for (let at = text.indexOf("In"); at >= 0; at = text.indexOf("In", at + 1)) {
    IN_SOURCE.lastIndex = at;
    const m = IN_SOURCE.exec(text);
    if (!m) continue;
    yield m;
    at = m.index + m[0].length - 1;
  }
}

/** Letters, digits, spaces and . ’ ' - , ( ) : what AS_PUT_IT holds between its "as" and "put". */
function inAsPutItPrefix(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128)
    return (
      (c >= 97 && c <= 122) ||
      (c >= 65 && c <= 90) ||
      (c >= 48 && c <= 57) ||
      c === 32 ||
      c === 46 ||
      c === 45 ||
      c === 39 ||
      c === 44 ||
      c === 40 ||
      c === 41
    );
  // a surrogate may be half of a letter outside the BMP
  return (
    c === 0xa0 || c === 0x2019 || (c >= 0xd800 && c <= 0xdfff) || LETTER_OR_DIGIT.test(text[i] as string)
  );
}
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

const PUT_IT = /puts?[ \u00A0]+it\b/y;
/** "as" or "As" at the start of a word (\b reads ASCII word characters here). */
function opensAs(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return (c === 97 || c === 65) && text.charCodeAt(at + 1) === 115 && !isWordUnit(text.charCodeAt(at - 1));
}

/**
 * The AS_PUT_IT matches a global scan finds, trying the expression only at the "as"/"As" in the run of
 * words before each "put": a match reaches its "put" through letters, digits, spaces and . ’ ' - , ( ) only.
 */
export function* asPutItMatches(text: string): Generator<RegExpExecArray> {
  let from = 0; // no match starts before `from` that has not been given
  for (let put = text.indexOf("put", from); put >= 0; put = text.indexOf("put", Math.max(from, put + 1))) {
    // in a match, "put" follows a space and is followed by "it"
    const before = text.charCodeAt(put - 1);
    if (before !== 32 && before !== 0xa0) continue;
    PUT_IT.lastIndex = put;
    if (!PUT_IT.test(text)) continue;
    const found = firstMatchInRunBefore(text, from, put, inAsPutItPrefix, opensAs, AS_PUT_IT);
    if (found) {
      yield found;
      from = found.index + found[0].length;
    } else from = put + 1;
  }
}

/** A head before the poll or report that makes the phrase a time or occasion around it. */
const OCCASION_HEAD =
  /^\S+[ \u00A0]+(?:wake|aftermath|light|face|run-up|lead-up|midst|middle|shadow|days|weeks|months|hours|years|day|week|month|hours|time|run)\b/;

// ("In a study published on 2 March, Lena Holt at the University of Oslo and her colleagues reported that …":
// a subject of up to twelve words)
const OWN_VERB =
  /^(?:[\p{L}\p{N}’'.-]+[ \u00A0]+){1,12}?(?:says|said|writes|wrote|reports|reported|tells|told|adds|added|argues|argued|found|concluded)\b/u;

function sentenceAt(sentences: Sentence[], from: number, pos: number): number {
  let i = from;
  while (i < sentences.length && (sentences[i] as Sentence).end <= pos) i++;
  return i;
}

export function framingDrafts(view: ArticleView): Draft[] {
  const { text, sentences } = view;
  const out: Draft[] = [];
  let si = 0;
  for (const m of inSourceMatches(text)) {
    si = sentenceAt(sentences, si, m.index);
    const s = sentences[si];
    if (!s || m.index !== s.start || quoteAt(view.quotes, m.index)) continue;
    const content = trimSpan(text, m.index + m[0].length, s.end);
    // "In a report published Thursday, the company says …": the sentence's own verb names the source
    if (!content || OWN_VERB.test(text.slice(content[0], content[0] + 80))) continue;
    // ("In the wake of the report, …", "In the days after the poll, …": the report is the occasion, not the source)
    if (OCCASION_HEAD.test(m[1] as string)) continue;
    const srcStart = m.index + m[0].indexOf(m[1] as string);
    out.push(
      spanDraft("en.in-source", {
        cue: [m.index, m.index + 2],
        mention: [srcStart, srcStart + (m[1] as string).length],
        content,
        frame: [s.start, s.end],
      }),
    );
  }
  si = 0;
  for (const m of asPutItMatches(text)) {
    si = sentenceAt(sentences, si, m.index);
    const s = sentences[si];
    if (!s || m.index < s.start || quoteAt(view.quotes, m.index)) continue;
    const srcStart = m.index + m[0].indexOf(m[1] as string);
    const words = m[1] as string;
    const adverb = ADVERB_BEFORE_PUT.exec(words);
    const srcEnd =
      srcStart + (adverb ? words.slice(0, adverb.index) : words.trimEnd()).replace(/,$/, "").length;
    const cueStart = adverb
      ? srcStart + adverb.index + adverb[0].length - adverb[0].trimStart().length
      : m.index + m[0].search(/puts?[ \u00A0]+it$/);
    const cueEnd = m.index + m[0].length;
    let content: [number, number] | null = null;
    if (m.index === s.start) {
      // "As Ms. Simonyan put it in a statement, RT is …"
      const comma = text.indexOf(",", cueEnd);
      if (comma > 0 && comma < s.end) content = trimSpan(text, comma + 1, s.end);
    } else if (/,[”"’']?[\s\u00A0]*$/.test(text.slice(Math.max(s.start, m.index - 4), m.index))) {
      // "…, as a Homeland Security memo put it."
      const semicolon = text.lastIndexOf(";", m.index);
      content = trimSpan(text, semicolon >= s.start ? semicolon + 1 : s.start, m.index);
    }
    if (!content || content[1] - content[0] < 8) continue;
    out.push(
      spanDraft("en.as-put-it", {
        cue: [cueStart, cueEnd],
        mention: [srcStart, srcEnd],
        content,
        frame: [s.start, s.end],
      }),
    );
  }
  return out;
}
