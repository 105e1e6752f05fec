import type { DateMention } from "./dates.ts";
import type { Draft } from "./draft.ts";
import { firstAtOrAfter } from "./text/sorted.ts";

/** The mentions that fall inside no claim's content. */
export function outsideContents(mentions: DateMention[], drafts: Draft[]): DateMention[] {
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
