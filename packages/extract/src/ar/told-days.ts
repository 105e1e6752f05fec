import { DAY_MS, isoDay } from "../calendar-days.ts";
import { type DateMention, findDates } from "../dates.ts";
import type { Draft } from "../draft.ts";
import { seatless } from "../text/chars.ts";
import type { Sentence } from "../text/segment.ts";
import type { Scene } from "../timeline.ts";
import { AR_WEEKDAY_ALTERNATION } from "./lexicon.ts";

/** A day named without digits: «اليوم», «أمس», «الأربعاء»; or hours ago: «منذ 3 ساعات» (a live blog's stamp). */
const AR_RELATIVE_DAY = seatless(
  new RegExp(
    `^(?:[^0-9\\u0660-\\u0669]*(?:اليوم|أمس|${AR_WEEKDAY_ALTERNATION})[^0-9\\u0660-\\u0669]*|(?:منذ|قبل)[\\s\\u00A0].*(?:ساع|دق)[\\p{L}]*)$`,
    "u",
  ),
);

/** «الجمعة 27 مارس/آذار 2026», «يوم الاثنين 9 نوفمبر»: a weekday with its date, a news day too. */
const WEEKDAY_AND_DATE = seatless(
  new RegExp(`^(?:يوم[\\s\\u00A0]+)?(?:${AR_WEEKDAY_ALTERNATION})[\\s\\u00A0،,]+[0-9\\u0660-\\u0669]`, "u"),
);

/**
 * Arabic: the day the lead paragraph names («قضت المحكمة، اليوم الأربعاء، …», «قتل 17 مدنيا …، بحسب ما
 * أفادت لجنة محلية الأربعاء») is the article's "now", until a statement gives its own time. A day inside a
 * claim's content («أفادت مصادر بأن الشرطة ألقت القبض، أمس الثلاثاء، على …») dates the reported event, not
 * when anything was said: it is no one's "now", only the day of the lead's event (`event`).
 */
export function leadDays(
  text: string,
  sentences: Sentence[],
  drafts: Draft[],
  pub: Date | null,
): { now: DateMention | null; event: DateMention | null } {
  const inContent = (m: DateMention) =>
    drafts.some((d) => m.start >= d.contentStart && m.end <= d.contentEnd);
  const days = newsDays(text, sentences, pub, AR_RELATIVE_DAY);
  if (days === null) return { now: null, event: null };
  // (the day of the lead's news, inside a claim's content or not, dates the statements made at that event:
  // «قضت المحكمة، اليوم الأربعاء، …، وفق ما أفاد مصدر»; «برأت المحكمة، الجمعة 27 مارس، …» too, though a
  // day with its date does not move the article's running time)
  const event = days[0] ?? newsDays(text, sentences, pub, WEEKDAY_AND_DATE)?.[0] ?? null;
  // (a dateline line's day stands in only for a lead that names none, not for one whose day is its news's)
  if (days.length) return { now: days.find((m) => !inContent(m)) ?? null, event };
  return { now: datelineDay(text, leadLines(text, sentences), pub), event };
}

/** The lead paragraph's days of the `shape` of a news day (`AR_RELATIVE_DAY`; no plan's); null with no lead. */
function newsDays(
  text: string,
  sentences: Sentence[],
  pub: Date | null,
  shape: RegExp,
): DateMention[] | null {
  const first = sentences[leadIndex(text, sentences)];
  if (!first) return null;
  let end = first.end;
  for (const s of sentences) {
    if (s.para !== first.para) break;
    end = s.end;
  }
  return findDates(text, "ar", first.start, end, pub).filter(
    (m) => m.date !== null && shape.test(text.slice(m.start, m.end)) && !plannedDay(text, first.start, m),
  );
}

/** The headline and dateline lines before the lead. */
const leadLines = (text: string, sentences: Sentence[]): Sentence[] =>
  sentences.slice(0, leadIndex(text, sentences));

/** «14:25»: a clock time. */
const CLOCK = /(?<![0-9\u0660-\u0669])[0-9\u0660-\u0669]{1,2}:[0-9\u0660-\u0669]{2}(?![0-9\u0660-\u0669])/u;
/**
 * «الرياض 7 جمادى الأولى 1448 هـ الموافق 17 نوفمبر 2026 م واس» on a line of its own before the lead: the
 * calendar day of a dateline line (within three days before publication) when the lead names no day.
 */
function datelineDay(text: string, lines: Sentence[], pub: Date | null): DateMention | null {
  if (!pub) return null;
  const latest = isoDay(pub);
  const earliest = isoDay(new Date(pub.getTime() - 3 * DAY_MS));
  for (const s of lines.reverse()) {
    const line = text.slice(s.start, s.end);
    // («09/07/2026 | 14:25»: a page's time stamp, with a clock time and no place, dates no statement)
    if (CLOCK.test(line)) continue;
    const day = findDates(text, "ar", s.start, s.end, pub).find(
      (m) =>
        m.date !== null &&
        m.date <= latest &&
        m.date >= earliest &&
        /[0-9\u0660-\u0669]/u.test(text.slice(m.start, m.end)),
    );
    if (day && /\p{L}{3}/u.test(text.slice(s.start, day.start) + text.slice(day.end, s.end))) return day;
  }
  return null;
}

