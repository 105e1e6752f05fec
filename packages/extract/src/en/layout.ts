import { type ArticleView, type Draft, spanDraft, trimSpan } from "../draft.ts";
import { quoteAt } from "../text/quotes.ts";
import { headlineRoleVoice } from "./headline-role-voice.ts";
import { NON_SPEAKER_LABELS } from "./lexicon.ts";
import { isStateName, TITLE_HEADS } from "./person-words.ts";
import { speakerLineStart } from "./speaker-line-start.ts";
import { withoutTitleCaseDateline } from "./title-case-dateline.ts";
import { extendTranscriptTurns } from "./transcript-turns.ts";

const LABEL = /^["“]?([\p{Lu}][\p{L}\p{M}.’'-]*(?:[ \u00A0][\p{L}\p{M}.’'-]+){0,5}):[ \u00A0]+(?=\S)/u;

const SECTION_KICKERS =
  /^(?:Cricket|Football|Soccer|Rugby|Tennis|Golf|Netball|Hockey|Basketball|Baseball|Boxing|Cycling|Athletics|Motorsport|Racing|Sailing|Rowing|Olympics|Sport|Sports|Politics|Business|Markets|Economy|World|Health|Science|Technology|Tech|Entertainment|Lifestyle|Travel|Weather|Crime|Courts|Education|Environment|Climate|Property|Transport|Election)$/;

const LEGISLATURE_RUBRIC =
  /^(?:In[ \u00A0])?(?:Parliament|National[ \u00A0]Assembly|House[ \u00A0]of[ \u00A0]Assembly|Legislative[ \u00A0]Assembly)$/;

/** "Obama on Climate Change", "Merkel on migrants": a name of one to three words, "on" and a topic. */
const NAME_ON_TOPIC =
  /^(\p{Lu}[\p{L}\p{M}.’'-]*(?:[ \u00A0]\p{Lu}[\p{L}\p{M}.’'-]*){0,2})[ \u00A0]+on[ \u00A0]+\S/u;

/** "What We Know", "What You Need to Know", "What Happens Next": an explainer's kicker, the whole of the words. */
const EXPLAINER_KICKER =
  /^(?:what\s+(?:we\s+know(?:\s+so\s+far)?|(?:you|to)\s+(?:need\s+to\s+)?know|to\s+expect|to\s+watch|happens\s+next|it\s+means)|everything\s+(?:we|you)\s+(?:know|need\s+to\s+know))[\s.?!]*$/i;
/** A figure opening the words, then no finite verb: "$1.19 billion vs. $1.24 billion expected". */
const FIGURE_FIRST = /^[^\p{L}\p{N}]{0,2}\d/u;
const FINITE = /\b(?:is|are|was|were|will|would|has|have|had|can|could|should|may|might|must|do|does|did)\b/i;
/** "Revenue: $1.19 billion vs. $1.24 billion expected": a key and its value in a data list, not someone's words. */
const figureLine = (words: string): boolean => FIGURE_FIRST.test(words) && !FINITE.test(words);

