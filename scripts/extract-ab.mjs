#!/usr/bin/env node
// `npm run ab -- [REF] [--show]`: what a change to the rules does, before it is committed. Runs the extractor
// of git REF (default HEAD) and of the working tree side by side over every gold set (fixtures/, and, when the
// evaluation kit is beside the repository, the sample and PolNeAR dev), and prints per set the scores of both
// and how many documents changed; --show prints the claims that changed (- REF / + working tree).
// PolNeAR test is counted (documents changed), never scored: it is not tuned on. SAYSO_AB_HIDE=a,b hides
// the scores and claims of held-back sets the same way.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { matchClaims } from "./gold-match.mjs";
import { goldSets, root } from "./gold-sets.mjs";

const args = process.argv.slice(2);
const show = args.includes("--show");
const ref = args.find((a) => !a.startsWith("--")) ?? "HEAD";
const hidden = new Set((process.env.SAYSO_AB_HIDE ?? "").split(",").filter(Boolean));

// the rules at REF, read from git into a temporary folder (tsx compiles them as it does the working tree's)
const base = mkdtempSync(join(tmpdir(), "sayso-ab-"));
process.on("exit", () => rmSync(base, { recursive: true, force: true }));
const archive = execFileSync("git", ["archive", ref, "packages/extract/src"], {
  cwd: root,
  maxBuffer: 256 << 20,
});
execFileSync("tar", ["-x", "-C", base], { input: archive });
const before = await import(pathToFileURL(join(base, "packages/extract/src/index.ts")).href);
const after = await import(pathToFileURL(join(root, "packages/extract/src/index.ts")).href);

const load = (file) =>
  readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l));
const claimsOf = (x, d) =>
  x.extract({ text: d.text, lang: d.lang ?? undefined, publishedAt: d.publishedAt ?? undefined }).claims;
const line = (c) =>
  `${c.speaker.name ?? "(none)"} [${c.speaker.mention?.text ?? ""}] | ${c.cue.text} | ${c.kind} | ${c.content.text.replace(/\s+/g, " ").slice(0, 110)} | ${c.date}`;

const sets = goldSets();
console.log(`${ref} → working tree: claims F1 (P/R) exact attribution names dates | changed documents`);
let changedAll = 0;
for (const [name, file] of sets) {
  if (!existsSync(file)) continue;
  const docs = load(file);
  const was = docs.map((d) => claimsOf(before, d));
  const now = docs.map((d) => claimsOf(after, d));
  const changed = docs.filter(
    (_, i) => JSON.stringify(was[i].map(line)) !== JSON.stringify(now[i].map(line)),
  );
  changedAll += changed.length;
  const counted = `${changed.length} of ${docs.length} changed`;
  if (name === "PolNeAR test" || hidden.has(name)) {
    console.log(`${name} | (not scored) | ${counted}`);
    continue;
  }
  const a = matchClaims(docs, was).summary;
  const b = matchClaims(docs, now).summary;
  console.log(`${name} | ${a}${a === b ? "" : ` → ${b}`} | ${counted}`);
  if (!show) continue;
  for (const d of changed) {
    const i = docs.indexOf(d);
    const wasLines = new Set(was[i].map(line));
    const nowLines = new Set(now[i].map(line));
    console.log(`  ## ${d.id}`);
    for (const l of wasLines) if (!nowLines.has(l)) console.log(`    - ${l}`);
    for (const l of nowLines) if (!wasLines.has(l)) console.log(`    + ${l}`);
  }
}
console.log(`documents changed in all: ${changedAll}`);
