// A claim's kind: direct (all quoted), mixed (partly) or indirect (no quotation in its content).

import type { Draft } from "./draft.ts";
import type { Quote } from "./text/quotes.ts";
import { firstAtOrAfter, startOf } from "./text/sorted.ts";
import type { ClaimKind } from "./types.ts";

/**
 * direct: all quoted (the speaker's own words, maybe around "she said"); mixed: partly; indirect: none.
 * `named` tells quotation marks round a name, which quote no one's words.
 */
export function kindOf(
  quotes: Quote[],
  d: Draft,
  text: string,
  named: (text: string, q: Quote) => boolean = () => false,
): ClaimKind {
  const { contentStart: start, contentEnd: end } = d;
  const quoted: [number, number][] = [];
  // quotes are sorted and disjoint: only the one just before `start` can reach into the content
  for (let k = Math.max(0, firstAtOrAfter(quotes, start, startOf) - 1); k < quotes.length; k++) {
    const q = quotes[k] as Quote;
    if (q.end <= start) continue;
    if (q.start >= end) break;
    if (named(text, q)) continue;
    quoted.push([Math.max(q.start, start), Math.min(q.end, end)]);
  }
  if (!quoted.length) return "indirect";
  let pos = start;
  for (const [s, e] of quoted) {
    // the words between two quoted parts that hold the cue ("she told reporters") are attribution
    const holdsCue = d.cueStart >= pos && d.cueEnd <= s;
    if (!holdsCue && hasWords(text, d, pos, s)) return "mixed";
    pos = Math.max(pos, e);
  }
  if (hasWords(text, d, pos, end)) return "mixed";
  return "direct";
}

/** Letters or digits in text[from, to) besides the claim's cue and speaker words. */
// (a module-level helper: under tsx's keepNames an inner closure is re-wrapped with __name on every call)
function hasWords(text: string, d: Draft, from: number, to: number): boolean {
  if (to <= from) return false;
  // the speaker's name and the cue between two quoted parts do not make it mixed
  let gap = text.slice(from, to);
  for (const [s, e] of [
    [d.cueStart, d.cueEnd],
    [d.mentionStart, d.mentionEnd],
  ] as const) {
    if (s >= from && e <= to) gap = gap.slice(0, s - from) + " ".repeat(e - s) + gap.slice(e - from);
  }
  return /[\p{L}\p{N}]/u.test(gap);
}
