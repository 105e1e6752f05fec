import { datelineDay } from "./ar/dateline-day.ts";
import { atLeadEvent } from "./ar/event-occasion.ts";
import { atSameOccasion } from "./ar/same-occasion.ts";
import { leadDays, toldDays } from "./ar/told-days.ts";
import { isoDay } from "./calendar-days.ts";
import { type DateMention, findDates, inPastPeriod, statementDays } from "./dates.ts";
import type { Draft } from "./draft.ts";
import { documentDay, englishDay, englishDayContext, paperDay, type UndatedReason } from "./en/dating.ts";
import { dayOfDocumentNamed } from "./en/document-said.ts";
import { sceneDay } from "./en/event-days.ts";
import { daysFromLaterStatements } from "./en/later-days.ts";
import { firstWordsTakeNextDay } from "./en/next-own-day.ts";
import { sentenceRivals, takenByRival } from "./en/rival-cues.ts";
import { sceneVoice } from "./en/scene-run.ts";
import { sectionDays } from "./en/section-datelines.ts";
import { contentParts } from "./en/split-quote-lines.ts";
import { DATELINE_END, storyDate } from "./en/story-date.ts";
import { updateDays } from "./en/update-labels.ts";
import { outsideContents } from "./outside-contents.ts";
import { paragraphAt, type Sentence } from "./text/segment.ts";
import { firstAtOrAfter, startOf } from "./text/sorted.ts";
import { offTheEvent } from "./unplaced-voice.ts";

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
  type Event = { pos: number; claim?: number; scene?: Scene; told?: DateMention; section?: DateMention };
  const events: Event[] = [
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
  let current: DateMention | null = english
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
  const storyDay = current;
  // (Arabic: the day of the lead's news, even inside its content, dates the statements made at that event)
  const eventDay = arabicLead?.event ?? null;
  // (English: each sentence's statements, for the time words beside another's verb)
  const rivalsByFrame = english ? sentenceRivals(drafts) : null;
  const lastBySpeaker = new Map<object, number>();
  // (Arabic only: each frame's cues, in claim order)
  const cuesByFrame = new Map<number, number[]>();
  if (lang === "ar")
    for (const x of drafts) {
      const cues = cuesByFrame.get(x.frameStart);
      if (cues) cues.push(x.cueStart);
      else cuesByFrame.set(x.frameStart, [x.cueStart]);
    }
  let pending: number[] = []; // claims dated by the running time since the last scene sentence
  // Arabic: a voice first quoted past the lede that told the paper its words, or holds them in the present, has
  // no day of the story's (unplaced-voice.ts), nor have its next words with none of their own, unless a scene
  // sentence dated it
  const ledePara = drafts[0] ? paragraphAt(sentences, drafts[0].cueStart) : 0;
  const unplaced = new Set<number>();
  for (const ev of events) {
    // Arabic: a sentence that reports no statement but tells when something happened («استقبل رئيس
    // الحكومة مساء الخميس وفدا …», «وكان الاتفاق قد وقع مساء أمس») moves the article's time
    // (a new topic, «وفي سياق آخر، …», is told with no day: it leaves the scene's day behind)
    if (ev.section) {
      current = ev.section;
      continue;
    }
    if (ev.told) {
      current = ev.told.date ? ev.told : null;
      continue;
    }
    if (ev.scene) {
      const { sentence } = ev.scene;
      const first = datesWithin(mentions, sentence.start, sentence.end)[0];
      // (English: "The remarks came a day after … on Saturday" is Sunday's scene)
      const found = first && english ? sceneDay(text, sentence.start, first) : first;
      const waiting = pending;
      pending = [];
      if (!found) continue;
      current = found;
      // a scene sentence closing the paragraph of a statement («…. جاء ذلك في حديث إذاعي صباح اليوم»)
      // is that statement's, not the paragraph's before
      const ownPara = waiting.some(
        (i) => paragraphAt(sentences, (drafts[i] as Draft).cueStart) === sentence.para,
      );
      const voice = lang === "en" ? sceneVoice(drafts, out, speakers, sentences, sentence, waiting) : null;
      for (const i of waiting) {
        const d = drafts[i] as Draft;
        const o = out[i] as Dated;
        if (!o.inherited) continue;
        const p = paragraphAt(sentences, d.cueStart);
        // Arabic: statements that had no time at all take the scene's, however far back they began
        if (
          p === sentence.para ||
          (p === sentence.para - 1 && !ownPara) ||
          (lang === "ar" && o.date === null && !unplaced.has(i)) ||
          (voice !== null && i >= voice)
        )
          Object.assign(o, { date: found.date, source: found, undated: undefined });
      }
      continue;
    }
    const i = ev.claim as number;
    const d = drafts[i] as Draft;
    const o = out[i] as Dated;
    const speaker = speakers[i] ?? null;
    const earlier = speaker ? lastBySpeaker.get(speaker) : undefined;
    if (speaker) lastBySpeaker.set(speaker, i);
    // Arabic: a time word across another statement's verb is that statement's («وكانت الحكومة قد أعلنت
    // الأسبوع الماضي أنها …، غير أن الحوثيين قالوا إن …»)
    // (a statement whose subject is the earlier one's, «وكان الديوان قد أعلن في 12 جانفي …، في خطوة قال
    // إنها …», or that has none, still shares its time)
    const others =
      lang === "ar" && d.mentionStart >= 0
        ? (cuesByFrame.get(d.frameStart) ?? []).filter(
            (x) => x !== d.cueStart && (x > d.cueStart || x < d.mentionStart),
          )
        : [];
    const rivals = rivalsByFrame?.get(d.frameStart);
    const own =
      ownDate(mentions, d, lines.get(d) ?? null, others, english ? null : text, rivals, text) ??
      (eventDay && atLeadEvent(text, d) ? eventDay : null);
    // (English: "KUALA LUMPUR, Nov 27 -- …": the dateline is the story's running day, not the lede's own)
    if (
      own &&
      !(english && own.start === storyDay?.start && DATELINE_END.test(text.slice(own.end, own.end + 24)))
    ) {
      Object.assign(o, { date: own.date, source: own, inherited: false });
      // (English: a paper's day, "published in … on 4 June", is the paper's, not the story's)
      if (!d.backgrounded && (!english || (!current && !documentDay(text, own) && !paperDay(text, own))))
        current = own;
      continue;
    }
    // Arabic: «وشددت الوزارة، في الدورية نفسها، …»: the day of the speaker's statement in that document
    const before = earlier !== undefined ? (out[earlier] as Dated) : null;
    if (lang === "ar" && before?.date && atSameOccasion(text, d)) {
      Object.assign(o, { date: before.date, source: before.source, inherited: true });
      continue;
    }
    if (lang === "ar" && inPastPeriod(text, d.cueEnd, d.contentStart)) continue;
    const prev = i > 0 ? (drafts[i - 1] as Draft) : null;
    const prevOut = i > 0 ? (out[i - 1] as Dated) : null;
    // Arabic: «وكانت الوزارة قد أعلنت، في بيان … الخميس الماضي، أن …. ودعت الوزارة …»: the same speaker
    // going on in the paragraph of its backgrounded statement goes on with that statement
    const goesOnBackground =
      lang === "ar" && !!prev?.backgrounded && !!speaker && speakers[i - 1] === speaker;
    if (
      (d.inherits || goesOnBackground) &&
      prev &&
      prevOut &&
      paragraphAt(sentences, prev.cueStart) === paragraphAt(sentences, d.cueStart)
    ) {
      Object.assign(o, {
        date: prevOut.date,
        source: prevOut.source,
        inherited: prevOut.inherited,
        undated: prevOut.undated,
      });
      if (o.inherited && !o.undated) pending.push(i);
      continue;
    }
    // English: "Rojas said …" again is the day Rojas was last quoted on; else the day of the claim
    // just before in the same paragraph ("The army said yesterday … A spokesman said …")
    // (English: "X said in a letter dated …. The letter said …": the letter's day)
    const document = english ? dayOfDocumentNamed(text, sentences, drafts, out, i) : null;
    if (document) {
      Object.assign(o, { date: document.date, source: document, inherited: true });
      continue;
    }
    const same = english && earlier !== undefined ? (out[earlier] as Dated) : null;
    if (english) {
      const earlierDraft = earlier !== undefined ? (drafts[earlier] as Draft) : null;
      const found = englishDay(english, d, same, earlierDraft, lines.get(d) ?? null);
      if (found?.occasion) {
        Object.assign(o, { date: found.occasion.date, source: found.occasion, inherited: true });
        continue;
      }
      if (found?.undated) {
        o.undated = found.undated;
        pending.push(i);
        continue;
      }
    }
    const neighbour =
      english && prev && paragraphAt(sentences, prev.cueStart) === paragraphAt(sentences, d.cueStart)
        ? prevOut
        : null;
    const from = same?.source ? same : neighbour?.source ? neighbour : null;
    if (from) {
      Object.assign(o, { date: from.date, source: from.source, inherited: true });
      if (from.inherited) pending.push(i);
      continue;
    }
    pending.push(i);
    if (
      lang === "ar" &&
      speaker &&
      (earlier !== undefined
        ? unplaced.has(earlier) && (out[earlier] as Dated).date === null
        : paragraphAt(sentences, d.cueStart) > ledePara &&
          // (not where its own paragraph told the day: «نظم مئات المعلمين وقفة … صباح اليوم. وقال أحد المحتجين لـ…»)
          !(current && paragraphAt(sentences, current.start) === paragraphAt(sentences, d.cueStart)) &&
          offTheEvent(text, sentences, d))
    ) {
      unplaced.add(i);
      continue;
    }
    if (current) Object.assign(o, { date: current.date, source: current, inherited: true });
  }
  // English: a lede with no day takes the day the same speaker is next quoted on with a day of its own
  if (english) daysFromLaterStatements(text, drafts, out, speakers, sentences, english.lede, pub);
  if (english) firstWordsTakeNextDay(text, drafts, out, speakers, sentences);
  // Arabic: «دعا X الطرفين إلى …، وقال في بيان نشره مكتبه الثلاثاء إن …»: the same speaker's statement
  // continued in the same sentence gives its day to the part before it that had none
  if (lang === "ar") {
    for (let i = drafts.length - 2; i >= 0; i--) {
      const d = drafts[i] as Draft;
      const next = drafts[i + 1] as Draft;
      const o = out[i] as Dated;
      const n = out[i + 1] as Dated;
      if (
        o.inherited &&
        !n.inherited &&
        n.date &&
        next.inherits &&
        next.frameStart === d.frameStart &&
        d.mentionStart >= 0
      )
        Object.assign(o, { date: n.date, source: n.source, inherited: true });
    }
  }
  return out;
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
      !(rivals.length && takenByRival(text, m, d, rivals)),
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
