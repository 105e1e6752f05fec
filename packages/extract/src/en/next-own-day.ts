import type { Draft } from "../draft.ts";
import { paragraphAt, type Sentence, sentenceAt } from "../text/segment.ts";
import type { Dated } from "../timeline.ts";
import { additionalStatement } from "./additional.ts";
import { pluperfectCue, type StatementDays, takeDayOf, undatedBeforeOwnDay } from "./statement-days.ts";

/** The same voice's next words stand in that paragraph or the next, as a new statement ("also said" and "had
 * said" tell of another time). */
function nextWordsNearby(text: string, sentences: Sentence[], d: Draft, next: Draft): boolean {
  const gap = paragraphAt(sentences, next.cueStart) - paragraphAt(sentences, d.cueStart);
  return gap <= 1 && !additionalStatement(text, next) && !pluperfectCue(text, next);
}

/** The same day run in from the same statement, with no reason to stay undated. */
const sameRunIn = (a: Dated, b: Dated): boolean =>
  b.inherited && !b.undated && b.date === a.date && b.source?.start === a.source?.start;

/**
 * English: a new voice's first words with no day of their own ("Chief Medical Officer X said the outbreak was
 * under control.") carry the running day of another speaker's statement or of the story's event; when the same
 * voice's very next words, in that paragraph or the next, give a day ("“…,” Dr X told journalists on Tuesday."),
 * the first words are of that day too. Fills `out` in place.
 */
export function firstWordsTakeNextDay(run: StatementDays): void {
  const { text, drafts, out, speakers, sentences } = run;
  const seen = new Set<object>();
  for (let i = 0; i + 1 < drafts.length; i++) {
    const speaker = speakers[i] ?? null;
    if (!speaker || seen.has(speaker)) continue;
    seen.add(speaker);
    const o = out[i] as Dated;
    if (!o.inherited || !o.date || o.undated || !o.source) continue;
    // ("X welcomed the news but said …": a sentence of two drafts runs on the same day to the next words)
    let k = i + 1;
    const frame = (drafts[i] as Draft).frameStart;
    while (
      k + 1 < drafts.length &&
      speakers[k] === speaker &&
      (drafts[k] as Draft).frameStart === frame &&
      sameRunIn(o, out[k] as Dated)
    )
      k++;
    const next = out[k] as Dated;
    if (speakers[k] !== speaker || next.inherited || !next.date || next.date === o.date) continue;
    if (!nextWordsNearby(text, sentences, drafts[k - 1] as Draft, drafts[k] as Draft)) continue;
    // (whether the day ran in from another speaker's statement or from the story's event told by the writer,
    // "The council on Friday voted …": the voice's own next words tell its day better)
    for (let j = i; j < k; j++) takeDayOf(out[j] as Dated, next);
  }
}

/**
 * English: "According to Rhys Pryor, operations manager of …, the shells were …" then "Pryor told Island Times on
 * Sunday that …": a person first met as an opening "according to" source, whose very next words (the next
 * sentence) give a day, said the first words then too. Fills `out` in place.
 */
export function firstSourceTakesNextDay(run: StatementDays): void {
  const { text, drafts, speakers, sentences } = run;
  for (const [i, o, next, speaker] of undatedBeforeOwnDay(run)) {
    if (o.undated !== "according" || next.undated) continue;
    if ((speaker as { kind?: string }).kind !== "person" || speakers.indexOf(speaker) !== i) continue;
    const [d, nextDraft] = [drafts[i] as Draft, drafts[i + 1] as Draft];
    const opening = sentenceAt(sentences, d.cueStart);
    if (!opening || text.slice(opening.start, d.cueStart).trim() !== "") continue;
    const following = sentenceAt(sentences, nextDraft.cueStart);
    if (!following || sentences.indexOf(following) !== sentences.indexOf(opening) + 1) continue;
    takeDayOf(o, next);
  }
}

/**
 * English: "…, according to the state agency, which said in an email Tuesday that …": the source of "according
 * to" goes on speaking in the relative clause on it, and the day that clause gives is the cited words' too.
 * Fills `out` in place.
 */
export function sourceTakesRelativeDay(run: StatementDays): void {
  const { drafts } = run;
  for (const [i, o, next] of undatedBeforeOwnDay(run)) {
    const [d, nextDraft] = [drafts[i] as Draft, drafts[i + 1] as Draft];
    if (!d.rules.includes("en.according-to") || d.contentEnd > d.cueStart) continue;
    // (the relative's mention runs from the same source to "which")
    if (nextDraft.mentionStart < d.mentionStart || nextDraft.mentionStart >= d.mentionEnd) continue;
    takeDayOf(o, next);
  }
}

/**
 * English: "Director X told Fenui News that …" (an interview with no day of its own) then "“…,” Mr X said on
 * Saturday." — the same voice's next words, in that paragraph or the next, give the interview's day. Fills `out`
 * in place.
 */
export function outletWordsTakeNextDay(run: StatementDays): void {
  const { text, drafts, out, speakers, sentences } = run;
  for (let i = 0; i + 1 < drafts.length; i++) {
    const [o, speaker] = [out[i] as Dated, speakers[i] ?? null];
    if (o.undated !== "medium" || o.date || !speaker) continue;
    const j = speakers.indexOf(speaker, i + 1);
    const next = j > 0 ? (out[j] as Dated) : null;
    if (!next?.date || next.inherited || next.undated) continue;
    if (!nextWordsNearby(text, sentences, drafts[i] as Draft, drafts[j] as Draft)) continue;
    takeDayOf(o, next);
  }
}
