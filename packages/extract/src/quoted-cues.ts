import type { Draft } from "./draft.ts";
import { type Quote, quoteAt } from "./text/quotes.ts";

/** A cue inside a quotation that is itself another claim's content is the quoted speaker's word. */
export function withoutQuotedCues(drafts: Draft[], quotes: Quote[]): Draft[] {
  const byStart = [...drafts].sort((a, b) => a.contentStart - b.contentStart);
  const maxEnd: number[] = [];
  let running = -1;
  for (const d of byStart) {
    running = Math.max(running, d.contentEnd);
    maxEnd.push(running);
  }
  return drafts.filter((d) => !(quoteAt(quotes, d.cueStart) && coveredByAnother(d, byStart, maxEnd)));
}

/** Some content starting at or before d's cue runs past it (byStart sorted by contentStart, maxEnd its running max). */
function coveredByAnother(d: Draft, byStart: Draft[], maxEnd: number[]): boolean {
  let lo = 0;
  let hi = byStart.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((byStart[mid] as Draft).contentStart <= d.cueStart) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found >= 0 && (maxEnd[found] as number) > d.cueEnd;
}
