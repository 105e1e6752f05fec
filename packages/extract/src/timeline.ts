import { datelineDay } from "./ar/dateline-day.ts";
import { atLeadEvent } from "./ar/event-occasion.ts";
import { atSameOccasion, relayedByStatement } from "./ar/same-occasion.ts";
import { leadDays, toldDays } from "./ar/told-days.ts";
import {
  continuesPrevious,
  type DatingRun,
  daysBackFromContinuations,
  takesEnglishDay,
  takesNeighbourDay,
  unplacedVoice,
} from "./borrowed-days.ts";
import { isoDay } from "./calendar-days.ts";
import { type DateMention, findDates, inPastPeriod, statementDays } from "./dates.ts";
import type { Draft } from "./draft.ts";
import { documentDay, englishDayContext, paperDay, type UndatedReason } from "./en/dating.ts";
import { dayOfDocumentNamed } from "./en/document-said.ts";
import { sceneDay } from "./en/event-days.ts";
import { daysFromLaterStatements, presentBetweenSameDay } from "./en/later-days.ts";
import { ledeSourceTakesNextDay } from "./en/lede-source-day.ts";
import {
  firstSourceTakesNextDay,
  firstWordsTakeNextDay,
  outletWordsTakeNextDay,
  sourceTakesRelativeDay,
} from "./en/next-own-day.ts";
import { dayBeforeRunning } from "./en/previous-day.ts";
import { replyTakesQuestionDay } from "./en/reply-day.ts";
import { sentenceRivals, takenByRival } from "./en/rival-cues.ts";
import { sceneVoice } from "./en/scene-run.ts";
import { sectionDays } from "./en/section-datelines.ts";
import { inSpeakerClause } from "./en/speaker-clause-days.ts";
import { personGoesOnWithDay } from "./en/speaker-goes-on-day.ts";
import { contentParts } from "./en/split-quote-lines.ts";
import { DATELINE_END, storyDate } from "./en/story-date.ts";
import { updateDays } from "./en/update-labels.ts";
import { outsideContents } from "./outside-contents.ts";
import { paragraphAt, type Sentence } from "./text/segment.ts";
import { firstAtOrAfter, startOf } from "./text/sorted.ts";

const FRAME_REACH = 400;

export interface Dated {
  date: string | null;
  source: DateMention | null;
  /** The date came from the article's running time, not from the claim's own words. */
  inherited: boolean;
  /** English: the words place the statement off the story's days (see UndatedReason); it stays null. */
  undated?: UndatedReason;
}

export interface Scene {
  sentence: Sentence;
  /** Dates only what follows it (English "Passengers interviewed by the Observer on Tuesday were divided."). */
  forward?: boolean;
}

/**
 * Assigns each claim the time it was made: its own time words (outside its content); else the time of
 * the claim it continues; else the article's running time. A scene sentence («جاء ذلك خلال مؤتمر صحفي …
 * الاثنين», "The remarks came at a rally Monday") dates the statements, undated ones too, of the paragraph
 * before it and those after it. A pluperfect statement keeps its own date without moving the running time.
 */
