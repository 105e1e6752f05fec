// Extraction throughput on the PolNeAR news texts (dev + test), repeated to at least 20 MB, measured
// side by side in the same run with a bare baseline that only splits sentences and runs one cue regex.
//
//   node --import tsx --expose-gc packages/extract/bench/throughput.ts     (or: npm run bench -- extract)
//
// SAYSO_POLNEAR_DIR points at the corpus (a relative path is taken from the repository root); the
// default is ../shared/corpora/polnear next to the repository. The texts are read, never copied here.
import { existsSync, readFileSync } from "node:fs";
import { isAbsolute, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { extract } from "../src/index.ts";
import { segment } from "../src/text/segment.ts";

const TARGET_BYTES = 20 * 1024 * 1024;
const GOAL_RATIO = 0.2;

const repoRoot = resolve(fileURLToPath(new URL("../../../", import.meta.url)));
const configured = process.env.SAYSO_POLNEAR_DIR ?? "../shared/corpora/polnear";
const corpusDir = isAbsolute(configured) ? configured : resolve(repoRoot, configured);
const files = ["dev.jsonl", "test.jsonl"].map((f) => join(corpusDir, f)).filter((f) => existsSync(f));

if (!files.length) {
  console.log(`extract bench: skipped — no PolNeAR corpus at ${corpusDir} (set SAYSO_POLNEAR_DIR)`);
  process.exit(0);
}

const texts: string[] = [];
for (const file of files) {
  for (const line of readFileSync(file, "utf8").split("\n")) {
    if (!line.trim()) continue;
    const doc = JSON.parse(line) as { text?: unknown };
    if (typeof doc.text === "string") texts.push(doc.text);
  }
}
const corpusBytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
const docs: string[] = [];
let bytes = 0;
while (bytes < TARGET_BYTES) {
  for (const t of texts) docs.push(t);
  bytes += corpusBytes;
}

/**
 * The bare baseline: the same sentence segmentation the extractor starts with (abbreviations, quotes,
 * Arabic punctuation), then one cue regex over each sentence — the least any extractor has to do.
 */
const CUE = /\b(?:said|says|told|according to|added|warned)\b/g;
function baseline(text: string): number {
  let hits = 0;
  for (const s of segment(text)) {
    const sentence = text.slice(s.start, s.end);
    CUE.lastIndex = 0;
    while (CUE.exec(sentence)) hits++;
  }
  return hits;
}

function run(name: string, fn: (text: string) => number): { name: string; seconds: number; count: number } {
  (globalThis as { gc?: () => void }).gc?.();
  const t0 = process.hrtime.bigint();
  let count = 0;
  for (const d of docs) count += fn(d);
  return { name, seconds: Number(process.hrtime.bigint() - t0) / 1e9, count };
}

const extractor = (text: string): number =>
  extract({ text, lang: "en", publishedAt: "2016-10-01" }).claims.length;

// warm both up (JIT) on one pass over the corpus, then measure: baseline, extractor, baseline again
for (const t of texts) {
  baseline(t);
  extractor(t);
}
const b1 = run("baseline", baseline);
const ex = run("extractor", extractor);
const b2 = run("baseline", baseline);
const mb = bytes / 1e6;
const baseSeconds = (b1.seconds + b2.seconds) / 2;
const baseRate = mb / baseSeconds;
const exRate = mb / ex.seconds;
const ratio = exRate / baseRate;

console.log(
  `corpus: ${texts.length} PolNeAR texts (${(corpusBytes / 1e6).toFixed(2)} MB) from ${corpusDir}, repeated to ${mb.toFixed(1)} MB`,
);
console.log(`baseline  (segment() + one cue regex): ${baseRate.toFixed(2)} MB/s  (${b1.count} cue hits)`);
console.log(
  `extractor (${extract({ text: "" }).extractor}): ${exRate.toFixed(2)} MB/s  (${ex.count} claims)`,
);
console.log(
  `ratio extractor/baseline: ${ratio.toFixed(3)}  (goal ≥ ${GOAL_RATIO}) ${ratio >= GOAL_RATIO ? "ok" : "BELOW GOAL"}`,
);
