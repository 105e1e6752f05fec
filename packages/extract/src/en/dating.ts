import { type DateMention, findDates } from "../dates.ts";
import type { Draft } from "../draft.ts";
import { paragraphAt, type Sentence, sentenceAt } from "../text/segment.ts";
import { firstAtOrAfter } from "../text/sorted.ts";
import { afterDaysOccasion } from "./event-days.ts";
import { dayOfEventJustTold } from "./event-just-told.ts";
import { EVIDENCE_NOUN } from "./evidence.ts";
import { ledeSentence } from "./lede-sentence.ts";
import { liveBlogDay } from "./live-blog.ts";
import {
  latestOccasionBefore,
  type OccasionDay,
  occasionDays,
  occasionKind,
  posOf,
  TIE_TO_OCCASION,
} from "./occasion-days.ts";
import { sameSentenceDay } from "./same-sentence-day.ts";
import { dayInSpeakerClause } from "./speaker-clause-days.ts";
import { madeInStatement } from "./statement-source.ts";
import { MEDIUM, type UndatedReason, undatedReason } from "./undated-reason.ts";

export type { UndatedReason } from "./undated-reason.ts";

/** Occasion words that tie a speaker's next words to the story's event, not to an earlier interview. */
const OCCASION_TIE =
  /\b(?:Questioned|Pressed|Asked|Cross-examined|Under\s+cross-examination|Speaking\s+(?:at|to|after|alongside|during)|told\s+(?:the\s+)?(?:inquiry|committee|court|hearing|jury|jurors|council|reporters|journalists|MPs|senators|lawmakers|crowd|panel|tribunal)|at\s+the\s+(?:same\s+)?(?:briefing|hearing|news\s+conference|press\s+conference|meeting|session|rally|event|debate)|after\s+(?:play|the\s+(?:match|game|race|fight|hearing|meeting|vote|session|debate|event))|during\s+(?:the\s+)?(?:debate|hearing|session|briefing|meeting|question\s+period))\b/;

/** Spaces for text[a, b). */
// (at module level: under tsx's keepNames an inner closure is re-wrapped with __name on every call)
const blank = (a: number, b: number): string => (b > a ? " ".repeat(b - a) : "");

/** The claim's sentence with its content blanked out (a split quotation keeps its speaker line). */
function speakerLine(text: string, d: Draft, s: Sentence, line: [number, number] | null): string {
  const from = Math.max(d.contentStart, s.start);
  const to = Math.min(d.contentEnd, s.end);
  if (to <= from) return text.slice(s.start, s.end);
  if (!line || line[1] <= from || line[0] >= to)
    return text.slice(s.start, from) + blank(from, to) + text.slice(to, s.end);
  const ls = Math.max(line[0], from);
  const le = Math.min(line[1], to);
  return (
    text.slice(s.start, from) + blank(from, ls) + text.slice(ls, le) + blank(le, to) + text.slice(to, s.end)
  );
}

/** "published Wednesday", "released Thursday afternoon": the day of a document, which speaks from it in the present. */
export function documentDay(text: string, m: DateMention | null): boolean {
  if (!m) return false;
  return /\b(?:published|released|issued|dated|posted|out)\s+(?:on\s+|late\s+|early\s+)?$/i.test(
    text.slice(Math.max(0, m.start - 24), m.start),
  );
}

/**
 * The day a paper came out, where it came out named ("published in Physical Review Letters on 4 June",
 * "posted on the arXiv server on 2 July"): the paper's day, not the story's.
 */
export function paperDay(text: string, m: DateMention): boolean {
  return /\b(?:published|posted)\s+(?:in|on)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+|arXiv\s+|server\s+){1,5}(?:on\s+)?$/u.test(
    text.slice(Math.max(0, m.start - 64), m.start),
  );
}

/** "…, the authors write": a paper's authors speak from their paper. */
const AUTHORS_WRITE =
  /\b(?:the|its|their)\s+(?:authors|researchers|scientists)\s+(?:write|writes|wrote|conclude|concludes|note|notes)\b/i;

