import { spawnSync } from "node:child_process";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { createTestDatabase, type TestDatabase } from "@sayso/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const BIN = join(resolve(dirname(fileURLToPath(import.meta.url)), "../../.."), "apps/cli/bin/sayso.mjs");

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase("sayso_t_cli_users");
});
afterAll(async () => {
  await t?.drop();
});

function users(...args: string[]) {
  const run = spawnSync(process.execPath, [BIN, "users", "add", ...args], {
    env: { ...process.env, DATABASE_URL: t.url, NO_COLOR: "1" },
    encoding: "utf8",
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe("sayso users add", () => {
  const email = "nour@example.org";

  it("creates a user, and prints a generated password when none is given", async () => {
    const run = users("--email", email, "--role", "reviewer");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`created reviewer ${email}`);
    expect(run.stdout).toMatch(/^password: \S{12,}$/m);
    expect(await t.db.user.findUniqueOrThrow({ where: { email } })).toMatchObject({ role: "reviewer" });
  });

  it("refuses an existing email with exit 1, succeeds with --if-missing, and changes it with --update", async () => {
    const again = users("--email", email, "--role", "admin");
    expect(again.code).toBe(1);
    expect(again.stderr).toContain("already exists");

    const kept = users("--email", email, "--role", "admin", "--if-missing");
    expect(kept.code).toBe(0);
    expect(kept.stdout).toContain("left as it is");
    expect(await t.db.user.findUniqueOrThrow({ where: { email } })).toMatchObject({ role: "reviewer" });

    const updated = users("--email", email, "--role", "admin", "--password", "a-new-password", "--update");
    expect(updated.code).toBe(0);
    expect(await t.db.user.findUniqueOrThrow({ where: { email } })).toMatchObject({ role: "admin" });
  });

  it("exits 2 on a role it does not know", () => {
    const run = users("--email", "x@example.org", "--role", "editor");
    expect(run.code).toBe(2);
  });
});