/**
 * The first sentence of the lead paragraph: past a headline and a dateline line (up to two paragraphs of
 * one sentence with no closing punctuation: «مجلس الأمة يقر …», «الرياض 10 جمادى الأولى … واس»).
 */
function leadIndex(text: string, sentences: Sentence[]): number {
  let k = 0;
  for (let skipped = 0; skipped < 2; skipped++) {
    const s = sentences[k];
    const next = sentences[k + 1];
    // a headline or dateline line is short; a long first paragraph without a full stop is the lead
    const line = s ? text.slice(s.start, s.end) : "";
    if (!s || !next || next.para === s.para || line.length > 160 || /[.!?؟…:]["”»]?\s*$/u.test(line)) break;
    k++;
  }
  return k;
}

/** «ومن المقرر أن يجتمع المجلس الأحد»: a plan, not a day something happened on. */
const AR_PLANNED = /(?:المقرر|المرتقب|يرتقب|يتوقع|ينتظر|سوف|يعتزم|تعتزم)/u;
/**
 * «إن الوفد سيغادر الأحد», «ستنطلق يوم الخميس»: a future verb (س + imperfect) right before the day (not a
 * noun: «سيارة», «سياسيون», «ستين»).
 */
const FUTURE_VERB_BEFORE =
  /(?:^|[\s\u00A0])[وف]?س(?!ياس)[يتن][\p{L}\p{M}]{2,}(?<![ةي]|ات|ين)(?:[\s\u00A0]+(?:يوم|مساء|صباح))?[\s\u00A0]+$/u;
/** A plan word in the clause before the day (within 60 characters, not before `from`). */
const plannedDay = (text: string, from: number, m: DateMention): boolean =>
  AR_PLANNED.test(text.slice(Math.max(from, m.start - 60), m.start)) ||
  FUTURE_VERB_BEFORE.test(text.slice(Math.max(from, m.start - 24), m.start)) ||
  TOMORROW.test(text.slice(Math.max(from, m.start - 12), m.start));
/** «غدا الأحد», «بعد غد السبت»: the day ahead, never the day of the lead's news. */
const TOMORROW = /(?:غدا|غداً|بعد[\s\u00A0]+غد)[\s\u00A0]*$/u;

/** «وفي سياق آخر،», «وفي شأن آخر», «ومن جهة أخرى», «وعلى صعيد آخر», «في سياق منفصل»: a sentence opening a new topic. */
const NEW_TOPIC = seatless(
  /^(?:و)?(?:(?:في|على)[\s\u00A0]+(?:سياق|شأن|صعيد|موضوع)[\s\u00A0]+(?:آخر|منفصل)|(?:من|على)[\s\u00A0]+(?:جهة|ناحية)[\s\u00A0]+أخرى)(?![\p{L}\p{M}])/u,
);

/**
 * Arabic: the days told by sentences that report no statement and are no scene sentence: the first
 * «أمس», «اليوم» or weekday of each (not after publication), at the sentence's start.
 */
export function toldDays(
  text: string,
  sentences: Sentence[],
  drafts: Draft[],
  scenes: Scene[],
  pub: Date | null,
): { pos: number; told: DateMention }[] {
  const out: { pos: number; told: DateMention }[] = [];
  const today = pub ? isoDay(pub) : null;
  const sceneStarts = new Set(scenes.map((x) => x.sentence.start));
  const byCue = drafts.map((d) => d.cueStart).sort((a, b) => a - b);
  const contents = drafts.map((d) => [d.contentStart, d.contentEnd] as const).sort((a, b) => a[0] - b[0]);
  let k = 0;
  let c = 0;
  let reach = -1; // the furthest end of the contents that start before the sentence
  // (««الإسكان» أمام «اللجنة» الثلاثاء»: a headline's day is often the coming one; the lead tells the news's day)
  const headline = leadIndex(text, sentences) > 0 ? sentences[0] : undefined;
  for (const s of sentences) {
    if (s === headline) continue;
    while (k < byCue.length && (byCue[k] as number) < s.start) k++;
    while (c < contents.length && (contents[c] as readonly [number, number])[0] <= s.start)
      reach = Math.max(reach, (contents[c++] as readonly [number, number])[1]);
    // «وفي سياق آخر، قال …»: a new topic is no longer the scene before it (its own day, or a scene after it, dates it)
    if (NEW_TOPIC.test(text.slice(s.start, s.start + 30))) {
      out.push({ pos: s.start, told: { start: s.start, end: s.start, date: null } });
      continue;
    }
    if ((k < byCue.length && (byCue[k] as number) < s.end) || sceneStarts.has(s.start)) continue;
    // a sentence inside a statement's content (a quotation running on) tells the speaker's time
    if (reach > s.start) continue;
    const told = findDates(text, "ar", s.start, s.end, pub).find(
      (m) =>
        m.date !== null &&
        (!today || m.date <= today) &&
        AR_RELATIVE_DAY.test(text.slice(m.start, m.end)) &&
        !plannedDay(text, s.start, m),
    );
    if (told) out.push({ pos: s.start, told });
  }
  return out;
}
