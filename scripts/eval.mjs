#!/usr/bin/env node
// `npm run eval`: extraction quality on every gold set in one table — the hand-made sets in
// fixtures/ and, when present beside the repository, the sample and PolNeAR sets of the evaluation
// kit. Scoring is done by the kit's score.mjs (SAYSO_EVAL_DIR, default ../shared), which runs
// `npx sayso extract --input … --format jsonl` here; nothing of the kit is needed to build or test.
//
//   npm run eval                    all sets
//   npm run eval -- heldout         only the sets whose name contains "heldout"
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { isAbsolute, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(fileURLToPath(new URL("../", import.meta.url)));
const configured = process.env.SAYSO_EVAL_DIR ?? "../shared";
const kit = isAbsolute(configured) ? configured : resolve(root, configured);
const scorer = join(kit, "eval", "score.mjs");
if (!existsSync(scorer)) {
  console.log(`eval: skipped — no scorer at ${scorer} (set SAYSO_EVAL_DIR to the evaluation kit)`);
  process.exit(0);
}

const sets = [
  ["sample article (ar-dev)", join(kit, "samples", "ar-dev.jsonl")],
  ...readdirSync(join(root, "fixtures"))
    .filter((f) => f.endsWith(".jsonl") && f !== "ar-dev.jsonl")
    .sort()
    .map((f) => [f.replace(/\.jsonl$/, ""), join(root, "fixtures", f)]),
  ["PolNeAR dev", join(kit, "corpora", "polnear", "dev.jsonl")],
  ["PolNeAR test", join(kit, "corpora", "polnear", "test.jsonl")],
];
const filter = process.argv[2];
const two = (x) => (x === null || x === undefined ? "–" : x.toFixed(2));

console.log(
  "| set | gold claims | claims F1 (P / R) | exact F1 | attribution F1 | names | dates | bad spans |",
);
console.log("| --- | --- | --- | --- | --- | --- | --- | --- |");
for (const [name, file] of sets) {
  if (!existsSync(file) || (filter && !name.includes(filter))) continue;
  const out = execFileSync(process.execPath, [scorer, "--project", root, file, "--json"], {
    cwd: root,
    encoding: "utf8",
    maxBuffer: 64 << 20,
  });
  const r = JSON.parse(out);
  console.log(
    `| ${name} | ${r.gold} | ${two(r.claims.f1)} (${two(r.claims.p)} / ${two(r.claims.r)}) | ${two(r.exact.f1)} | ${two(r.attribution.f1)} | ${two(r.speakerNameOnMatched)} | ${two(r.dateOnMatched)} | ${r.badSpans} |`,
  );
}
