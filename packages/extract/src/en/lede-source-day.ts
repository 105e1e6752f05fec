import type { Draft } from "../draft.ts";
import { paragraphAt, type Sentence, sentenceAt } from "../text/segment.ts";
import { type StatementDays, takeDayOf, undatedBeforeOwnDay } from "./statement-days.ts";

/**
 * English: a lede's trailing "…, according to the Department of Agriculture." then, in the very next sentence,
 * "…, the department said in a news release Monday.": the source of the lede is quoted at once with a day of its
 * own, and the lede's words are of that statement. Fills `out` in place.
 */
export function ledeSourceTakesNextDay(run: StatementDays, lede: Sentence | undefined): void {
  if (!lede) return;
  const { drafts, sentences } = run;
  for (const [i, o, next] of undatedBeforeOwnDay(run)) {
    if (o.undated !== "according" || next.undated) continue;
    const [d, nextDraft] = [drafts[i] as Draft, drafts[i + 1] as Draft];
    if (!d.rules.includes("en.according-to") || d.contentEnd > d.cueStart) continue;
    if (paragraphAt(sentences, d.cueStart) !== lede.para) continue;
    const [here, following] = [sentenceAt(sentences, d.cueStart), sentenceAt(sentences, nextDraft.cueStart)];
    if (!here || !following || sentences.indexOf(following) !== sentences.indexOf(here) + 1) continue;
    takeDayOf(o, next);
  }
}
