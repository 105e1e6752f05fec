import type { Draft } from "../draft.ts";

/**
 * "Ms Osei said the board would ask the builder to hire crews, adding that …": a report inside another's words of
 * the same sentence (the board's "ask") gives no subject to a participle right after those words; the verb whose
 * words hold it does (not another participle: "In a statement announcing the pick, X called …, citing …").
 */
export function outermostReport(
  text: string,
  before: Draft[],
  prev: Draft | undefined,
  d: Draft,
  sentenceStart: number,
): Draft | undefined {
  const holder = (inner: Draft): Draft | undefined =>
    before.find(
      (o) =>
        o !== inner &&
        o.mentionStart >= sentenceStart &&
        o.cueEnd <= o.contentStart &&
        o.contentStart <= Math.min(inner.mentionStart, inner.cueStart, inner.contentStart) &&
        inner.contentEnd <= o.contentEnd &&
        !/ing$/.test(text.slice(o.cueStart, o.cueEnd)) &&
        o.contentEnd <= d.cueStart &&
        /^[\s\u00A0]*,[\s\u00A0]*$/.test(text.slice(o.contentEnd, d.cueStart)),
    );
  let last = prev;
  const seen = new Set<Draft>();
  for (let outer = last && holder(last); outer && !seen.has(outer); outer = holder(outer)) {
    seen.add(outer);
    last = outer;
  }
  return last;
}