const TITLED_SPEECH_AFTER =
  /^(?:\p{Lu}[\p{L}’'-]*[ \u00A0]+){1,4}(?:Says|Tells|Warns|Claims|Insists|Urges|Admits|Denies|Vows|Pledges)[ \u00A0]+\S/u;
/** "Pence: Flowers won't be at the debate" (headline) and "PENCE: Well, look, …" (transcript). */
export function colonDrafts(view: ArticleView): Draft[] {
  const { text, sentences } = view;
  const out: Draft[] = [];
  let lastPara = -1;
  let nextColon = -1;
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i];
    if (!s || s.para === lastPara) continue;
    lastPara = s.para;
    // most paragraphs have no colon near their start, so LABEL need not run (one forward search for all)
    if (nextColon < s.start) nextColon = text.indexOf(":", s.start);
    if (nextColon < 0) break;
    if (nextColon >= Math.min(s.end, s.start + 80)) continue;
    const m = LABEL.exec(text.slice(s.start, Math.min(s.end, s.start + 80)));
    if (!m) continue;
    const label = m[1] as string;
    const words = label.split(/[ \u00A0]+/);
    if (NON_SPEAKER_LABELS.has((words[0] as string).toLowerCase())) continue;
    // "Cricket: Black Caps crumble …": a one-word section kicker over a headline, not a speaker
    if (words.length === 1 && SECTION_KICKERS.test(label)) continue;
    // ("Parliament: Minister outlines housing plan": the parliamentary page's rubric)
    if (LEGISLATURE_RUBRIC.test(label)) continue;
    // ("Germany: Rhine water levels fall …": a country's name alone is the story's place, a kicker)
    if (words.length === 1 && isStateName(label)) continue;
    // a speaker's name or an outlet ("Pence:", "Pat Caddell:", "WALLACE:"), not a section heading
    // ("Little Relief for Refugees:"): short and capitalised throughout
    // ("Obama on Climate Change: The Trends Are 'Terrifying.'": a headline's speaker and topic, the name
    // named again below)
    const onTopic = i === 0 && s.start === 0 ? NAME_ON_TOPIC.exec(label) : null;
    const speaker = onTopic && namedAgain(text, onTopic[1] as string, s.end) ? (onTopic[1] as string) : null;
    const roleVoice =
      i === 0 && s.start === 0 && headlineRoleVoice(words, text.slice(s.start + m[0].length, s.end));
    if (!speaker && !roleVoice && (words.length > 6 || !words.every((w) => /^\p{Lu}/u.test(w)))) continue;
    // ("Said Tom Ellis:": the verb first, read by verbFirstColonDrafts; the verb is no part of the name)
    if (opensWithVerbAndColon(text, s.start, s.end)) continue;
    const srcStart = s.start + m[0].indexOf(label);
    const colon = srcStart + label.length;
    const srcEnd = speaker ? srcStart + speaker.length : colon;
    let end = s.end;
    for (let k = i + 1; k < sentences.length && sentences[k]?.para === s.para; k++)
      end = (sentences[k] as { end: number }).end;
    const content = trimSpan(text, s.start + m[0].length, end);
    if (!content || figureLine(text.slice(content[0], content[1]))) continue;
    // ("Port Stake Sale: What We Know": an explainer's kicker after the topic, no one's words)
    if (EXPLAINER_KICKER.test(text.slice(content[0], content[1]))) continue;
    // ("Market Stalls Trial: Witness Says …", "Fuel Crisis: Union Warns …": a topic kicker over a headline
    // whose own subject speaks)
    if (TITLED_SPEECH_AFTER.test(text.slice(content[0], content[1]))) continue;
    out.push(
      spanDraft("en.label-colon", {
        cue: [colon, colon + 1],
        mention: [srcStart, srcEnd],
        content,
        frame: [s.start, colon + 1],
      }),
    );
  }
  extendTranscriptTurns(view, out);
  const sourceLast = headlineSourceLast(view);
  // ("Courier: Is the strike over?" then "Reyes: Not yet."): in a transcript of two voices or more, the
  // interviewer's question says nothing
  const voices = new Set(out.map((d) => text.slice(d.mentionStart, d.mentionEnd)));
  const said =
    voices.size > 1 ? out.filter((d) => !onlyAQuestion(text.slice(d.contentStart, d.contentEnd))) : out;
  const bodyLabels = withoutTitleCaseDateline(view, withoutColonDateline(text, sentences, said));
  return [...bodyLabels, ...(sourceLast ? [sourceLast] : [])];
}

/** The words after a transcript's label are only a question ("Courier: Is the strike over?"). */
const onlyAQuestion = (words: string): boolean => /^[^.!]*\?["”’]?$/.test(words.trim());

/**
 * A headline that ends on its source after a colon or a spaced dash: "Faulty cable caused Circle Line
 * disruption: SMRT", "Pass rate rises to 71% – NECO".
 */
const SOURCE_LAST =
  /^(.*\S)(?:[ \u00A0]*:|[ \u00A0]+[–—])[ \u00A0]+(\p{Lu}[\p{L}\p{M}&.’'-]*(?:[ \u00A0]\p{Lu}[\p{L}\p{M}&.’'-]*){0,3})[ \u00A0]*$/u;

/** "Dredging ‘cannot wait’ – mayor": a headline closing on a spaced dash and one lowercase word. */
const TITLE_LAST = /^(.*\S)[ \u00A0]+[–—][ \u00A0]+(\p{Ll}+)[ \u00A0]*$/u;