/** The day of the occasion the claim's own words tie it to ("at the same briefing"), when the article gave one before. */
function occasionDayOf(ctx: EnglishDayContext, d: Draft, around: string): DateMention | null {
  const tie = TIE_TO_OCCASION.exec(around);
  const kind = tie ? occasionKind(tie[1] as string) : AUTHORS_WRITE.test(around) ? "paper" : null;
  const list = kind ? occasionsOf(ctx).get(kind) : undefined;
  // the last one before the claim
  const after = list ? firstAtOrAfter(list, d.cueStart, posOf) : 0;
  if (list && after > 0) return (list[after - 1] as OccasionDay).day;
  const same = tie && /\bsame\s/i.test(tie[0]) ? latestOccasionBefore(occasionsOf(ctx), d.cueStart) : null;
  if (same) return same.day;
  return tie ? dayOfEventJustTold(ctx.text, ctx.sentences, ctx.pub, d.cueStart) : null;
}

/** "on the night of the disruption", "on the day of the vote": a part of the day of an event the text dated. */
const DAY_OF_EVENT =
  /\bon\s+the\s+(first\s+|opening\s+)?(?:night|day|morning|evening|afternoon)\s+of\s+(?:the|its|his|her|their)\s+([a-z][a-z-]{2,})\b/i;
/** "The trial … opened on Monday": the sentence tells the day the event began, its first day. */
const EVENT_BEGAN = /\b(?:opened|began|started|got\s+under\s+way|commenced)\b/;

/** The day the article gave the event named in "on the night of the disruption": a day within 40 characters of that noun, before the claim. */
function dayOfEventNamed(ctx: EnglishDayContext, d: Draft, around: string): DateMention | null {
  const m = DAY_OF_EVENT.exec(around);
  if (!m) return null;
  const noun = new RegExp(`\\b${m[2] as string}\\b`, "gi");
  // ("on the first day of the trial": the day the sentence says it began, however far from the noun)
  const firstDay = m[1] !== undefined;
  for (const s of ctx.sentences) {
    if (s.start >= d.cueStart) break;
    const slice = ctx.text.slice(s.start, s.end);
    noun.lastIndex = 0;
    const at = noun.exec(slice);
    if (!at) continue;
    const from = s.start + at.index;
    const began = firstDay && EVENT_BEGAN.test(slice);
    const days = findDates(ctx.text, "en", s.start, s.end, ctx.pub).filter(
      (x) => x.date && (began || Math.max(x.start - from - at[0].length, from - x.end) <= 40),
    );
    if (days[0]) return days[0];
  }
  return null;
}

export interface EnglishDayContext {
  text: string;
  sentences: Sentence[];
  lede: Sentence | undefined;
  /** The article's occasions with a day (occasionsOf), found the first time a claim is tied to one. */
  occasions: Map<string, OccasionDay[]> | null;
  /** A live blog's dateline day: the story's day, and the day its posts' present tense speaks on. */
  liveDay: DateMention | null;
  pub: Date | null;
}

export function englishDayContext(text: string, sentences: Sentence[], pub: Date | null): EnglishDayContext {
  return {
    text,
    sentences,
    lede: ledeSentence(text, sentences),
    occasions: null,
    liveDay: liveBlogDay(text, pub),
    pub,
  };
}

/** The article's occasions with a day: a scan of every sentence, so only for an article whose claims need it. */
function occasionsOf(ctx: EnglishDayContext): Map<string, OccasionDay[]> {
  ctx.occasions ??= occasionDays(ctx.text, ctx.sentences, ctx.pub);
  return ctx.occasions;
}

/** The claim's own words outside its content tie it to an occasion ("said after play"). */
function tiedToOccasion(text: string, sentences: Sentence[], d: Draft): boolean {
  const s = sentenceAt(sentences, d.cueStart);
  return s !== null && TIE_TO_OCCASION.test(speakerLine(text, d, s, null));
}