export function assignDates(
  text: string,
  lang: "ar" | "en",
  drafts: Draft[],
  scenes: Scene[],
  sentences: Sentence[],
  pub: Date | null,
  speakers: readonly (object | null)[] = [],
): Dated[] {
  const out: Dated[] = drafts.map(() => ({ date: null, source: null, inherited: true }));
  const events: TimeEvent[] = [
    ...drafts.map((d, i) => ({ pos: d.cueStart, claim: i })),
    ...scenes.map((scene) => ({ pos: scene.sentence.start, scene })),
    ...(lang === "ar" ? toldDays(text, sentences, drafts, scenes, pub) : []),
  ].sort((a, b) => a.pos - b.pos);
  // every time expression of the article, found in one pass; claims look theirs up by position
  // English: the speaker line inside a split quotation («“…,” she told reporters on Thursday. “…”»)
  // is the statement's frame, not its content
  const lines = new Map<Draft, [number, number]>();
  const parts = lang === "en" ? contentParts(text, drafts, lines) : drafts;
  const near = datesNearClaims(text, lang, parts, scenes, pub);
  // a time word inside any claim's content dates what was reported, not a neighbouring
  // statement («أكدت الوزارة أن … خلال الأسبوع الماضي، مشيرة إلى …» — the participle is not last week's)
  // (English too: "Rojas said the committee would meet on Wednesday, but warned that …")
  // (a day after publication is a plan's — "adjourned the debate to Tuesday, June 30", «في 2 كانون الثاني» in
  // a paper of 30 December — no statement's; in English neither is a day something runs from: "from March 1")
  const published = pub ? isoDay(pub) : null;
  const mentions = outsideContents(statementDays(text, near, published, lang === "en"), parts);
  // English news gives the day of its main event once, in the lede ("… said on Tuesday"); the
  // statements that follow without a day of their own are that day's, not the day of whichever
  // other voice was dated last ("X said last week"). Arabic reports move the time with each scene.
  const english = lang === "en" ? englishDayContext(text, sentences, pub) : null;
  const arabicLead = lang === "ar" ? leadDays(text, sentences, drafts, pub) : null;
  const current: DateMention | null = english
    ? (english.liveDay ?? storyDate(text, sentences, english.lede, pub, parts))
    : (arabicLead?.now ?? null);
  // (English: a roundup's later datelines each open a story with a day of its own)
  if (english && !english.liveDay)
    for (const x of sectionDays(text, sentences, english.lede, pub, parts))
      insertEvent(events, { pos: x.pos, section: x.day });
  // (English: "UPDATE, 3 p.m.:": what follows was written on the day of publication)
  if (english && !english.liveDay)
    for (const x of updateDays(text, sentences, english.lede, pub))
      insertEvent(events, { pos: x.pos, section: x.day });
  const run: DatingRun = {
    text,
    lang,
    drafts,
    sentences,
    speakers,
    out,
    mentions,
    lines,
    english,
    current,
    storyDay: current,
    // (Arabic: the day of the lead's news, even inside its content, dates the statements made at that event)
    eventDay: arabicLead?.event ?? null,
    // (English: each sentence's statements, for the time words beside another's verb)
    rivalsByFrame: english ? sentenceRivals(drafts) : null,
    lastBySpeaker: new Map<object, number>(),
    cuesByFrame: lang === "ar" ? cuesByFrame(drafts) : new Map<number, number[]>(),
    pending: [],
    // Arabic: a voice first quoted past the lede that told the paper its words, or holds them in the present, has
    // no day of the story's (unplaced-voice.ts), nor have its next words with none of their own, unless a scene
    // sentence dated it
    ledePara: drafts[0] ? paragraphAt(sentences, drafts[0].cueStart) : 0,
    unplaced: new Set<number>(),
  };
  for (const ev of events) {
    // Arabic: a sentence that reports no statement but tells when something happened («استقبل رئيس
    // الحكومة مساء الخميس وفدا …», «وكان الاتفاق قد وقع مساء أمس») moves the article's time
    // (a new topic, «وفي سياق آخر، …», is told with no day: it leaves the scene's day behind)
    if (ev.section) run.current = ev.section;
    else if (ev.told) run.current = ev.told.date ? ev.told : null;
    else if (ev.scene) datePendingByScene(run, ev.scene);
    else dateClaim(run, ev.claim as number);
  }
  // English: a lede with no day takes the day the same speaker is next quoted on with a day of its own
  if (english) daysFromLaterStatements(run, english);
  if (english) firstWordsTakeNextDay(run);
  if (english) firstSourceTakesNextDay(run);
  if (english) outletWordsTakeNextDay(run);
  if (english) sourceTakesRelativeDay(run);
  if (english) ledeSourceTakesNextDay(run, english.lede);
  if (english) presentBetweenSameDay(run);
  if (english) personGoesOnWithDay(run);
  if (lang === "ar") daysBackFromContinuations(drafts, out);
  return out;
}

type TimeEvent = { pos: number; claim?: number; scene?: Scene; told?: DateMention; section?: DateMention };

/** Arabic only: each frame's cues, in claim order. */
function cuesByFrame(drafts: Draft[]): Map<number, number[]> {
  const byFrame = new Map<number, number[]>();
  for (const x of drafts) {
    const cues = byFrame.get(x.frameStart);
    if (cues) cues.push(x.cueStart);
    else byFrame.set(x.frameStart, [x.cueStart]);
  }
  return byFrame;
}

/** A scene sentence with a day: it becomes the running time and dates the statements waiting for one. */
function datePendingByScene(run: DatingRun, scene: Scene): void {
  const { drafts, out, sentences, lang } = run;
  const { sentence } = scene;
  const first = datesWithin(run.mentions, sentence.start, sentence.end)[0];
  // (English: "The remarks came a day after … on Saturday" is Sunday's scene)
  const found = first && run.english ? sceneDay(run.text, sentence.start, first) : first;
  if (scene.forward) {
    if (found) run.current = found;
    return;
  }
  const waiting = run.pending;
  run.pending = [];
  if (!found) return;
  run.current = found;
  // a scene sentence closing the paragraph of a statement («…. جاء ذلك في حديث إذاعي صباح اليوم»)
  // is that statement's, not the paragraph's before
  const ownPara = waiting.some(
    (i) => paragraphAt(sentences, (drafts[i] as Draft).cueStart) === sentence.para,
  );
  const voice = lang === "en" ? sceneVoice(drafts, out, run.speakers, sentences, sentence, waiting) : null;
  for (const i of waiting) {
    const d = drafts[i] as Draft;
    const o = out[i] as Dated;
    if (!o.inherited) continue;
    const p = paragraphAt(sentences, d.cueStart);
    // Arabic: statements that had no time at all take the scene's, however far back they began
    if (
      p === sentence.para ||
      (p === sentence.para - 1 && !ownPara) ||
      (lang === "ar" && o.date === null && !run.unplaced.has(i)) ||
      (voice !== null && i >= voice)
    )
      Object.assign(o, { date: found.date, source: found, undated: undefined });
  }
}

