/** The days a claim without time words of its own takes from other claims (assignDates' later steps). */
import type { DateMention } from "./dates.ts";
import type { Draft } from "./draft.ts";
import { englishDay, type englishDayContext } from "./en/dating.ts";
import { paragraphAt, type Sentence } from "./text/segment.ts";
import type { Dated } from "./timeline.ts";
import { metByReporter, offTheEvent } from "./unplaced-voice.ts";

/** What assignDates carries from one event to the next. */
export interface DatingRun {
  text: string;
  lang: "ar" | "en";
  drafts: Draft[];
  sentences: Sentence[];
  speakers: readonly (object | null)[];
  out: Dated[];
  /** The statements' time expressions, outside every content, in text order. */
  mentions: DateMention[];
  /** English: the speaker line inside each split quotation. */
  lines: Map<Draft, [number, number]>;
  english: ReturnType<typeof englishDayContext> | null;
  /** The article's running time. */
  current: DateMention | null;
  storyDay: DateMention | null;
  eventDay: DateMention | null;
  rivalsByFrame: Map<number, Draft[]> | null;
  lastBySpeaker: Map<object, number>;
  cuesByFrame: Map<number, number[]>;
  /** Claims dated by the running time since the last scene sentence. */
  pending: number[];
  ledePara: number;
  unplaced: Set<number>;
}

/** A claim continuing the one before it in the paragraph takes its day. */
export function continuesPrevious(run: DatingRun, i: number, speaker: object | null): boolean {
  const { drafts, out, sentences } = run;
  const d = drafts[i] as Draft;
  const o = out[i] as Dated;
  const prev = i > 0 ? (drafts[i - 1] as Draft) : null;
  const prevOut = i > 0 ? (out[i - 1] as Dated) : null;
  // Arabic: «وكانت الوزارة قد أعلنت، في بيان … الخميس الماضي، أن …. ودعت الوزارة …»: the same speaker
  // going on in the paragraph of its backgrounded statement goes on with that statement
  const goesOnBackground =
    run.lang === "ar" && !!prev?.backgrounded && !!speaker && run.speakers[i - 1] === speaker;
  // (also in the next paragraph, «وكان المندوب قد أكد، يوم الخميس، أن …. ¶ وبيّن المندوب أن …», the talk recalled)
  const para = prev ? paragraphAt(sentences, prev.cueStart) : -1;
  const here = paragraphAt(sentences, d.cueStart);
  const sameTalk =
    para === here || (goesOnBackground && here === para + 1 && titleAgain(run.text, prev as Draft, d));
  if (!((d.inherits || goesOnBackground) && prev && prevOut && sameTalk)) return false;
  Object.assign(o, {
    date: prevOut.date,
    source: prevOut.source,
    inherited: prevOut.inherited,
    undated: prevOut.undated,
  });
  if (o.inherited && !o.undated) run.pending.push(i);
  // (a question going on with words off the story's event, «… يقول إن …، متسائلا: "…؟"», is off it too: the
  // same voice's next words take no running day through it)
  if (d.silent && run.unplaced.has(i - 1)) run.unplaced.add(i);
  return true;
}

/** «وبيّن المندوب الجهوي» after «وكان المندوب الجهوي للفلاحة … قد أكد»: the mention's words are all the earlier one's. */
function titleAgain(text: string, earlier: Draft, d: Draft): boolean {
  if (earlier.mentionStart < 0 || d.mentionStart < 0) return false;
  const words = (a: number, b: number) =>
    text
      .slice(a, b)
      .split(/[\s\u00A0]+/u)
      .filter(Boolean);
  const had = new Set(words(earlier.mentionStart, earlier.mentionEnd));
  const again = words(d.mentionStart, d.mentionEnd);
  return again.length > 0 && again.every((w) => had.has(w));
}

/** English: the occasion the claim is tied to gives its day, or its words place it off the story's days. */
export function takesEnglishDay(
  run: DatingRun,
  i: number,
  same: Dated | null,
  earlier: number | undefined,
): boolean {
  const d = run.drafts[i] as Draft;
  const o = run.out[i] as Dated;
  const earlierDraft = earlier !== undefined ? (run.drafts[earlier] as Draft) : null;
  const found = englishDay(
    run.english as NonNullable<DatingRun["english"]>,
    d,
    same,
    earlierDraft,
    run.lines.get(d) ?? null,
  );
  if (found?.occasion) {
    Object.assign(o, { date: found.occasion.date, source: found.occasion, inherited: true });
    return true;
  }
  if (found?.undated) {
    o.undated = found.undated;
    run.pending.push(i);
    return true;
  }
  return false;
}

/** English: the day the same speaker was last quoted on, else the day of the claim before in the paragraph. */
export function takesNeighbourDay(run: DatingRun, i: number, same: Dated | null): boolean {
  const { drafts, out, sentences } = run;
  const d = drafts[i] as Draft;
  const prev = i > 0 ? (drafts[i - 1] as Draft) : null;
  const prevOut = i > 0 ? (out[i - 1] as Dated) : null;
  const neighbour =
    run.english && prev && paragraphAt(sentences, prev.cueStart) === paragraphAt(sentences, d.cueStart)
      ? prevOut
      : null;
  const from = same?.source ? same : neighbour?.source ? neighbour : null;
  if (!from) return false;
  Object.assign(out[i] as Dated, { date: from.date, source: from.source, inherited: true });
  if (from.inherited) run.pending.push(i);
  return true;
}

/** Arabic: a voice quoted off the story's event (or going on after such words) takes no running day. */
export function unplacedVoice(
  run: DatingRun,
  i: number,
  speaker: object | null,
  earlier: number | undefined,
): boolean {
  const { text, sentences, current } = run;
  const d = run.drafts[i] as Draft;
  return (
    run.lang === "ar" &&
    !!speaker &&
    (earlier !== undefined
      ? run.unplaced.has(earlier) && (run.out[earlier] as Dated).date === null
      : paragraphAt(sentences, d.cueStart) > run.ledePara &&
        // (not where its own paragraph told the day: «نظم مئات المعلمين وقفة … صباح اليوم. وقال أحد المحتجين لـ…»)
        !(current && paragraphAt(sentences, current.start) === paragraphAt(sentences, d.cueStart)) &&
        !(current && metByReporter(text, sentences, current.start, d)) &&
        offTheEvent(text, sentences, d))
  );
}

/**
 * Arabic: «دعا X الطرفين إلى …، وقال في بيان نشره مكتبه الثلاثاء إن …»: the same speaker's statement
 * continued in the same sentence gives its day to the part before it that had none.
 */
export function daysBackFromContinuations(drafts: Draft[], out: Dated[]): void {
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
