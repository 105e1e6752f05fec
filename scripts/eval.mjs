#!/usr/bin/env node
// `npm run eval`: extraction quality on every gold set in one table — the hand-made sets in
// fixtures/ and, when present beside the repository, the sample and PolNeAR sets of the evaluation
// kit. Scoring is done by the kit's score.mjs (SAYSO_EVAL_DIR, default ../shared), which runs
// `npx sayso extract --input … --format jsonl` here; nothing of the kit is needed to build or test.
//
//   npm run eval                    all sets
//   npm run eval -- heldout         only the sets whose name contains "heldout"
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { goldSets, kit, root } from "./gold-sets.mjs";

const scorer = join(kit, "eval", "score.mjs");
if (!existsSync(scorer)) {
  console.log(`eval: skipped — no scorer at ${scorer} (set SAYSO_EVAL_DIR to the evaluation kit)`);
  process.exit(0);
}

const sets = goldSets();
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