/** The headline's claim when its source comes last and the article names that source again below. */
function headlineSourceLast(view: ArticleView): Draft | null {
  const { text } = view;
  const lineEnd = text.indexOf("\n");
  if (lineEnd < 0) return null;
  const m = SOURCE_LAST.exec(text.slice(0, lineEnd)) ?? TITLE_LAST.exec(text.slice(0, lineEnd));
  if (!m) return null;
  const before = m[1] as string;
  const label = m[2] as string;
  // ("… – mayor": a lowercase title, one the story gives someone: "Mayor Jo Roe said …")
  const title = /^\p{Ll}/u.test(label) ? label[0]?.toUpperCase() + label.slice(1) : null;
  if (title !== null && !TITLE_HEADS.has(title)) return null;
  // a headline's clause (four words or more), not a sentence of the body or a kicker ("Cricket: …")
  if (before.split(/[ \u00A0]+/).length < 4 || /[.!?]$/.test(before)) return null;
  if (!namedAgain(text, title ?? label, lineEnd)) return null;
  const colon = before.length + (/[:–—]/.exec(text.slice(before.length, lineEnd))?.index ?? 0);
  const labelStart = text.lastIndexOf(label, lineEnd);
  // ("(LEAD) N. Korea fires …: JCS", "(2nd LD)", "(URGENT)": a wire service's tag before the headline is no content)
  // ("2026 NECO: pass rate rises … – NECO": a topic label before the dash's content is no content either)
  const tag = WIRE_TAG.exec(before) ?? (text[colon] === ":" ? null : TOPIC_LABEL.exec(before));
  const content = trimSpan(text, tag ? tag[0].length : 0, before.length);
  if (!content) return null;
  return spanDraft("en.headline-source-last", {
    cue: [colon, colon + 1],
    mention: [labelStart, labelStart + label.length],
    content,
    frame: [colon, labelStart + label.length],
  });
}

