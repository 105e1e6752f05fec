import { datelineDay } from "./ar/dateline-day.ts";
import { atLeadEvent } from "./ar/event-occasion.ts";
import { leadDays, toldDays } from "./ar/told-days.ts";
import {
  type DateMention,
  EN_WEEKDAY_ALTERNATION,
  findDates,
  inPastPeriod,
  isoDay,
  statementDays,
} from "./dates.ts";
import type { Draft } from "./draft.ts";
import { inAdditionalStatement } from "./en/additional.ts";
import { documentDay, englishDay, englishDayContext, paperDay, type UndatedReason } from "./en/dating.ts";
import { afterDaysOccasion, notTheEventDay, sceneDay } from "./en/event-days.ts";
import { daysFromLaterStatements } from "./en/later-days.ts";
import { sentenceRivals, takenByRival } from "./en/rival-cues.ts";
import { sceneVoice } from "./en/scene-run.ts";
import { contentParts } from "./en/split-quote-lines.ts";
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
  type Event = { pos: number; claim?: number; scene?: Scene; told?: DateMention };
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
  for (const ev of events) {
    // Arabic: a sentence that reports no statement but tells when something happened («استقبل رئيس
    // الحكومة مساء الخميس وفدا …», «وكان الاتفاق قد وقع مساء أمس») moves the article's time
    // (a new topic, «وفي سياق آخر، …», is told with no day: it leaves the scene's day behind)
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
          (lang === "ar" && o.date === null) ||
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
    if (current) Object.assign(o, { date: current.date, source: current, inherited: true });
    pending.push(i);
  }
  // English: a lede with no day takes the day the same speaker is next quoted on with a day of its own
  if (english) daysFromLaterStatements(text, drafts, out, speakers, sentences, english.lede, pub);
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

const LEDE_REACH = 600;
/** A modal or plan word in the clause before a day: the day is a plan's (not "was taken to hospital on Tuesday"). */
const PLANNED =
  /\b(?:would|will|could|should|might|may|(?<!\b(?:taken|rushed|airlifted|admitted|transferred|flown)[\s\u00A0]+)to(?![\s\u00A0]+\d)|plans?|planned|expected|scheduled|due)\b[^,.;:]*$/i;
/** A weekday or "yesterday": the kind of day a lede gives its event. */
const LEDE_DAY = new RegExp(
  `^(?:(?:on|last|late|early)\\s+)?(?:${EN_WEEKDAY_ALTERNATION}|yesterday)\\b|^last\\s+night\\b`,
  "i",
);
/** What closes a dateline after its date: the agency in brackets and the dash ("July 30 (Reuters) -"). */
const DATELINE_END = /^[\s\u00A0]*(?:\([A-Za-z .&]+\)[\s\u00A0]*)?[-—–]/;

/** The day of the article's main event: the first time word of its lede (the first paragraph with a full sentence). */
function storyDate(
  text: string,
  sentences: Sentence[],
  lede: Sentence | undefined,
  pub: Date | null,
  drafts: Draft[],
): DateMention | null {
  if (!lede) return null;
  const para = sentences.filter((s) => s.para === lede.para);
  const end = Math.min(lede.start + LEDE_REACH, (para[para.length - 1] as Sentence).end);
  let dateline: DateMention | null = null;
  // ("…, the minister said. On Monday, she also said …": the day of another statement after the lede's first)
  const all = findDates(text, "en", lede.start, end, pub).filter(
    (m) => m.start < lede.end || !inAdditionalStatement(text, drafts, m),
  );
  const published = pub ? isoDay(pub) : null;
  for (const m of outsideContents(all, drafts)) {
    if (!m.date) continue;
    if (notTheEventDay(text, m) || paperDay(text, m)) continue;
    // a day after publication is a plan, not the event
    if (published && m.date > published) continue;
    // "SAN JOSE, Calif., July 30 (Reuters) - X said on Wednesday …": the dateline gives the day the
    // story was filed; the lede's own day, when it has one, is the event's
    if (!dateline && DATELINE_END.test(text.slice(m.end, m.end + 24))) {
      dateline = m;
      continue;
    }
    return m;
  }
  if (dateline) return dateline;
  // "A wildfire forced 8,000 people from their homes on Tuesday, fire officials said": when the lede
  // dates only what it reports, that is the story's day (not a plan: nothing after publication)
  return (
    reportedDay(text, all, lede.start, pub) ?? nextParagraphDay(text, sentences, lede.para + 1, pub, drafts)
  );
}

/**
 * The first of `mentions` that is a day the reported event happened on: a weekday or "yesterday", not after
 * publication, not a plan ("the committee would meet on Wednesday", looked for back to `floor`).
 */
function reportedDay(
  text: string,
  mentions: DateMention[],
  floor: number,
  pub: Date | null,
): DateMention | null {
  const published = pub ? isoDay(pub) : null;
  for (const m of mentions) {
    if (!m.date || (published && m.date > published)) continue;
    if (notTheEventDay(text, m)) continue;
    if (!LEDE_DAY.test(text.slice(m.start, m.end))) continue;
    if (PLANNED.test(text.slice(Math.max(floor, m.start - 60), m.start)) && !afterDaysOccasion(text, m))
      continue;
    return m;
  }
  return null;
}

/**
 * "X has told a public inquiry he … ." then "X was giving evidence on Thursday …": a lede with no day
 * leaves it to the paragraph after it; only a weekday or "yesterday" there, outside any claim's content.
 */
function nextParagraphDay(
  text: string,
  sentences: Sentence[],
  para: number,
  pub: Date | null,
  drafts: Draft[],
): DateMention | null {
  const next = sentences.filter((s) => s.para === para);
  if (!next.length) return null;
  const start = (next[0] as Sentence).start;
  const end = Math.min(start + LEDE_REACH, (next[next.length - 1] as Sentence).end);
  const found = outsideContents(findDates(text, "en", start, end, pub), drafts);
  return reportedDay(
    text,
    found.filter((m) => !inAdditionalStatement(text, drafts, m)),
    start,
    pub,
  );
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

/** The mentions that fall inside no claim's content. */

function outsideContents(mentions: DateMention[], drafts: Draft[]): DateMention[] {
  if (!mentions.length) return mentions;
  const spans = drafts.map((d) => [d.contentStart, d.contentEnd] as const).sort((a, b) => a[0] - b[0]);
  // (the furthest end of the contents starting at or before each span's start)
  const reach: number[] = [];
  for (const [, e] of spans) reach.push(Math.max(e, reach[reach.length - 1] ?? -Infinity));
  return mentions.filter((m) => {
    const k = firstAtOrAfter(spans, m.start + 1, (x) => x[0]) - 1;
    return k < 0 || m.end > (reach[k] as number);
  });
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