/** Dates claim i: its own day; else the claim it continues; else a day English ties it to; else the running day. */
function dateClaim(run: DatingRun, i: number): void {
  const { drafts, out, speakers, english } = run;
  const d = drafts[i] as Draft;
  const o = out[i] as Dated;
  const speaker = speakers[i] ?? null;
  const earlier = speaker ? run.lastBySpeaker.get(speaker) : undefined;
  if (speaker) run.lastBySpeaker.set(speaker, i);
  if (takesOwnDay(run, d, o)) return;
  // Arabic: «وشددت الوزارة، في الدورية نفسها، …»: the day of the speaker's statement in that document
  const before = earlier !== undefined ? (out[earlier] as Dated) : null;
  if (run.lang === "ar" && before?.date && atSameOccasion(run.text, d)) {
    Object.assign(o, { date: before.date, source: before.source, inherited: true });
    return;
  }
  // Arabic: «ونقل البيان عن X قولها إن …»: the words the statement just reported relays are of its day
  const reported = i > 0 ? (out[i - 1] as Dated) : null;
  if (run.lang === "ar" && reported?.date && relayedByStatement(run.text, d)) {
    Object.assign(o, { date: reported.date, source: reported.source, inherited: true });
    return;
  }
  if (run.lang === "ar" && inPastPeriod(run.text, d.cueEnd, d.contentStart)) return;
  if (continuesPrevious(run, i, speaker)) return;
  // English: "Rojas said …" again is the day Rojas was last quoted on; else the day of the claim
  // just before in the same paragraph ("The army said yesterday … A spokesman said …")
  // (English: "X said in a letter dated …. The letter said …": the letter's day)
  const document = english ? dayOfDocumentNamed(run.text, run.sentences, drafts, out, i) : null;
  if (document) {
    Object.assign(o, { date: document.date, source: document, inherited: true });
    return;
  }
  // (English: "had told a meeting … the previous day that …": the day before the running day)
  const dayBefore = english ? dayBeforeRunning(run.text, d, run.current) : null;
  if (dayBefore) {
    Object.assign(o, { date: dayBefore.date, source: dayBefore, inherited: false });
    return;
  }
  // (English: "Replying, the minister said …": the day the question was put)
  const reply = english ? replyTakesQuestionDay(run.text, run.sentences, drafts, out, i) : null;
  if (reply) {
    Object.assign(o, { date: reply.date, source: reply.source, inherited: true });
    return;
  }
  const same = english && earlier !== undefined ? (out[earlier] as Dated) : null;
  if (english && takesEnglishDay(run, i, same, earlier)) return;
  if (takesNeighbourDay(run, i, same)) return;
  run.pending.push(i);
  if (unplacedVoice(run, i, speaker, earlier)) {
    run.unplaced.add(i);
    return;
  }
  if (run.current) Object.assign(o, { date: run.current.date, source: run.current, inherited: true });
}

/** The claim's own time words date it (and move the running time, unless told in the background). */
function takesOwnDay(run: DatingRun, d: Draft, o: Dated): boolean {
  const { text, english } = run;
  // Arabic: a time word across another statement's verb is that statement's («وكانت الحكومة قد أعلنت
  // الأسبوع الماضي أنها …، غير أن الحوثيين قالوا إن …»)
  // (a statement whose subject is the earlier one's, «وكان الديوان قد أعلن في 12 جانفي …، في خطوة قال
  // إنها …», or that has none, still shares its time)
  const others =
    run.lang === "ar" && d.mentionStart >= 0
      ? (run.cuesByFrame.get(d.frameStart) ?? []).filter(
          (x) => x !== d.cueStart && (x > d.cueStart || x < d.mentionStart),
        )
      : [];
  const rivals = run.rivalsByFrame?.get(d.frameStart);
  const own =
    ownDate(run.mentions, d, run.lines.get(d) ?? null, others, english ? null : text, rivals, text) ??
    (run.eventDay && atLeadEvent(text, d) ? run.eventDay : null);
  // (English: "KUALA LUMPUR, Nov 27 -- …": the dateline is the story's running day, not the lede's own)
  if (
    !own ||
    (english && own.start === run.storyDay?.start && DATELINE_END.test(text.slice(own.end, own.end + 24)))
  )
    return false;
  Object.assign(o, { date: own.date, source: own, inherited: false });
  // (English: a paper's day, "published in … on 4 June", is the paper's, not the story's)
  if (!d.backgrounded && (!english || (!run.current && !documentDay(text, own) && !paperDay(text, own))))
    run.current = own;
  return true;
}

