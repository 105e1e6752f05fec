// `prisma generate` needs no schema engine, but the CLI still looks for one; where the binary
// cannot be downloaded (offline machines, CI sandboxes) point it at a placeholder file.
import { execFileSync } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const env = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: "1" };
if (!env.PRISMA_SCHEMA_ENGINE_BINARY) {
  const placeholder = join(tmpdir(), "sayso-no-schema-engine");
  if (!existsSync(placeholder)) writeFileSync(placeholder, "");
  env.PRISMA_SCHEMA_ENGINE_BINARY = placeholder;
}
execFileSync("npx", ["--no-install", "prisma", "generate"], { stdio: "inherit", env });