/** The claim's own words outside its content give it in an interview, a note or a post ("said in an interview"). */
function inMedium(text: string, sentences: Sentence[], d: Draft): boolean {
  const s = sentenceAt(sentences, d.cueStart);
  return s !== null && MEDIUM.test(speakerLine(text, d, s, null));
}

/** Words opening with a figure ("2,000 homes …", "about $4m …"): background numbers, cited from no one occasion. */
const OPENING_FIGURE = /^(?:(?:some|about|around|nearly|almost|more than|over|up to|at least)\s+)?[\d$€£]/i;
/** Whether the day `source` is written in the sentence of `d`'s cue ("said in a statement on Saturday"). */
function datedInOwnSentence(sentences: Sentence[], d: Draft, source: DateMention): boolean {
  const s = sentenceAt(sentences, d.cueStart);
  return s !== null && source.start >= s.start && source.end <= s.end;
}

/** A mention opening with a determiner: a body, a document or figures, not a person by name. */
const BODY_OR_DOCUMENT = /^(?:the|a|an|its|their|his|her)\s/i;

/** What the speaker's last claim got: its day and where from, or why it stayed null. */
interface Earlier {
  date: string | null;
  source: DateMention | null;
  /** The day came from the article's running time, not from the claim's own words. */
  inherited?: boolean;
  undated?: UndatedReason;
}

/**
 * An English claim with no day of its own: the day of the occasion its words tie it to ("at the same
 * briefing"), or why it stays null; null when the running day of the story applies. `same` is what the
 * speaker's previous claim (`earlierDraft`) got.
 */
