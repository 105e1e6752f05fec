/** Final touches to English content edges that apply whichever rule found the claim. */

import type { ArticleView, Draft } from "../draft.ts";
import { quoteAt } from "../text/quotes.ts";
import { withoutClosingLink } from "./linking-adverbs.ts";
import { withoutPlatformTail } from "./platform-tail.ts";
import { titleCaseDatelineAt } from "./title-case-dateline.ts";

/** "And perhaps, he said, …", "But the goal is …": a sentence-initial conjunction links to the writer's text. */
const LEADING_CONJUNCTION = /^(?:And|But|So|Yet|Or)[\s\u00A0]+(?=[\p{L}\p{N}“"‘'«])/u;

/**
 * "WASHINGTON ― …", "BEIJING (Reuters) — …", "Mogadishu (HOL) - …", "BLANTYRE, Malawi — …", "NEW DELHI, Nov 17 (PTI): …", "CHENNAI: …", "SHILLONG, Nov 27: …": a
 * dateline is the writer's.
 */
export const DATELINE =
  /^(?:\p{Lu}[\p{Lu}.,’' ]{1,30}(?:,[ \u00A0]+[\p{L}\p{N}. ]{2,30})?[ \u00A0]*(?:\([^()]{1,30}\)[\s\u00A0]*)?(?:[―—–-]{1,2}|(?<=\)[\s\u00A0]*):)|\p{Lu}{3,}(?:[ \u00A0]\p{Lu}{2,}){0,2}(?:,[ \u00A0]+\p{Lu}\p{Ll}{2,8}\.?[ \u00A0]+\d{1,2})?:|\p{Lu}\p{Ll}+(?:[ \u00A0]\p{Lu}\p{Ll}+){0,2}[ \u00A0]+\(\p{Lu}[\p{Lu}\p{Ll}.-]*(?:[ \u00A0]\p{Lu}[\p{Lu}\p{Ll}.-]*){0,2}\)[\s\u00A0]*[―—–-]{1,2})[\s\u00A0]*/u;

/** The end of a dateline whose place was left out: "(AP) — ", "(Reuters) - ". */
export const AGENCY_TAIL = /^\([^()]{1,30}\)[\s\u00A0]*[―—–-]{1,2}[\s\u00A0]+/;

/** "As for complexity, …", "In addition, …", "Separately, …", "Details aside, …": the writer's link to what came before. */
const DISCOURSE_LEAD =
  /^(?:In addition|However|Meanwhile|Separately|Elsewhere|Additionally|Similarly|Likewise|Still|Moreover|Furthermore|Indeed|Instead|Nonetheless|Nevertheless|Of course|In fact|For example|For instance|At the same time|As it stands|As for [^,.;“”"]{1,40}|[A-Z][a-z]+ aside),[\s\u00A0]+(?=\S)/;
/**
 * "worried about X", "warned against Y", "said of Clinton, “…”": the preposition belongs to the cue
 * ("said about 430,000 people …": "about" before a number is the content's approximation).
 */
const LEADING_PREPOSITION =
  /^(?:about(?![\s\u00A0]+(?:[\d$£€₹]|(?:one|two|three|four|five|six|seven|eight|nine|ten|half|twice|a[\s\u00A0]+(?:third|quarter|fifth|half|dozen|hundred|thousand|million|billion))\b))|against|over)[\s\u00A0]+(?=\S)|^of[\s\u00A0][^,.;“”"]{1,40},[\s\u00A0]*(?=[“"‘'])/;

const LINKS = [
  "In addition",
  "However",
  "Meanwhile",
  "Separately",
  "Elsewhere",
  "Additionally",
  "Similarly",
  "Likewise",
  "Still",
  "Moreover",
  "Furthermore",
  "Indeed",
  "Instead",
  "Nonetheless",
  "Nevertheless",
  "Of course",
  "In fact",
  "For example",
  "For instance",
  "At the same time",
];
const LINK_ONLY = new RegExp(`^(?:${LINKS.join("|")})$`);
const SHORTEST_LINK = Math.min(...LINKS.map((l) => l.length));
const LONGEST_LINK = Math.max(...LINKS.map((l) => l.length));

// Most contents open with none of the patterns below: each is tried only when the first unit can open it.
const isAsciiCapital = (c: number): boolean => c >= 65 && c <= 90;
/** \p{Lu} can only open with an ASCII capital or a unit beyond ASCII. */
const mayBeCapital = (c: number): boolean => isAsciiCapital(c) || c >= 128;
/** A, B, S, Y or O: the first letters of LEADING_CONJUNCTION's words. */
const mayOpenConjunction = (c: number): boolean => c === 65 || c === 66 || c === 83 || c === 89 || c === 79;
/** a or o: the first letters of LEADING_PREPOSITION's words. */
const mayOpenPreposition = (c: number): boolean => c === 97 || c === 111;

/** ", who has worked as a rider for seven years, told": a relative clause between the speaker and the cue. */
const RELATIVE_BEFORE_CUE = /^,[\s\u00A0]+(?:who|whose)[\s\u00A0][^,;:“”"()]*,[\s\u00A0]*$/;

/** Trims the content's edges; false when nothing but a discourse link was taken for content. */
export function trimContentEdges(view: ArticleView, d: Draft): boolean {
  if (d.contentStart < 0) return true;
  const { text } = view;
  // (the relative clause describes the speaker: part of the mention, as appositives are)
  if (d.mentionStart >= 0 && d.mentionEnd < d.cueStart && text.charCodeAt(d.mentionEnd) === 44) {
    const gap = text.slice(d.mentionEnd, d.cueStart);
    if (RELATIVE_BEFORE_CUE.test(gap)) d.mentionEnd += gap.lastIndexOf(",");
  }
  const length = d.contentEnd - d.contentStart;
  if (
    length >= SHORTEST_LINK &&
    length <= LONGEST_LINK &&
    LINK_ONLY.test(text.slice(d.contentStart, d.contentEnd))
  )
    return false;
  const dateline = mayBeCapital(text.charCodeAt(d.contentStart))
    ? DATELINE.exec(text.slice(d.contentStart, Math.min(d.contentEnd, d.contentStart + 64)))
    : null;
  if (dateline && d.contentStart + dateline[0].length < d.contentEnd) d.contentStart += dateline[0].length;
  else if (!dateline) d.contentStart += titleCaseDatelineAt(view, d.contentStart);
  // "NASHVILLE, Tenn. (AP) — …" cut at the place's comma: the agency and dash left over
  const agency =
    text[d.contentStart] === "("
      ? AGENCY_TAIL.exec(text.slice(d.contentStart, Math.min(d.contentEnd, d.contentStart + 40)))
      : null;
  if (agency && d.contentStart + agency[0].length < d.contentEnd) d.contentStart += agency[0].length;
  d.contentEnd = throughOpenQuote(view, d);
  d.contentEnd = withoutClosingAside(view, d.contentStart, d.contentEnd);
  d.contentEnd = withoutTrailingSpeaker(view, d.contentStart, d.contentEnd);
  d.contentEnd = withoutClosingLink(text, d.contentStart, d.contentEnd);
  if (quoteAt(view.quotes, d.contentStart)) return true;
  d.contentEnd = withoutPlatformTail(text, d.contentStart, d.contentEnd);
  const m = mayOpenConjunction(text.charCodeAt(d.contentStart))
    ? LEADING_CONJUNCTION.exec(text.slice(d.contentStart, Math.min(d.contentEnd, d.contentStart + 8)))
    : null;
  if (m && d.contentStart + m[0].length < d.contentEnd) d.contentStart += m[0].length;
  // ("accused the government of failing to consult …": the accused stays in the content, as in the
  // team's gold and half of PolNeAR's)
  const first = text.charCodeAt(d.contentStart);
  const discourse = isAsciiCapital(first);
  const preposition = d.contentStart > d.cueEnd && mayOpenPreposition(first);
  const head =
    discourse || preposition ? text.slice(d.contentStart, Math.min(d.contentEnd, d.contentStart + 60)) : "";
  const lead =
    (discourse ? DISCOURSE_LEAD.exec(head) : null) ?? (preposition ? LEADING_PREPOSITION.exec(head) : null);
  if (lead && d.contentStart + lead[0].length < d.contentEnd) d.contentStart += lead[0].length;
  return true;
}

/**
 * "said the fees would “drive boats away. Who pays then?”": a quotation the content opens is the speaker's to
 * its closing mark, past the full stops and question marks inside it (within its paragraph, and short of the cue).
 */
function throughOpenQuote(view: ArticleView, d: Draft): number {
  const q = quoteAt(view.quotes, d.contentEnd - 1);
  if (!q?.closed || q.start < d.contentStart || q.end <= d.contentEnd) return d.contentEnd;
  if (d.cueStart >= d.contentEnd && d.cueStart < q.end) return d.contentEnd;
  const lineBreak = view.text.indexOf("\n", d.contentEnd);
  return lineBreak >= 0 && lineBreak < q.end ? d.contentEnd : q.end;
}

/** "…,” she said", "…,” the union wrote": a speaker and a reporting verb after a closing quotation mark. */
const TRAILING_SPEAKER =
  /[”"][\s\u00A0]+(?:he|she|they|it|we|I|(?:the|a|an|his|her|its|their)[\s\u00A0]+[\p{L}-]+(?:[\s\u00A0]+[\p{L}-]+)?|\p{Lu}[\p{L}.’'-]*(?:[\s\u00A0]+\p{Lu}[\p{L}.’'-]*){0,3})[\s\u00A0]+(?:said|says|wrote|writes|added|adds|explained|noted|told)$/u;
/**
 * The content's end without the speaker line that closes it ("…: “A,” the union wrote" read as one content): the
 * speaker and verb after the quotation are the next claim's frame, never anyone's words.
 */
function withoutTrailingSpeaker(view: ArticleView, start: number, end: number): number {
  const { text } = view;
  if (!/[a-z]/.test(text[end - 1] ?? "") || end - start < 12) return end;
  const m = TRAILING_SPEAKER.exec(text.slice(Math.max(start, end - 90), end));
  if (!m) return end;
  const close = end - m[0].length;
  const q = quoteAt(view.quotes, close);
  if (!q?.closed || q.end !== close + 1 || q.start < start) return end;
  // ("cited the damage …: “A,” the council wrote": the quotation is the council's; the words before the colon stay)
  const lead = text.slice(start, q.start);
  return /[\p{L}\p{N})][\s\u00A0]*:[\s\u00A0]*$/u.test(lead)
    ? start + lead.search(/[\s\u00A0]*:[\s\u00A0]*$/)
    : close + 1;
}

const LISTED = /^[^,;:.]+(?:,[^,;:.]+)+,?[\s\u00A0]+(?:and|or)[\s\u00A0][^,;:.]+$/;
/**
 * The content's end without the writer's aside in brackets that closes it ("… a greedy Republican (which lets
 * the party off the hook)"), or without the closing bracket of an aside the claim sits in ("(her campaign later
 * disclosed that she has pneumonia)"). Short brackets stay: a party and state, a short form ("(D-Va.)", "(RSUD)").
 */
function withoutClosingAside(view: ArticleView, start: number, end: number): number {
  const { text } = view;
  // ("said the tax was unfair (and he said so again …)": a bracket the content stops at is the writer's)
  if (text[end - 1] === "(" && end - 1 > start) return trimmedEnd(text, start, end - 1);
  if (text[end - 1] !== ")" || quoteAt(view.quotes, end - 1)) return end;
  const open = text.lastIndexOf("(", end - 1);
  if (open < start) return text.lastIndexOf(")", end - 2) < start ? end - 1 : end;
  const aside = text.slice(open + 1, end - 1);
  // ("covers three groups (farmers, fishers and foresters)": a list spells out the speaker's own words)
  if (open === start || aside.split(/[\s\u00A0]+/).length < 4 || LISTED.test(aside)) return end;
  return trimmedEnd(text, start, open);
}
const trimmedEnd = (text: string, start: number, end: number): number => {
  let cut = end;
  while (cut > start && /[\s\u00A0,]/.test(text[cut - 1] as string)) cut--;
  return cut;
};