/** A kicker of one to three words and a colon opening a headline ("2026 WASSCE: ", "Cricket: "). */
const TOPIC_LABEL = /^(?:[\p{Lu}\d][\p{L}\d’'-]*[ \u00A0]+){0,2}[\p{Lu}\d][\p{L}\d’'-]*:[ \u00A0]+/u;
const WIRE_TAG =
  /^\((?:LEAD|URGENT|UPDATE(?: \d+)?|\d+(?:st|nd|rd|th) LD|News Focus|News Analysis|Yonhap Feature|EXCLUSIVE|FOCUS|ANALYSIS|REFILE|CORRECTED)\)[ \u00A0]+/;

/** The label stands as a whole word in the text after `from`. */
function namedAgain(text: string, label: string, from: number): boolean {
  const isWordChar = (c: string | undefined): boolean => !!c && /[\p{L}\p{N}]/u.test(c);
  for (let at = text.indexOf(label, from); at >= 0; at = text.indexOf(label, at + 1))
    if (!isWordChar(text[at - 1]) && !isWordChar(text[at + label.length])) return true;
  return false;
}

const ALL_CAPS = /^[^\p{Ll}]+$/u;
/**
 * "NEW DELHI: The party on Tuesday …" (South Asian and some African outlets): an upper-case place opening the
 * first paragraph after the headline (and its byline) is a dateline, not a transcript speaker — when no other
 * paragraph has such a label.
 */
function withoutColonDateline(text: string, sentences: ArticleView["sentences"], drafts: Draft[]): Draft[] {
  const caps = drafts.filter((d) => ALL_CAPS.test(text.slice(d.mentionStart, d.mentionEnd)));
  if (caps.length !== 1) return drafts;
  const d = caps[0] as Draft;
  const para = sentences.find((s) => s.start <= d.cueStart && d.cueStart < s.end)?.para ?? -1;
  // (after a byline or a standfirst line too: every paragraph before it is a heading, no sentence)
  const headingsBefore =
    para > 1 &&
    para <= 3 &&
    sentences.every((x) => x.para >= para || !/[.!?:]["”’)]?$/.test(text.slice(x.start, x.end).trimEnd()));
  // ("KUALA LUMPUR: The minister said …" with no headline above: the paragraph reports someone else's words)
  const reportOpening =
    para === 0 &&
    REPORTING_VERB.test(text.slice(d.contentStart, Math.min(d.contentEnd, d.contentStart + 160)));
  return para === 1 || headingsBefore || reportOpening ? drafts.filter((x) => x !== d) : drafts;
}
/** A reporting verb in the third person: a news sentence, not a transcript speaker's own words ("I’ve said"). */
const REPORTING_VERB =
  /^(?:(?!\b(?:I|[Ww]e|[Yy]ou|[Mm]y|[Oo]ur|me|us)\b)[^“”"])*?\b(?:said|says|told|announced|stated|according[ \u00A0]+to)\b/;

// ("Said the district commissioner, Mr Juma: …": a role after a determiner too, but not after "Asked",
// where "the minister" is the one asked)
const VERB_FIRST_COLON =
  /^(?:Said|Says|Added|Adds|Wrote|Writes|Asked|Asks|Explained|Explains|Noted|Notes|Warned|Warns|Replied|Replies|Recalled|Recalls)[ \u00A0]+((?:(?<!Ask(?:ed|s)[ \u00A0]+)(?:the|a|an|its|their)[ \u00A0]+\p{Ll}|\p{Lu})[^:!?“”"]{0,80}?):[ \u00A0]+(?=\S)/u;

/** The sentence opens "Said Ellis: …" (read by verbFirstColonDrafts, not by the sentence rules). */
export const opensWithVerbAndColon = (text: string, start: number, end: number): boolean =>
  VERB_FIRST_COLON.test(text.slice(start, Math.min(end, start + 120)));

/** "Said Ellis: “…”", "Added the senator, a Democrat: …": the verb first, then its speaker and a colon. */
export function verbFirstColonDrafts(view: ArticleView): Draft[] {
  const { text, sentences } = view;
  const out: Draft[] = [];
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i] as (typeof sentences)[number];
    const c = text.charCodeAt(s.start);
    // S A W E N R: the only letters these verbs start with (skips nearly every sentence without a regex)
    if (c !== 83 && c !== 65 && c !== 87 && c !== 69 && c !== 78 && c !== 82) continue;
    const m = VERB_FIRST_COLON.exec(text.slice(s.start, Math.min(s.end, s.start + 120)));
    if (!m) continue;
    const srcStart = s.start + m[0].indexOf(m[1] as string);
    const srcEnd = srcStart + (m[1] as string).length;
    // the quotation that follows the colon, or else the rest of the sentence
    const from = s.start + m[0].length;
    const quote = quoteAt(view.quotes, from);
    const content = trimSpan(text, from, quote?.closed && quote.start === from ? quote.end : s.end);
    if (!content) continue;
    const verbEnd = s.start + m[0].search(/[ \u00A0]/);
    out.push(
      spanDraft("en.verb-first-colon", {
        cue: [s.start, verbEnd],
        mention: [srcStart, srcEnd],
        content,
        frame: [s.start, srcEnd + 1],
      }),
    );
  }
  return out;
}

const SPEAKER_LINE =
  /[”"][ \u00A0]*([―—–])[ \u00A0]*(\p{Lu}[\p{L}\p{M}.’'-]*(?:[ \u00A0]\p{Lu}[\p{L}\p{M}.’'-]*){0,3})/gu;

/** "“…” ― Sonya Herridge": a quote followed by its speaker's name on the same line. */
export function speakerLineDrafts(view: ArticleView): Draft[] {
  const { text, quotes } = view;
  const out: Draft[] = [];
  SPEAKER_LINE.lastIndex = 0;
  for (let m = SPEAKER_LINE.exec(text); m; m = SPEAKER_LINE.exec(text)) {
    const quoteEnd = m.index + 1;
    const q = quoteAt(quotes, m.index);
    // (a quote inside written with the same marks pairs them wrongly: the line that opens with one is the quote)
    const start = speakerLineStart(text, q && q.end === quoteEnd ? q.start : quoteEnd, quoteEnd);
    if (start >= quoteEnd) continue;
    const dash = m.index + m[0].indexOf(m[1] as string);
    const nameStart = m.index + m[0].length - (m[2] as string).length;
    // ("― Christina Lastra." at the end of a sentence: the full stop is not the name's, "J." is)
    const nameEnd = m.index + m[0].length - (/\p{L}{3}\.$/u.test(m[2] as string) ? 1 : 0);
    out.push(
      spanDraft("en.speaker-line", {
        cue: [dash, dash + 1],
        mention: [nameStart, nameEnd],
        content: [start, quoteEnd],
        frame: [dash, nameEnd],
      }),
    );
  }
  return out;
}
