// The gold sets the extractor is measured on, in one order for `npm run eval` and `npm run ab`: the
// evaluation kit's sample, the hand-made sets in fixtures/, then PolNeAR dev and test from the kit
// (SAYSO_EVAL_DIR, default ../shared next to the repository; sets that are not there are left out by the caller).
import { readdirSync } from "node:fs";
import { isAbsolute, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const root = resolve(fileURLToPath(new URL("../", import.meta.url)));
const configured = process.env.SAYSO_EVAL_DIR ?? "../shared";
export const kit = isAbsolute(configured) ? configured : resolve(root, configured);

/** [name, path of its jsonl] for every set, whether or not the file exists. */
export const goldSets = () => [
  ["sample article (ar-dev)", join(kit, "samples", "ar-dev.jsonl")],
  ...readdirSync(join(root, "fixtures"))
    .filter((f) => f.endsWith(".jsonl") && f !== "ar-dev.jsonl")
    .sort()
    .map((f) => [f.replace(/\.jsonl$/, ""), join(root, "fixtures", f)]),
  ["PolNeAR dev", join(kit, "corpora", "polnear", "dev.jsonl")],
  ["PolNeAR test", join(kit, "corpora", "polnear", "test.jsonl")],
];
