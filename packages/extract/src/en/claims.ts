import type { ArticleView, Draft } from "../draft.ts";
import type { Sentence } from "../text/segment.ts";
import type { Token } from "../text/tokens.ts";
import { widenAcrossAnd } from "./and-in-name.ts";
import { contentAroundSpeaker } from "./content-around-speaker.ts";
import { frontedParticiple } from "./fronted-participle.ts";
import { invertedClaim } from "./inverted-claim.ts";
import { ATTITUDE_ADJECTIVES, IMPERSONAL_ADJECTIVES, THAT_CLAUSE_VERBS } from "./lexicon.ts";
import { quoteBeforeSentence } from "./neighbouring-quotes.ts";
import { notEveryoneBefore } from "./not-everyone.ts";
import { passiveReportDraft } from "./passive.ts";
import { widenAcrossPeopleAnd } from "./people-and.ts";
import type { ObjectOnlyClaims } from "./relayed-or-nested.ts";
import { widenToComma } from "./source-after.ts";
import { thatAfter } from "./that-after.ts";
import { thingFound } from "./thing-found.ts";
import type { VerbCall } from "./verb-call.ts";
import { verbContent } from "./verb-content.ts";
import { closesQuotedSentence, verbContentStart } from "./verb-content-start.ts";
import { verbCueSpan } from "./verb-cue-span.ts";
import { setMention, verbDraft } from "./verb-draft.ts";
import { verbObjectShapes } from "./verb-object-shapes.ts";
import { speakerOrInherited, verbOpeningSubject } from "./verb-subject.ts";
import { CLAUSE_OPENERS, type VerbHit } from "./verbs.ts";
import { type Walks, walkedBackFrom } from "./walks.ts";

/** How far past a sentence's last reporting word its tokens are read: enough for subjects, hearers and "that". */
export const TOKEN_REACH = 240;
/** The claim cued by one reporting verb of sentence si (null if none); `out` holds the claims of earlier verbs. */
export function verbClaim(
  view: ArticleView,
  si: number,
  floor: number,
  toks: Token[],
  hit: VerbHit,
  walks: Walks,
  stops: number[],
  out: Draft[],
  marks: ObjectOnlyClaims,
): Draft | null {
  const s = view.sentences[si] as Sentence;
  const { text } = view;
  const verb = toks[hit.index] as Token;
  const span = verbCueSpan(text, s, toks, hit);
  if (!span) return null;
  const { k, cueStart, cueEnd, after } = span;
  if (ATTITUDE_ADJECTIVES.has(hit.base) && notEveryoneBefore(text, s.start, cueStart)) return null;
  const d = verbDraft(cueStart, cueEnd, s);
  if (hit.passive) return passiveReportDraft(view, s, toks, hit.index, d);
  const left = toks[k];
  // "Claiming …, Hale told …", "After saying …, she …": the speaker is the subject after the clause's comma
  const fronted = hit.participle && k <= 0 ? frontedParticiple(toks, hit.index) : null;
  if (fronted) {
    setMention(d, fronted.subject);
    [d.contentStart, d.contentEnd] = fronted.content;
    d.rules.push(fronted.subject.pronoun ? "en.subject:pronoun" : "en.subject", "en.participle:fronted");
    return d;
  }
  // ("made a profit", "put the plan on hold": no "that" ahead, no claim — unless a comma or a quotation before
  // the verb makes it an inverted one; speed: the subject walk below is skipped)
  if (
    left?.word &&
    THAT_CLAUSE_VERBS.has(hit.base) &&
    !thatAfter(toks, hit.index) &&
    !closesQuotedSentence(s, toks, hit.index)
  )
    return null;
  // "…,” said Smith." — verb before its speaker
  // (or, at the start of a sentence, the quotation that ended the sentence before)
  const prevQuote = k < 0 ? quoteBeforeSentence(view, si, floor) : null;
  // a plain comma may also close an appositive subject ("Its director, Paul Johnson, told …")
  // the speaker walk back from the verb, done once: it tells an appositive comma and gives the subject
  const walkedSubject =
    left && (left.word || /^[,).—–?!-]$/.test(left.text)) ? walkedBackFrom(text, toks, k, walks) : null;
  const appositive = left?.text === "," && walkedSubject !== null;
  const inverted = invertedClaim(
    view,
    si,
    floor,
    toks,
    hit,
    { k, after, cueStart },
    d,
    prevQuote,
    appositive,
  );
  if (inverted !== undefined) return inverted;
  const c: VerbCall = {
    view,
    si,
    floor,
    toks,
    hit,
    walks,
    stops,
    out,
    marks,
    s,
    text,
    verb,
    k,
    left,
    cueStart,
    cueEnd,
    after,
    d,
  };
  const opening = verbOpeningSubject(c, walkedSubject);
  if (!opening) return null;
  const { ofWhom, subordinate } = opening;
  const role = speakerOrInherited(c, opening);
  if (!role) return null;
  let { subject } = role;
  // («…,'' the report says»: the two apostrophes some papers close a quotation with are not the subject's)
  if (subject && text.startsWith("''", subject.start)) {
    const marks = /^''[\s\u00A0]+(?=\S)/.exec(text.slice(subject.start, subject.end));
    if (marks) {
      subject = { ...subject, start: subject.start + marks[0].length };
      if (d.mentionStart === subject.start - marks[0].length) setMention(d, subject);
    }
  }
  // "It is obvious that …": an evaluation no one is named for
  if (IMPERSONAL_ADJECTIVES.has(hit.base)) {
    if (!subject || !/^it$/i.test(text.slice(subject.start, subject.end))) return null;
    d.mentionStart = d.mentionEnd = -1;
  }
  const begin = verbContentStart(c);
  if (!begin) return null;
  const { start, bareClause, closesSentence } = begin;
  if (hit.base === "find" && !start.that && !bareClause && thingFound(text, start.pos, s.end, subject))
    return null;
  // "…, top black lawmakers said Friday.": modifiers the speaker walk left out, back to the comma
  if (subject && closesSentence && !subject.pronoun) {
    subject = widenToComma(text, s.start, subject);
    const joined = widenAcrossPeopleAnd(text, s.start, widenAcrossAnd(text, s.start, subject));
    if (joined !== subject) {
      subject = joined;
      setMention(d, subject);
    }
  }
  const around = contentAroundSpeaker(c, subject, start, closesSentence);
  if (around !== undefined) return around;
  const opensClause = start.that || text[start.pos - 1] === ":" || CLAUSE_OPENERS.test(text[start.pos] ?? "");
  const shaped = verbObjectShapes(c, subject, start, opensClause, closesSentence);
  if (shaped !== undefined) return shaped;
  return verbContent(c, subject, start, opensClause, bareClause, subordinate, ofWhom);
}
