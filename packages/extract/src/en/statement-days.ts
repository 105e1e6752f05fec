// What the English passes after the running time share: the article's statements, read index for index with
// their days and speakers; the one way a statement takes another's day; the pluperfect told of another time.
import type { DatingRun } from "../borrowed-days.ts";
import type { Draft } from "../draft.ts";
import type { Dated } from "../timeline.ts";

/** The text and its sentences, each statement's draft, its day (filled in place) and speaker, index for index. */
export type StatementDays = Pick<DatingRun, "text" | "drafts" | "out" | "speakers" | "sentences">;

/** The statement is of the day another statement gives: run in from it, no longer undated. */
export function takeDayOf(o: Dated, from: Dated): void {
  Object.assign(o, { date: from.date, source: from.source, inherited: true, undated: undefined });
}

/**
 * Each statement with no day whose very next statement is of the same speaker and has a day not run in from
 * another: its index, both days and the speaker.
 */
export function* undatedBeforeOwnDay(run: StatementDays): Generator<[number, Dated, Dated, object]> {
  const { drafts, out, speakers } = run;
  for (let i = 0; i + 1 < drafts.length; i++) {
    const [o, next, speaker] = [out[i] as Dated, out[i + 1] as Dated, speakers[i] ?? null];
    if (o.date || !speaker || speakers[i + 1] !== speaker || next.inherited || !next.date) continue;
    yield [i, o, next, speaker];
  }
}

/** A statement told as background, in the pluperfect ("had said on Thursday"): another time than the story's. */
export const pluperfectCue = (text: string, d: Draft): boolean =>
  /^had\b/i.test(text.slice(d.cueStart, d.cueEnd));
