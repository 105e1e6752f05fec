import { DAY_MS, parseDay } from "../calendar-days.ts";
import type { Draft } from "../draft.ts";
import type { Entity } from "../speaker-types.ts";
import { paragraphAt } from "../text/segment.ts";
import type { Dated } from "../timeline.ts";
import { additionalStatement } from "./additional.ts";
import { documentDay, type EnglishDayContext, paperDay } from "./dating.ts";
import { pluperfectCue, type StatementDays, takeDayOf } from "./statement-days.ts";

/** The day is in the week up to publication. */
const withinWeek = (day: string | null | undefined, pub: Date | null): boolean => {
  const d = day ? parseDay(day) : null;
  return !!d && !!pub && d <= pub && pub.getTime() - d.getTime() <= 7 * DAY_MS;
};

/**
 * English: a lede with no day ("Finland's foreign minister has said …") takes the day the same speaker is
 * next quoted on with a day of its own ("… Aino Lehtinen told reporters on Thursday"); a present tense at
 * the top — headline, standfirst, lede, the paragraph after it — reports that day too; not from a statement
 * told as another one ("she also said on Thursday"). Fills `out` in place.
 */
export function daysFromLaterStatements(run: StatementDays, { lede, pub }: EnglishDayContext): void {
  const { text, drafts, out, speakers, sentences } = run;
  const nextOwn = new Map<object, Dated>();
  const top = (lede?.para ?? 0) + 1;
  let firstOwn: Dated | null = null;
  let firstSpeaker: object | null = null;
  for (let i = drafts.length - 1; i >= 0; i--) {
    const o = out[i] as Dated;
    const speaker = speakers[i] ?? null;
    const para = paragraphAt(sentences, (drafts[i] as Draft).cueStart);
    // ("But a chief in Buin says …" then "Chief X … said on Saturday that …" opening the next paragraph: the
    // present tense introduces the statement told next)
    const introduces =
      o.undated === "present" &&
      speakers[i + 1] === speaker &&
      i + 1 < drafts.length &&
      paragraphAt(sentences, (drafts[i + 1] as Draft).cueStart) === para + 1;
    const atTop = (o.undated === "present" || (!o.undated && o.date === null)) && (para <= top || introduces);
    if (!speaker || (o.undated && !atTop)) continue;
    // (a headline's day that only ran in from the lede is the day of the statement it reports, when
    // that is a day of the story's week, not a past event's: "citing her work after the Sept. 11 attacks")
    // (a text that opens with its lede has no headline: paragraph 0 is the lede, its days its own)
    const headline =
      o.inherited === true &&
      paragraphAt(sentences, (drafts[i] as Draft).cueStart) === 0 &&
      (lede?.para ?? 0) > 0;
    if (o.date === null || (headline && withinWeek(nextOwn.get(speaker)?.date, pub))) {
      // (at the top, the first statement the body dates when the speaker is not known to be the same)
      const later =
        nextOwn.get(speaker) ??
        (atTop && para <= top && !namedApart(speaker, firstSpeaker) ? firstOwn : null);
      if (later) takeDayOf(o, later);
    } else if (
      !o.inherited &&
      !additionalStatement(text, drafts[i] as Draft) &&
      !pluperfectCue(text, drafts[i] as Draft)
    ) {
      // ("On Thursday, she also said …", "had said on Thursday": another statement's day is its own)
      nextOwn.set(speaker, o);
      firstOwn = o;
      firstSpeaker = speaker;
    }
  }
  // ("… told reporters at the morning briefing that …" given its day above, then "When asked …, the
  // spokesperson said: “Yes.”" in the next paragraph): the same speaker going on takes that day too
  const last = new Map<object, number>();
  for (let i = 0; i < drafts.length; i++) {
    const o = out[i] as Dated;
    const speaker = speakers[i] ?? null;
    if (!speaker) continue;
    const k = last.get(speaker);
    last.set(speaker, i);
    if (k === undefined || o.date !== null || o.undated) continue;
    const before = out[k] as Dated;
    const gap =
      paragraphAt(sentences, (drafts[i] as Draft).cueStart) -
      paragraphAt(sentences, (drafts[k] as Draft).cueStart);
    if (before.date && !before.undated && gap <= 1) takeDayOf(o, before);
  }
}

/**
 * Two people the article names, each by a name of their own ("Mayor Tom Hill", "union leader Jane Roe"): known
 * to be different speakers, so one's dated statement says nothing of the other's day.
 */
function namedApart(a: object, b: object | null): boolean {
  const [x, y] = [a as Partial<Entity>, b as Partial<Entity> | null];
  return (
    !!y &&
    x !== y &&
    x.kind === "person" &&
    y.kind === "person" &&
    // (a full name, given and family: "Islanders say …" over "resident Claire Roy told the paper on Friday" —
    // a capitalised plural opening a standfirst is a description, no one's name)
    (x.nameWords?.length ?? 0) > 1 &&
    (y.nameWords?.length ?? 0) > 1
  );
}

/**
 * English: "Cr X says …" (dated from the interview below), "“…,” she says.", "Cr X told the paper on Monday …":
 * present-tense words between two statements of the same speaker, in adjacent paragraphs, dated the same day,
 * are of that interview too. Fills `out` in place.
 */
export function presentBetweenSameDay(run: StatementDays): void {
  const { text, drafts, out, speakers, sentences } = run;
  const para = (i: number): number => paragraphAt(sentences, (drafts[i] as Draft).cueStart);
  for (let i = 1; i + 1 < drafts.length; i++) {
    const [before, o, after] = [out[i - 1] as Dated, out[i] as Dated, out[i + 1] as Dated];
    const speaker = speakers[i] ?? null;
    if (o.undated !== "present" || !speaker || speakers[i - 1] !== speaker || speakers[i + 1] !== speaker)
      continue;
    if (!before.date || before.undated || before.date !== after.date || after.undated) continue;
    // (the day of the interview given after them, not of a paper or post the statements around come from)
    if (after.inherited || !after.source || documentDay(text, after.source) || paperDay(text, after.source))
      continue;
    if (para(i) - para(i - 1) > 1 || para(i + 1) - para(i) > 1) continue;
    takeDayOf(o, before);
  }
}
