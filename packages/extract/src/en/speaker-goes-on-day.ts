import type { Draft } from "../draft.ts";
import type { Entity } from "../speaker-types.ts";
import { paragraphAt } from "../text/segment.ts";
import type { Dated } from "../timeline.ts";
import { additionalStatement } from "./additional.ts";
import { pluperfectCue, type StatementDays, takeDayOf } from "./statement-days.ts";

/**
 * English: a person going on in the same paragraph or the next, after words the story dates — "“…,” Ms X told the
 * Courier." after "…, X said on Monday.", "According to the minister, …" after the minister's quotation — speaks
 * on that day: the outlet heard the same interview, the "according to" cites the person just quoted, not a source
 * of its own. Fills `out` in place.
 */
export function personGoesOnWithDay(run: StatementDays): void {
  const { text, drafts, out, speakers, sentences } = run;
  const para = (i: number): number => paragraphAt(sentences, (drafts[i] as Draft).cueStart);
  const last = new Map<object, number>();
  for (let i = 0; i < drafts.length; i++) {
    const speaker = speakers[i] ?? null;
    if (!speaker) continue;
    const k = last.get(speaker);
    last.set(speaker, i);
    const o = out[i] as Dated;
    if (k === undefined || o.date || (o.undated !== "medium" && o.undated !== "according")) continue;
    if ((speaker as Partial<Entity>).kind !== "person" || para(i) - para(k) > 1) continue;
    const before = out[k] as Dated;
    const d = drafts[k] as Draft;
    if (!before.date || before.undated || additionalStatement(text, d) || pluperfectCue(text, d)) continue;
    // (only "told <outlet>", from words the story itself dated: not "said in an interview with …", an
    // occasion of its own, nor a day run in)
    const cue = drafts[i] as Draft;
    if (o.undated === "medium" && (before.inherited || !/^told$/i.test(text.slice(cue.cueStart, cue.cueEnd))))
      continue;
    takeDayOf(o, before);
  }
}
