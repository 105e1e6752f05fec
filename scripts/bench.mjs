#!/usr/bin/env node
// `npm run bench`: every benchmark of the project, one after the other, each printing its own
// figures and ratios. `npm run bench -- extract` or `-- dashboard` runs one.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const benches = {
  extract: "packages/extract/bench/throughput.ts",
  dashboard: "apps/web/bench/dashboard.ts",
};
const wanted = process.argv.slice(2);
let failed = 0;
for (const [name, file] of Object.entries(benches)) {
  if (wanted.length && !wanted.includes(name)) continue;
  if (!existsSync(file)) {
    console.error(`bench ${name}: ${file} is missing`);
    failed++;
    continue;
  }
  console.log(`\n### ${name} (${file})`);
  const run = spawnSync(process.execPath, ["--import", "tsx", "--expose-gc", file], { stdio: "inherit" });
  if (run.status !== 0) failed++;
}
process.exitCode = failed ? 1 : 0;
