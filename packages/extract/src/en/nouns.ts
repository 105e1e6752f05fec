/** Nominal cues: "Trump's claim that …", "his promise to …", "the assertion that …". */

import { type ArticleView, type Draft, type Span, spanDraft } from "../draft.ts";
import { firstMatchInRunBefore } from "../text/anchored.ts";
import { isAsciiLetter } from "../text/chars.ts";
import { quoteAt } from "../text/quotes.ts";
import type { Sentence } from "../text/segment.ts";
import { beforeClosingPredicate } from "./noun-cue-subject.ts";
import { relativeClause } from "./relative.ts";

const CUE_NOUNS =
  "claims?|assertions?|arguments?|contention|concerns|fears|conclusion|narrative|charges?|comments?|insistence|allegations?|acknowledgment|acknowledgement|admission|belief|warnings?|prediction|suggestion|promises?|pledges?|vow|threat|accusation|denial|view|declarations?";
/**
 * The words before a cue noun that has no owner and no "the": a preposition before a plural ("amid growing
 * concerns that …", "dogged by charges that …") or "a"/"an" ("a tacit acknowledgment that …"); see unownedNoun.
 */
const UNOWNED_LEADS = "amid|over|despite|by|following|a|an";
const PLURAL_AFTER_PREPOSITION =
  /^(?:claims|allegations|charges|concerns|fears|warnings|assertions|arguments)$/;
/** Whether a NOUN_CUE match led by UNOWNED_LEADS fits: a plural after a preposition, "a"/"an" before "that". */
function unownedNounFits(lead: string, noun: string, link: string): boolean {
  if (lead === "a" || lead === "an") return link === "that" && !noun.endsWith("s");
  return PLURAL_AFTER_PREPOSITION.test(noun);
}
/**
 * Owner (or "the"), an optional adjective, the noun, then "that" or "to". Sticky: tried at given positions. An
 * owner may be "the port authority's" (two lowercase words) or "Tulsa police's" (a name and its lowercase body).
 */
export const NOUN_CUE = new RegExp(
  String.raw`\b(?:(his|her|their|its|the(?:[ \u00A0]+\p{Ll}[\p{L}-]*){1,2}[’']s|[\p{Lu}][\p{L}.-]*(?:[ \u00A0][\p{Lu}][\p{L}.-]*){0,3}(?:[ \u00A0]\p{Ll}[\p{L}-]*)?[’']s)[ \u00A0]+|the[ \u00A0]+|(?:${UNOWNED_LEADS})[ \u00A0]+)((?:repeated|latest|earlier|false|baseless|unfounded|tacit|public|frequent|growing|mounting|widespread|renewed)[ \u00A0]+)?(${CUE_NOUNS})[ \u00A0]+(that|to)[ \u00A0]+(?=\S)`,
  "uy",
);
/** The cue nouns as words ("claim", "claims", …), for the article's scan for cue words. */
export const NOUN_WORDS = CUE_NOUNS.split("|").flatMap((n) =>
  n.endsWith("s?") ? [n.slice(0, -2), n.slice(0, -1)] : [n],
);
/** What follows the noun of every NOUN_CUE match. */
const LINK_AFTER_NOUN = /[ \u00A0]+(?:that|to)[ \u00A0]/y;
const TO_NOUNS = /^(?:promises?|pledges?|vow|threat)$/;

/** Letters, spaces and the marks ( . - ’ ' ) that NOUN_CUE may hold before its noun. */
function inCuePrefix(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128)
    return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 32 || c === 46 || c === 45 || c === 39;
  // a surrogate may be half of a letter outside the BMP
  return c === 0xa0 || c === 0x2019 || isSurrogate(c) || LETTER.test(text[i] as string);
}
const isSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdfff;
const LETTER = /\p{L}/u;
/** A NOUN_CUE match starts with h (his, her), t (the, their), i (its), a lead of UNOWNED_LEADS or a capital. */
function mayOpenCue(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  // (a match never starts inside a surrogate pair)
  if (c >= 0xdc00 && c <= 0xdfff) return false;
  // h t i, and a (amid, a, an) o (over) d (despite) b (by) f (following)
  return (
    c >= 128 ||
    c === 104 ||
    c === 116 ||
    c === 105 ||
    c === 97 ||
    c === 111 ||
    c === 100 ||
    c === 98 ||
    c === 102 ||
    (c >= 65 && c <= 90)
  );
}

/**
 * The NOUN_CUE matches of the text, the same as a global scan finds them, without running the costly
 * expression along the whole article: a match reaches its noun (a whole word, one of `nounStarts`)
 * through letters, spaces and . - ’ ' only, so it starts within that run before the noun.
 */
export function* nounCueMatches(text: string, nounStarts: number[]): Generator<RegExpExecArray> {
  let from = 0; // no match starts before `from` that has not been given
  for (const noun of nounStarts) {
    if (noun < from) continue;
    let nounEnd = noun;
    while (isAsciiLetter(text.charCodeAt(nounEnd))) nounEnd++;
    LINK_AFTER_NOUN.lastIndex = nounEnd;
    if (!LINK_AFTER_NOUN.test(text)) continue;
    const found = firstMatchInRunBefore(text, from, noun, inCuePrefix, mayOpenCue, NOUN_CUE);
    if (found) {
      yield found;
      from = found.index + found[0].length;
    } else from = noun + 1;
  }
}

/** One claim per nominal cue; the possessor is the speaker, "the claim that" has none. */
export function nounDrafts(view: ArticleView, nounStarts: number[]): Draft[] {
  const { text, sentences } = view;
  const out: Draft[] = [];
  let si = 0;
  for (const m of nounCueMatches(text, nounStarts)) {
    const noun = m[3] as string;
    const link = m[4] as string;
    if ((link === "to") !== TO_NOUNS.test(noun)) continue;
    while (si < sentences.length && (sentences[si] as Sentence).end <= m.index) si++;
    const s = sentences[si];
    if (!s || m.index < s.start || quoteAt(view.quotes, m.index)) continue;
    const owner = m[1];
    const lead = /^\p{Ll}+/u.exec(m[0])?.[0] ?? "";
    if (!owner && lead !== "the" && !unownedNounFits(lead, noun, link)) continue;
    const cueStart = m.index + m[0].lastIndexOf(noun, m[0].length - link.length - 1);
    const cueEnd = cueStart + noun.length;
    const contentFrom = m.index + m[0].length - (link === "to" ? link.length + 1 : 0);
    const clause = relativeClause(view, s, link === "to" ? contentFrom : contentFrom, contentFrom);
    if (!clause || clause[1] - clause[0] < 8) continue;
    // ("Ms Kiaro’s warning": the owner without its possessive ending)
    const ownerEnd = m.index + (owner?.length ?? 0) - (owner && /[’']s$/.test(owner) ? 2 : 0);
    const mention: Span | undefined = owner ? [m.index, ownerEnd] : undefined;
    clause[1] = beforeClosingPredicate(text, s.start, m.index, clause);
    out.push(
      spanDraft("en.noun-cue", {
        cue: [cueStart, cueEnd],
        mention,
        content: clause,
        frame: [s.start, s.end],
      }),
    );
  }
  return out;
}
