export interface Figure {
  name: string;
  runs: number;
  p50: number;
  p95: number;
  max: number;
  /** rows the last run returned, to show the query did real work */
  rows: number;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN;

/**
 * Times `run(i)` `runs` times after `warmup` untimed calls; `i` lets a scenario vary its input
 * (another article, another cursor) from one run to the next.
 */
export async function measure(
  name: string,
  run: (i: number) => Promise<number>,
  { runs = 60, warmup = 5 } = {},
): Promise<Figure> {
  for (let i = 0; i < warmup; i++) await run(runs + i);
  const times: number[] = [];
  let rows = 0;
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    rows = await run(i);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return {
    name,
    runs,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    max: times[times.length - 1] ?? 0,
    rows,
  };
}

export function table(figures: Figure[], goalMs: number): string {
  const header = ["scenario", "runs", "p50 ms", "p95 ms", "max ms", "rows", `p95 < ${goalMs}`];
  const lines = figures.map((f) => [
    f.name,
    String(f.runs),
    f.p50.toFixed(1),
    f.p95.toFixed(1),
    f.max.toFixed(1),
    String(f.rows),
    f.p95 < goalMs ? "yes" : "NO",
  ]);
  const widths = header.map((h, c) => Math.max(h.length, ...lines.map((l) => (l[c] ?? "").length)));
  const fmt = (cells: string[]) =>
    `| ${cells.map((cell, c) => (c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0))).join(" | ")} |`;
  return [
    fmt(header),
    `|${widths.map((w, c) => (c === 0 ? "-".repeat(w + 2) : `${"-".repeat(w + 1)}:`)).join("|")}|`,
    ...lines.map(fmt),
  ].join("\n");
}
