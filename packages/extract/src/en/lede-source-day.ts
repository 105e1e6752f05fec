import type { Draft } from "../draft.ts";
import { paragraphAt, type Sentence, sentenceAt } from "../text/segment.ts";
import type { Dated } from "../timeline.ts";

/**
 * English: a lede's trailing "…, according to the Department of Agriculture." then, in the very next sentence,
 * "…, the department said in a news release Monday.": the source of the lede is quoted at once with a day of its
 * own, and the lede's words are of that statement. Fills `out` in place.
 */
export function ledeSourceTakesNextDay(
  drafts: Draft[],
  out: Dated[],
  speakers: readonly (object | null)[],
  sentences: Sentence[],
  lede: Sentence | undefined,
): void {
  if (!lede) return;
  for (let i = 0; i + 1 < drafts.length; i++) {
    const [o, next, speaker] = [out[i] as Dated, out[i + 1] as Dated, speakers[i] ?? null];
    if (o.undated !== "according" || o.date || !speaker || speakers[i + 1] !== speaker) continue;
    const [d, nextDraft] = [drafts[i] as Draft, drafts[i + 1] as Draft];
    if (!d.rules.includes("en.according-to") || d.contentEnd > d.cueStart) continue;
    if (paragraphAt(sentences, d.cueStart) !== lede.para) continue;
    if (next.inherited || next.undated || !next.date) continue;
    const [here, following] = [sentenceAt(sentences, d.cueStart), sentenceAt(sentences, nextDraft.cueStart)];
    if (!here || !following || sentences.indexOf(following) !== sentences.indexOf(here) + 1) continue;
    Object.assign(o, { date: next.date, source: next.source, inherited: true, undated: undefined });
  }
}
