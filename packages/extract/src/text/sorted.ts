// Binary search over arrays kept in text order (quotes, sentences, date mentions).

/** The index of the first item whose key is at or after `pos` (items sorted by `key`), or items.length. */
export function firstAtOrAfter<T>(items: readonly T[], pos: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(items[mid] as T) < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The index of the span holding `pos` (spans sorted and disjoint), or -1. */
export function spanIndexAt(spans: readonly { start: number; end: number }[], pos: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const span = spans[mid] as { start: number; end: number };
    if (pos < span.start) hi = mid - 1;
    else if (pos >= span.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** The span holding `pos` (spans sorted and disjoint), or null. */
export function spanAt<T extends { start: number; end: number }>(spans: readonly T[], pos: number): T | null {
  const k = spanIndexAt(spans, pos);
  return k < 0 ? null : (spans[k] as T);
}

/** The start of a span: the key of quotes, sentences and date mentions kept in text order. */
export const startOf = (span: { start: number }): number => span.start;