/** Time expressions in the regions where claims and scene sentences can take them from, in text order. */
function datesNearClaims(
  text: string,
  lang: "ar" | "en",
  drafts: Draft[],
  scenes: Scene[],
  pub: Date | null,
): DateMention[] {
  const ranges: [number, number][] = [];
  // only around the content: time words inside it date the reported events, not the statement
  for (const d of drafts) {
    const from = Math.max(d.frameStart, d.cueStart - FRAME_REACH);
    const to = Math.min(d.frameEnd, d.cueEnd + FRAME_REACH);
    ranges.push([from, Math.max(from, Math.min(to, d.contentStart))]);
    ranges.push([Math.min(to, Math.max(from, d.contentEnd)), to]);
  }
  for (const s of scenes) ranges.push([s.sentence.start, s.sentence.end]);
  ranges.sort((a, b) => a[0] - b[0]);
  const out: DateMention[] = [];
  let from = -1;
  let to = -1;
  for (const [s, e] of ranges) {
    if (s <= to) to = Math.max(to, e);
    else {
      datesWithinRange(text, lang, from, to, pub, out);
      [from, to] = [s, e];
    }
  }
  datesWithinRange(text, lang, from, to, pub, out);
  return out;
}

/** Adds the resolved time expressions of text[from, to) to out. */
function datesWithinRange(
  text: string,
  lang: "ar" | "en",
  from: number,
  to: number,
  pub: Date | null,
  out: DateMention[],
): void {
  // (a range of days is kept: a statement made over several days has no one day, nor the running one)
  if (to > from) for (const m of findDates(text, lang, from, to, pub)) if (m.date || m.range) out.push(m);
}

/** The mentions inside [from, to), by binary search over the sorted list. */
function datesWithin(mentions: DateMention[], from: number, to: number): DateMention[] {
  const out: DateMention[] = [];
  for (
    let k = firstAtOrAfter(mentions, from, startOf);
    k < mentions.length && (mentions[k] as DateMention).end <= to;
    k++
  )
    out.push(mentions[k] as DateMention);
  return out;
}

/**
 * The claim's own time words: in its frame near the cue, outside its content (a split quotation's speaker
 * `line` is frame); the nearest wins.
 */
function ownDate(
  mentions: DateMention[],
  d: Draft,
  line: [number, number] | null,
  otherCues: number[] = [],
  arabicText: string | null = null,
  rivals: readonly Draft[] = [],
  text = "",
): DateMention | null {
  const from = Math.max(d.frameStart, d.cueStart - FRAME_REACH);
  const to = Math.min(d.frameEnd, d.cueEnd + FRAME_REACH);
  const found = datesWithin(mentions, from, to).filter(
    (m) =>
      (m.end <= d.contentStart ||
        m.start >= d.contentEnd ||
        (line !== null && m.start >= line[0] && m.end <= line[1])) &&
      !acrossAnotherCue(m, d, otherCues) &&
      !(rivals.length && takenByRival(text, m, d, rivals)) &&
      !(arabicText === null && inSpeakerClause(text, m, d)),
  );
  if (!found.length) return null;
  // «كادقلي 9 يونيو 2026 – أعلن البرنامج، في بيان الاثنين، …», "PORT LOUIS, Friday 20 November — X said
  // on the sidelines of … on Monday": the dateline's day is the filing day; the statement's own comes first
  const dateline = (m: DateMention): boolean =>
    arabicText
      ? datelineDay(arabicText, m, d.cueStart)
      : m.end <= d.cueStart && DATELINE_END.test(text.slice(m.end, m.end + 24));
  const rank = (m: DateMention): number => Math.abs(m.start - d.cueStart) + (dateline(m) ? 1e6 : 0);
  found.sort((a, b) => rank(a) - rank(b));
  return found[0] ?? null;
}

/** The mention lies across another statement's cue from d's (before d's cue, or past it). */
// (at module level: under tsx's keepNames an inner closure is re-wrapped with __name on every call)
function acrossAnotherCue(m: DateMention, d: Draft, otherCues: number[]): boolean {
  return otherCues.some((c) => (c < d.cueStart && m.end <= d.cueStart) || (d.cueStart < c && c <= m.start));
}

/** Puts an event among the sorted ones, before the claims at its position. */
function insertEvent<T extends { pos: number }>(events: T[], ev: T): void {
  let i = 0;
  while (i < events.length && (events[i] as T).pos < ev.pos) i++;
  events.splice(i, 0, ev);
}