export function englishDay(
  ctx: EnglishDayContext,
  d: Draft,
  same: Earlier | null,
  earlierDraft: Draft | null,
  line: [number, number] | null,
): { occasion?: DateMention; undated?: UndatedReason } | null {
  const { text, sentences, lede } = ctx;
  const s = sentenceAt(sentences, d.cueStart);
  const around = s ? speakerLine(text, d, s, line) : "";
  // "At the same briefing, …", "…, he said after play": the day the article gave that occasion
  const occasion = occasionDayOf(ctx, d, around) ?? dayOfEventNamed(ctx, d, around);
  if (occasion) return { occasion };
  const para = s?.para ?? paragraphAt(sentences, d.cueStart);
  const place = {
    headline: para === 0 && (lede?.para ?? 0) > 0,
    lede: para <= (lede?.para ?? 0),
    live: ctx.liveDay !== null && d.cueStart > ctx.liveDay.end,
  };
  const why =
    undatedReason(text, d, s, around, place) ??
    (earlierDraft === null && dayInSpeakerClause(text, d, ctx.pub) ? "not-a-day" : null);
  // "Aldridge said after play that …" then "“…,” Aldridge told Sky Sport": an outlet's words from the
  // speaker just quoted at a dated occasion are that occasion's, not an interview of their own ("said in an
  // interview published on Sunday …" then "He told the daily …": that interview's)
  if (
    why === "medium" &&
    !MEDIUM.test(around) &&
    same?.source &&
    earlierDraft !== null &&
    paragraphAt(sentences, earlierDraft.cueStart) >= para - 1 &&
    (tiedToOccasion(text, sentences, earlierDraft) ||
      afterDaysOccasion(text, same.source) ||
      (same.inherited === false && inMedium(text, sentences, earlierDraft)) ||
      (same.inherited === false && sameSentenceDay(sentences, earlierDraft, d, same.source)))
  )
    return { occasion: same.source };
  // "JP Morgan analysts said in a note on Sunday …" then "The analysts added …": the same commentators going on,
  // right after words their own sentence dated
  if (
    why === "commentary" &&
    same?.source &&
    same.inherited === false &&
    earlierDraft !== null &&
    paragraphAt(sentences, earlierDraft.cueStart) >= para - 1 &&
    datedInOwnSentence(sentences, earlierDraft, same.source)
  )
    return { occasion: same.source };
  // "X said on Tuesday …" then "…, according to X" or "According to X, …" (past a writer's paragraph between):
  // the person just quoted, going on at that occasion (not "According to the agency, …": a body's figures,
  // cited from no one occasion; but "…, according to the agency" after "The agency said in a statement on
  // Tuesday …", or "According to the agency, …" in the paragraph right after a statement its own sentence dates,
  // goes on with that statement — unless a figure opens its words: "According to the agency, 2,000 homes …")
  const cited = BODY_OR_DOCUMENT.test(text.slice(d.mentionStart, d.mentionEnd));
  const ownSentence =
    !!same?.source && earlierDraft !== null && datedInOwnSentence(sentences, earlierDraft, same.source);
  if (
    why === "according" &&
    same?.source &&
    earlierDraft !== null &&
    (!cited ||
      (madeInStatement(text, sentences, earlierDraft) &&
        (d.contentEnd <= d.cueStart ||
          (ownSentence && !OPENING_FIGURE.test(text.slice(d.contentStart, d.contentStart + 24))))) ||
      // ("The company, …, said on Monday that …" then "…, according to the company."): the tag after the words
      (ownSentence && same.inherited === false && d.contentEnd <= d.cueStart)) &&
    paragraphAt(sentences, earlierDraft.cueStart) >= para - (d.contentEnd <= d.cueStart || cited ? 1 : 2)
  )
    return { occasion: same.source };
  // "…, the railway said yesterday." (the lede) then "…, according to the railway.": a body cited again after
  // the dated statement the story reports goes on with it (not "According to the agency, …" opening
  // background figures, nor "according to ministry statistics": figures from no one occasion)
  if (
    why === "according" &&
    d.contentEnd <= d.cueStart &&
    same?.source &&
    same.inherited === false &&
    earlierDraft !== null &&
    paragraphAt(sentences, earlierDraft.cueStart) <= (lede?.para ?? 0) &&
    !EVIDENCE_NOUN.test(text.slice(d.mentionStart, d.mentionEnd))
  )
    return { occasion: same.source };
  // "He said …" (the day running on from "told reporters on Monday") then "…, according to the harbour master.":
  // the tag after the words of the speaker quoted in the paragraph just before goes on with them
  if (
    why === "according" &&
    d.contentEnd <= d.cueStart &&
    same?.inherited === true &&
    !same.undated &&
    earlierDraft !== null &&
    // (a person by name goes on past one paragraph of the writer's between: "Senator X asked Y why …")
    paragraphAt(sentences, earlierDraft.cueStart) >= para - (cited ? 1 : 2) &&
    paragraphAt(sentences, earlierDraft.cueStart) < para &&
    !EVIDENCE_NOUN.test(text.slice(d.mentionStart, d.mentionEnd))
  )
    return null;
  // a document speaks in the present from the day it came out ("a study published Wednesday" …
  // "The study suggests"); a person's present tense, an interview or a year is no day of the story (not
  // "“…,” says Said" after "a preprint posted on 4 March" by the team he leads)
  const fromDocument =
    Boolean(same?.date) &&
    documentDay(text, same?.source ?? null) &&
    (d.mentionStart < 0 || BODY_OR_DOCUMENT.test(text.slice(d.mentionStart, d.mentionEnd)));
  // the same speaker's next words, unless a new occasion comes between ("Questioned by counsel …")
  const chained =
    earlierDraft !== null &&
    same?.undated !== undefined &&
    same.undated !== "according" &&
    paragraphAt(sentences, earlierDraft.cueStart) >= para - 1 &&
    !OCCASION_TIE.test(around);
  const undated =
    why === null
      ? chained
      : why === "manner"
        ? !same || chained
        : why === "present" || why === "according"
          ? !fromDocument
          : true;
  const reason = why ?? same?.undated;
  return undated && reason ? { undated: reason } : null;
}
