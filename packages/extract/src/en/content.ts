import { type ArticleView, trimSpan } from "../draft.ts";
import { isAsciiLetter, isJsSpace } from "../text/chars.ts";
import { quoteAt } from "../text/quotes.ts";
import type { Sentence } from "../text/segment.ts";
import { EN_MONTH } from "./date-expressions.ts";
import { ledeSentence } from "./lede-sentence.ts";
import { TIME_WORDS, VERB_FORMS } from "./lexicon.ts";
import { placeRunsIntoClause } from "./place-clause.ts";
import { ADJUNCT_START } from "./verbs.ts";

/** Reported content after the cue: to the sentence end, through a quote that runs on, before ", adding" (also
 * before "…,” though …", where American punctuation puts the comma inside the closing quote). */
// (", which she denied", ", a claim he rejects", ", a figure the mayor has not disputed": the other side's answer to
// what was said, the writer's)
// (", classifying the incident as careless": the speaker's own next act on what was found, no part of the finding)
const WRITER_CONTINUES =
  /,\s+(?:(?:but|and|while)\s+(?:(?:also|then|later)\s+)?[a-z]+ed\b|(?:although|though|even\s+though)\s)|(?<=,[”"])\s+(?:although|though|even\s+though|(?:but|while)\s+(?:(?:also|then|later)\s+)?[a-z]+ed\b)\s|\s[—―]\s*and\s|,\s+in\s+(?:a|an|the)\s+(?:new\s+|recent\s+|separate\s+)?(?:study|report|paper|survey|analysis|interview|statement|filing)\s+(?:published|released|issued|filed|with|on|to|in|by)\b|,\s+(?:[a-z]+ly\s+)?(?:creating|sending|making|bringing|putting|raising|ending|marking|pushing|setting|giving|paving|prompting|triggering|capping|dealing|contradicting|echoing|reversing|defying|undercutting|classifying|categori[sz]ing)\s|,\s+(?:which|an?\s+(?:claim|charge|suggestion|allegation|accusation|account|version|figure|number|sum|estimate)(?:\s+that)?)\s+(?:he|she|they|it|the\s+[a-z]+|[A-Z][\w’'-]*)\s+(?:(?:has|have|had|does|did|do|not|never|strongly|flatly|firmly)\s+)*(?:denied|denies|deny|rejected|rejects|disputed|disputes|dispute|dismissed|dismisses|contested|contests|refuted|refutes)\b/g;

/** Every WRITER_CONTINUES alternative holds a comma or a dash: a span with neither needs no scan. */
const mayContinueWriter = (span: string): boolean =>
  span.includes(",") || span.includes("—") || span.includes("―");

/** ", but it did not say how …", ", but gave no figures": the writer on what the speaker left out. */
const LEFT_OUT =
  /(?:^|,)\s*but\s+(?:(?:it|he|she|they)\s+)?(?:(?:did|would|could)\s+not|(?:did|would|could)n['’]t|declined\s+to|refused\s+to)\s+(?:say|give|provide|specify|elaborate|comment|disclose|explain|detail|offer|reveal|name|identify)\b|(?:^|,)\s*but\s+(?:gave|offered|provided)\s+no\s/;

/**
 * A closing quote, then the occasion ("after a defeat", "after Fiji ran in four tries") or a past-tense act
 * ("and brushed aside").
 */
const QUOTE_THEN_WRITER =
  /[”"][\s\u00A0]+(?:(?:after|following)[\s\u00A0]+(?:a|an|the|his|her|their|its|\p{Lu}[\p{L}’'-]*(?:[\s\u00A0]+\p{Lu}[\p{L}’'-]*)*[\s\u00A0]+(?:[a-z]+ed|ran|won|beat|lost|scored|drew|took|came|went|fell|rose|held|made))\s|and[\s\u00A0]+(?:also[\s\u00A0]+)?([a-z]+ed)\b(?![\s\u00A0]+(?:by|to|that)\b))/gu;

/**
 * "after the Scottish Government once again declined to …": an "after" clause with its own subject and a past
 * verb (not the adjective after a determiner, "after a leaked memo").
 */
const AFTER_CLAUSE =
  /^[\s\u00A0]+(?:after|following)[\s\u00A0]+(?:the|a|an|his|her|their|its)[\s\u00A0]+(?:[\p{L}’'-]+[\s\u00A0]+){1,4}?(?:(?:once[\s\u00A0]+)?again[\s\u00A0]+|also[\s\u00A0]+|repeatedly[\s\u00A0]+)?(?:[a-z]+ed|refused|failed|chose|made|took|gave|cut|left|went)[\s\u00A0]+(?:to|not)\b/u;

/** An "after" clause (AFTER_CLAUSE) in a paragraph below the lede's, where the writer frames no news. */
function bodyClause(view: ArticleView, s: Sentence, rest: string): boolean {
  if (!AFTER_CLAUSE.test(rest)) return false;
  const lede = ledeSentence(view.text, view.sentences);
  return !!lede && s.para > lede.para;
}

const CONCESSION = /^,?[\s\u00A0]+(?:although|though|even[\s\u00A0]+though)[\s\u00A0]/;
/**
 * "said storms were expected on Thursday, though totals would be “nowhere near” …": a concession with no
 * reporting verb of its own still hangs on the cue; ", though she added that …" is the speaker's next claim,
 * ", although he again refused to …" the writer's.
 */
function concessionGoesOn(view: ArticleView, link: string, from: number, to: number): boolean {
  if (!CONCESSION.test(link)) return false;
  WORD.lastIndex = from;
  let previous = "";
  for (let m = WORD.exec(view.text); m && m.index < to; m = WORD.exec(view.text)) {
    const word = m[0].toLowerCase();
    // (not a noun after its determiner: "their claim"; nor a question's topic: "had asked about refunds")
    if (
      VERB_FORMS.has(word) &&
      !DETERMINERS.has(previous) &&
      !quoteAt(view.quotes, m.index) &&
      !TOPIC_AFTER.test(view.text.slice(m.index + word.length, m.index + word.length + 8))
    )
      return false;
    previous = word;
  }
  return true;
}
const WORD = /[A-Za-z]+/g;
const TOPIC_AFTER = /^[\s\u00A0]+about[\s\u00A0]/;
const DETERMINERS = new Set("a an the this that its his her their our my your no".split(" "));

/** Where the writer takes over between `from` and `end` (", although …", " — and …"), or `end`. */
export function writerTakesOver(view: ArticleView, from: number, end: number): number {
  const span = view.text.slice(from, end);
  const left = LEFT_OUT.exec(span);
  if (left && !quoteAt(view.quotes, from + left.index)) end = from + left.index;
  if (!mayContinueWriter(span)) return end;
  WRITER_CONTINUES.lastIndex = 0;
  for (let m = WRITER_CONTINUES.exec(span); m; m = WRITER_CONTINUES.exec(span))
    if (!quoteAt(view.quotes, from + m.index)) return Math.min(end, from + m.index);
  return end;
}

const RELATIVE_BEFORE_SPEAKER = /[,\s\u00A0](?:which|who|where)$/;

/**
 * The content a speaker interrupts ("A, Clarke said, B"): from the sentence start to where the writer
 * takes over; only the words before the speaker (up to `commaAt`) when nothing of theirs resumes
 * ("…, the ministry said on Monday, but gave no figures", "…, it said in a statement, but it did not say …").
 */
export function interruptedContent(
  view: ArticleView,
  s: Sentence,
  floor: number,
  resumeAt: number,
  commaAt: number,
  cueEnd: number,
): [number, number] | null {
  const cut = writerTakesOver(view, resumeAt, s.end);
  const nothingResumed = cut <= resumeAt || view.text.indexOf(",", cueEnd) === cut;
  // ("… near the stadium, which, Tompkins said, is usually full …": the words said open at the relative pronoun)
  const relative = nothingResumed
    ? null
    : RELATIVE_BEFORE_SPEAKER.exec(view.text.slice(Math.max(s.start, commaAt - 12), commaAt));
  // ("All of which, he said, would …": a relative after a quantifier opening the sentence is the whole subject)
  const quantified = relative && QUANTIFIER_OF.test(view.text.slice(s.start, commaAt));
  const from = relative && !quantified ? commaAt - relative[0].length + relative[0].search(/[a-z]/) : s.start;
  return trimSpan(
    view.text,
    Math.max(afterButClause(view, from, commaAt), floor),
    nothingResumed ? commaAt : cut,
  );
}
const QUANTIFIER_OF =
  /^(?:All|Some|Most|None|Much|Many|Each|Both|Any|One|Half|Part)[\s\u00A0]+of[\s\u00A0]+(?:which|whom)$/;

/**
 * "China had resisted such deals, but the pollution had become so bad, Mr. Obama noted, that …": the speaker
 * interrupts the clause after ", but"; the clause before it is the writer's setting. Where the words said start.
 */
function afterButClause(view: ArticleView, from: number, commaAt: number): number {
  const lead = view.text.slice(from, commaAt);
  const but = lead.lastIndexOf(", but ");
  if (but < 0 || quoteAt(view.quotes, from + but)) return from;
  const start = from + but + 6;
  return wordsBetween(view.text, start, commaAt) >= 3 ? start : from;
}

export function contentAfter(
  view: ArticleView,
  s: Sentence,
  start: number,
  stops: number[],
): [number, number] | null {
  const { text, quotes } = view;
  let end = s.end;
  for (const stop of stops) if (stop > start && stop < end && !quoteAt(quotes, stop)) end = stop;
  // ", but offered no proof", ", although …": the writer goes on
  // (searches stay inside the sentence: scanning on to the end of the article would be quadratic)
  const span = text.slice(start, end);
  WRITER_CONTINUES.lastIndex = 0;
  for (
    let m = mayContinueWriter(span) ? WRITER_CONTINUES.exec(span) : null;
    m;
    m = WRITER_CONTINUES.exec(span)
  ) {
    if (!quoteAt(quotes, start + m.index)) {
      if (concessionGoesOn(view, m[0], start + m.index + m[0].length, end)) continue;
      end = start + m.index;
      break;
    }
  }
  // 'said his players "lacked belief" after a defeat …', 'would stay “for as long as it takes” and brushed
  // aside …': after a quoted fragment the writer goes on with the occasion, or with the speaker's next act
  // (a past tense cannot go on from "would stay")
  QUOTE_THEN_WRITER.lastIndex = 0;
  for (let m = QUOTE_THEN_WRITER.exec(span); m; m = QUOTE_THEN_WRITER.exec(span)) {
    const at = start + m.index + 1;
    if (at >= end || quoteAt(quotes, at)) continue;
    // ('would not enter coalition with “…” after the next election': a time still to come is in the words)
    if (
      /^[”"][\s\u00A0]+(?:after|following)[\s\u00A0]+(?:the[\s\u00A0]+)?next\b/.test(
        m[0] + span.slice(m.index + m[0].length, m.index + m[0].length + 10),
      )
    )
      continue;
    // ('told the meeting that councillors had “no good options” after the government once again declined to …'
    // below the lede: the speaker's own account of what happened, a clause of its own, not the writer's occasion)
    if (!m[1] && bodyClause(view, s, span.slice(m.index + 1))) continue;
    const before = span.slice(0, m.index);
    if (
      m[1] &&
      !/\b(?:would|will|could|can|should|might|may|must)\s+(?!be\b|been\b|have\b|has\b)[a-z]+\b/.test(before)
    )
      continue;
    end = at;
    break;
  }
  const semicolon = span.indexOf(";");
  if (semicolon > 0 && start + semicolon < end && !quoteAt(quotes, start + semicolon))
    end = start + semicolon;
  const q = quoteAt(quotes, start) ?? quoteAt(quotes, start + 1);
  if (q && q.start >= start - 1 && q.end > end && q.closed && end === s.end) end = q.end;
  return trimSpan(text, start, end);
}

/** Reported content before a comma that precedes the speaker ("“…,” Smith said"): back to the quote's start. */
export function contentBefore(
  view: ArticleView,
  s: Sentence,
  end: number,
  floor: number,
): [number, number] | null {
  const { text, quotes } = view;
  let e = end;
  while (e > s.start && /[\s\u00A0]/.test(text[e - 1] as string)) e--;
  const q = quoteAt(quotes, e - 1);
  let start = s.start;
  if (q && q.end === e && q.start < s.start && q.start >= floor) start = q.start;
  // ("The union also cited …: “A,” it wrote.": the writer's lead-in before the colon is no part of the quotation)
  else if (q && q.end === e && q.start > s.start && COLON_BEFORE.test(text.slice(s.start, q.start)))
    start = q.start;
  // "Exclusive: Brake maker explores sale, sources say": the headline's kicker is the outlet's label
  if (start === s.start) start += KICKER.exec(text.slice(start, Math.min(e, start + 16)))?.[0].length ?? 0;
  // ("“We reject …": the opening quote mark alone before a verb inside the quotation is no content)
  const from = Math.max(start, floor);
  return wordsBetween(text, from, e) > 0 ? trimSpan(text, from, e) : null;
}
const COLON_BEFORE = /[\p{L}\p{N})][\s\u00A0]*:[\s\u00A0]*$/u;
const KICKER =
  /^(?:Exclusive|EXCLUSIVE|Breaking|BREAKING|Analysis|Update|UPDATE|Watch|WATCH|Explainer|Factbox)[\s\u00A0]*:[\s\u00A0]+/;

export const endsClause = (text: string, pos: number, s: Sentence): boolean => {
  const rest = text.slice(pos, Math.min(s.end, pos + 3)).trim();
  return rest === "" || /^[.!?]/.test(rest);
};

export const SUBORDINATOR =
  /^(?:(?:when|while|although|though|if|because|as|after|before|since|until|unless|whereas|once)\s+|that\s+(?=\S))/i;
/** How many runs of ASCII letters text[from, to) holds. */
export function wordsBetween(text: string, from: number, to: number): number {
  let words = 0;
  let inWord = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    const letter = (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
    if (letter && !inWord) words++;
    inWord = letter;
  }
  return words;
}

/** A subordinate clause's content stops at its first comma outside quotes. */
export function untilComma(view: ArticleView, content: [number, number]): [number, number] | null {
  for (
    let i = view.text.indexOf(",", content[0]);
    i >= 0 && i < content[1];
    i = view.text.indexOf(",", i + 1)
  ) {
    // (not the comma of "70,000")
    if (/\d/.test(view.text[i + 1] ?? "") && /\d/.test(view.text[i - 1] ?? "")) continue;
    if (!quoteAt(view.quotes, i)) return trimSpan(view.text, content[0], i);
  }
  return content;
}

/** "told his radio audience Monday, “What …”": the quote a few words after the verb is the content. */
const OWN_SPEECH_VERB =
  /[\s\u00A0]and[\s\u00A0]+(?:[a-z]+ly[\s\u00A0]+)?(?:says|said|adds|added|asks|asked|shouts|shouted|yells|yelled|tells|told|writes|wrote)\b/;
export function nearbyQuote(view: ArticleView, from: number, s: Sentence): number {
  const slice = view.text.slice(from, Math.min(s.end, from + 80));
  // (not across a comma: "warning of a glut, Mr Karimi said: “…”" — the quote is another verb's)
  const m = /^[^“"«.;,]{0,70}?[,:][\s\u00A0]*(?=[“"«])/.exec(slice);
  // (nor past a verb of its own: "urged her brother to leave and repeatedly said, “…”" — the quote is the
  // second verb's)
  if (m && OWN_SPEECH_VERB.test(m[0])) return -1;
  return m ? from + m[0].length : -1;
}

/** A date and nothing after it but the sentence's stop: "10 November.", "Nov. 10, 2026." */
const BARE_DATE = new RegExp(
  String.raw`^(?:\d{1,2}(?:st|nd|rd|th)?\s+${EN_MONTH}|${EN_MONTH}\s+\d{1,2}(?:st|nd|rd|th)?)(?:,?\s+\d{4})?\s*[.!]?\s*$`,
);
/** Only a time or place phrase follows the verb before the sentence ends ("said in a statement."). */
/** A finite verb after "this": a clause ("this was …"), not a time ("this week"). */
const THIS_CLAUSE =
  /^[\s\u00A0]+(?:is|are|was|were|has|have|had|does|did|will|would|can|could|may|might|must|should|shall|[a-z]{2,}ed)\b/;
export function adjunctOnly(text: string, pos: number, s: Sentence): boolean {
  if (s.end - pos > 80) return false;
  // the first ASCII word after spaces (as /^[\s\u00A0]*([A-Za-z]+)/ reads it), lowercased
  let from = pos;
  while (from < s.end && isJsSpace(text.charCodeAt(from))) from++;
  let to = from;
  while (to < s.end && isAsciiLetter(text.charCodeAt(to))) to++;
  let first = text.slice(from, to).toLowerCase();
  // "said here on Friday.", "said here today." (Indian and wire copy: "here" is the dateline's place)
  if (first === "here") {
    from = to;
    while (from < s.end && isJsSpace(text.charCodeAt(from))) from++;
    to = from;
    while (to < s.end && isAsciiLetter(text.charCodeAt(to))) to++;
    first = text.slice(from, to).toLowerCase();
    if (!first) return !/[\p{L}\p{N}“"«]/u.test(text.slice(from, s.end));
  }
  // ("announced on Tuesday 10 November.": a date after the weekday closes the time phrase)
  if (!first) return BARE_DATE.test(text.slice(from, s.end));
  if (!ADJUNCT_START.has(first) && !TIME_WORDS.has(first)) return false;
  // ("said this was a matter for government.": "this" and a finite verb open a clause)
  if (first === "this" && THIS_CLAUSE.test(text.slice(to, s.end))) return false;
  // ("said at least 40 people were trapped.": a bound on a number opens the content)
  if (/^at[\s\u00A0]+(?:least|most)\b/i.test(text.slice(from, s.end))) return false;
  return !/\bthat\b|[“"«:]/.test(text.slice(pos, s.end));
}

const SOURCE_PLACE =
  /^[\s\u00A0]+(?:on|in|at|of|for|from|with|inside|close\s+to|familiar\s+with|briefed\s+on)\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+)?[\p{L}\p{N}’'-]+(?:[\s\u00A0]+[\p{L}\p{N}’'-]+){0,5}(?=[\s\u00A0]*[.,;!?])/u;
const TIME_AFTER_SOURCE =
  /^[\s\u00A0]+(?:(?:late|early)[\s\u00A0]+)?(?:(?:on|last|this)[\s\u00A0]+)?(?:yesterday|today|tonight|(?:mon|tues|wednes|thurs|fri|satur|sun)day|last night|this (?:morning|afternoon|evening|week))(?:[\s\u00A0]+(?:morning|afternoon|evening|night))?(?=[\s\u00A0]*[.,;!?])/i;
const VERB_AND_OBJECT =
  /[\s\u00A0](?!(?:of|in|on|at|for|from|to|with|by|near|inside|into|about|and)[\s\u00A0])[a-z]+[\s\u00A0]+(?:the|a|an|his|her|its|their)[\s\u00A0]/;
const CLAUSE_AFTER_SOURCE = /^[\s\u00A0]+(?:as|while|amid|after|before|when)[\s\u00A0]/;
/**
 * "said the shipments, worth an estimated ₱310 million, were …": a phrase between commas, then a finite
 * verb — the words after the cue are the subject of its content, not a source closing the clause.
 */
const SUBJECT_THEN_VERB =
  /^,[^,.;:!?“”"]{1,80},[\s\u00A0]+(?:were|was|is|are|had|has|have|would|will|could|can|should|may|might|must|did|do|does|remain(?:s|ed)?)\b/;
export function endsClauseAfterSource(text: string, pos: number, s: Sentence): boolean {
  if (SUBJECT_THEN_VERB.test(text.slice(pos, Math.min(s.end, pos + 100)))) return false;
  // "said Rep. Joseph Crowley (D-N.Y.), a leading advocate …": a party tag may follow the name
  const tag = /^[\s\u00A0]*\([^()]{1,120}\)/.exec(text.slice(pos, Math.min(s.end, pos + 130)));
  let from = tag ? pos + tag[0].length : pos;
  // "said one source on the panel.", "said an official familiar with the talks,": where the source sits
  const place = SOURCE_PLACE.exec(text.slice(from, Math.min(s.end, from + 70)));
  // (not "said the clerics of the district supported the operation": a verb and its object run to the end)
  if (place && (VERB_AND_OBJECT.test(place[0]) || placeRunsIntoClause(place[0]))) return false;
  if (place) from += place[0].length;
  // "said Mr Pryce yesterday.", "said the mayor on Monday,": the day of the statement after the source
  const time = TIME_AFTER_SOURCE.exec(text.slice(from, Math.min(s.end, from + 40)));
  if (time) from += time[0].length;
  const rest = text.slice(from, Math.min(s.end, from + 2)).trim();
  if (abbreviationRunsOn(text, from)) return false;
  // "'Not our fault', says mayor as union threatens strike": a clause of its own after the source
  return (
    rest === "" ||
    // ("…, said Maria Lopez — who’s called for a recount.": a dash opens an aside about the speaker)
    /^[.,;!?:—–]/.test(rest) ||
    // (or a spaced hyphen standing for the dash: "said Ruth Ansah - who …")
    /^[\s\u00A0]+-[\s\u00A0]/.test(text.slice(from, Math.min(s.end, from + 3))) ||
    CLAUSE_AFTER_SOURCE.test(text.slice(from, Math.min(s.end, from + 8)))
  );
}

/** "said U.S. tariffs …": the dot of an abbreviation followed by a lowercase word ends no clause. */
const abbreviationRunsOn = (text: string, pos: number): boolean =>
  /^\.[\s\u00A0]+\p{Ll}/u.test(text.slice(pos, pos + 4));

/** "in Kenansville, N.C., " → "in Kenansville, N_C_, ": the dots of short capitalised abbreviations, same length. */
const withoutAbbreviationDots = (s: string): string =>
  s.includes(".") ? s.replace(/\b([A-Z][a-z]{0,3})\.(?=[\s\u00A0]*[,A-Z])/g, "$1_") : s;

/** «“A,” he said, “B.”»: the quote resumed after the speaker belongs to the same claim. */
export function extendContinuation(
  view: ArticleView,
  s: Sentence,
  content: [number, number],
  from: number,
): [number, number] {
  const { text, quotes } = view;
  // the hearer or circumstances may come first: «“A,” he told the host, “B.”», «said during a rally in X, "B"»
  // (or a dash: «“A,” said X, the director — “B.”»; or «“A,” X said, and still “B.”»)
  const m =
    /^[^.!?;“"«\n]{0,80}?(?:[,:]|[\s\u00A0](?:[—–]|--))[\s\u00A0]*(?:(?:but|and|adding)[\s\u00A0]+(?:(?:still|then|also|later)[\s\u00A0]+)?)?(?=[“"«‘'])/.exec(
      withoutAbbreviationDots(text.slice(from, Math.min(s.end, from + 100))),
    );
  // "…,” Trump said, adding later, “…”", "…,” Sanders said, suggesting a few questions, “…”": a reporting
  // participle opens a claim of its own
  if (!m || m[0].match(/\b[a-z]+ing\b/g)?.some((w) => VERB_FORMS.get(w)?.participle)) return content;
  const q = quoteAt(quotes, from + m[0].length);
  if (q && q.start === from + m[0].length && q.closed && q.start < s.end) return [content[0], q.end];
  return content;
}
