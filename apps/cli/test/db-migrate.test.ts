import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";

const BIN = join(resolve(dirname(fileURLToPath(import.meta.url)), "../../.."), "apps/cli/bin/sayso.mjs");
const SERVER = process.env.TEST_DATABASE_URL || "postgresql://postgres@127.0.0.1:5432/postgres";
const name = `sayso_t_db_cli_${randomBytes(4).toString("hex")}`;
const url = Object.assign(new URL(SERVER), { pathname: `/${name}` }).toString();

function sayso(args: string[], databaseUrl: string) {
  const run = spawnSync(process.execPath, [BIN, ...args], {
    env: { ...process.env, DATABASE_URL: databaseUrl, NO_COLOR: "1" },
    encoding: "utf8",
    timeout: 60_000,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

afterAll(async () => {
  const client = new pg.Client({ connectionString: SERVER });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await client.end();
});

describe("sayso db migrate", () => {
  it("creates the database, applies the migrations, and applies nothing the second time", () => {
    const first = sayso(["db", "migrate"], url);
    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
    expect(first.stdout).toContain(`created database ${url}`);
    expect(first.stdout).toMatch(/applied \d+ migrations to .*:\n {2}\d{14}_init\n/);

    const second = sayso(["db", "migrate"], url);
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/is up to date \(\d+ migrations\)/);
  });

  it("exits 1 naming the URL, password hidden, when PostgreSQL cannot be reached", () => {
    const run = sayso(["db", "migrate"], "postgresql://sayso:s3cret@127.0.0.1:1/sayso");
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("cannot reach PostgreSQL at postgresql://sayso:***@127.0.0.1:1/sayso");
    expect(run.stderr).not.toContain("s3cret");
    expect(run.stderr).not.toMatch(/\n\s+at /); // a message, not a stack trace
  });

  it("has help", () => {
    const run = sayso(["db", "migrate", "--help"], url);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("_prisma_migrations");
  });
});
