import { cp, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  DbUnavailableError,
  EditedMigrationError,
  migrate,
  pendingSchemaChange,
  sha256Hex,
} from "../src/index.ts";
import { dropDatabase } from "../src/migrate/database-admin.ts";
import { MIGRATIONS_DIR, SCHEMA_PATH } from "../src/migrate/paths.ts";
import { DEFAULT_DATABASE_URL, withDatabase } from "../src/url.ts";

const server = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL || DEFAULT_DATABASE_URL;
const runId = Math.random().toString(36).slice(2, 8);
const created: string[] = [];
let scratch: string;

function newDatabaseUrl(label: string): string {
  const name = `sayso_t_db_mig_${label}_${runId}`;
  created.push(name);
  return withDatabase(server, name);
}

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

async function committedMigrations(): Promise<string[]> {
  const entries = await readdir(MIGRATIONS_DIR, { withFileTypes: true });
  return entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
}

/** A copy of the committed migrations we may break. */
async function migrationsCopy(label: string): Promise<string> {
  const dir = join(scratch, label);
  await cp(MIGRATIONS_DIR, dir, { recursive: true });
  return dir;
}

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), "sayso-db-mig-"));
});

afterAll(async () => {
  for (const name of created) await dropDatabase(server, name);
  await rm(scratch, { recursive: true, force: true });
});

describe("committed migrations", () => {
  it("agree with schema.prisma (a new migration would be empty)", async () => {
    expect(await pendingSchemaChange(newDatabaseUrl("drift"))).toBe("");
  });

  it("the drift check sees a schema change the migrations lack", async () => {
    const schema = await readFile(SCHEMA_PATH, "utf8");
    const changed = schema.replace("model Article {", "model Article {\n  wordCount Int?");
    expect(changed).not.toBe(schema);
    const schemaPath = join(scratch, "schema.prisma");
    await writeFile(schemaPath, changed);
    const sql = await pendingSchemaChange(newDatabaseUrl("drift2"), { schemaPath });
    expect(sql).toMatch(/ALTER TABLE "Article" ADD COLUMN\s+"wordCount" INTEGER/);
  });
});

describe("migrate()", () => {
  const url = newDatabaseUrl("apply");

  it("creates the database and applies every migration, recorded as prisma migrate deploy does", async () => {
    const names = await committedMigrations();
    expect(names.length).toBeGreaterThanOrEqual(2);
    const result = await migrate(url);
    expect(result).toEqual({ createdDatabase: true, applied: names, available: names });

    const rows = await query<{
      migration_name: string;
      checksum: string;
      finished_at: Date | null;
      rolled_back_at: Date | null;
      logs: string | null;
      applied_steps_count: number;
      id: string;
    }>(url, "SELECT * FROM _prisma_migrations ORDER BY migration_name");
    expect(rows.map((r) => r.migration_name)).toEqual(names);
    for (const row of rows) {
      const sql = await readFile(join(MIGRATIONS_DIR, row.migration_name, "migration.sql"), "utf8");
      expect(row.checksum).toBe(sha256Hex(sql));
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.rolled_back_at).toBeNull();
      expect(row.logs).toBeNull();
      expect(row.applied_steps_count).toBe(1);
      expect(row.id).toMatch(/^[0-9a-f-]{36}$/);
    }
  });

  it("is a no-op the second time", async () => {
    const before = await query(url, "SELECT * FROM _prisma_migrations ORDER BY migration_name");
    const result = await migrate(url);
    expect(result.createdDatabase).toBe(false);
    expect(result.applied).toEqual([]);
    expect(await query(url, "SELECT * FROM _prisma_migrations ORDER BY migration_name")).toEqual(before);
  });

  it("applies each migration once when several processes start at the same time", async () => {
    const target = newDatabaseUrl("race");
    const results = await Promise.all([migrate(target), migrate(target), migrate(target)]);
    expect(results.flatMap((r) => r.applied).sort()).toEqual(await committedMigrations());
    const rows = await query(target, "SELECT migration_name FROM _prisma_migrations");
    expect(rows).toHaveLength((await committedMigrations()).length);
  });

  it("seeds the rating levels and enables pg_trgm", async () => {
    const levels = await query<{ key: string }>(url, 'SELECT key FROM "RatingLevel" ORDER BY position');
    expect(levels.map((l) => l.key)).toEqual(["true", "mostly-true", "misleading", "false", "unverifiable"]);
    const ext = await query(url, "SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'");
    expect(ext).toHaveLength(1);
    const plan = await query<{ indexdef: string }>(
      url,
      `SELECT indexdef FROM pg_indexes WHERE indexname = 'Claim_contentNorm_trgm_idx'`,
    );
    expect(plan[0]?.indexdef).toContain("gin_trgm_ops");
  });

  it("applies a migration with a function body in one piece (semicolons inside $$)", async () => {
    const functions = await query(url, "SELECT 1 FROM pg_proc WHERE proname = 'audit_event_refuse_change'");
    expect(functions).toHaveLength(1);
  });

  it("refuses to go on after a failed migration, like deploy", async () => {
    const dir = await migrationsCopy("failing");
    const folder = join(dir, "29990101000000_broken");
    await cp(join(MIGRATIONS_DIR, (await committedMigrations())[0] ?? ""), folder, { recursive: true });
    await writeFile(
      join(folder, "migration.sql"),
      'CREATE TABLE "Oops" (id int);\nSELECT no_such_function();\n',
    );
    const target = newDatabaseUrl("failed");
    await expect(migrate(target, { migrationsDir: dir })).rejects.toThrow(/no_such_function/);
    const rows = await query<{ migration_name: string; finished_at: Date | null }>(
      target,
      "SELECT migration_name, finished_at FROM _prisma_migrations WHERE migration_name LIKE '%broken'",
    );
    expect(rows).toEqual([{ migration_name: "29990101000000_broken", finished_at: null }]);
    // the failed script ran in one transaction: nothing of it stayed
    expect(await query(target, "SELECT 1 FROM pg_tables WHERE tablename = 'Oops'")).toHaveLength(0);
    await expect(migrate(target, { migrationsDir: dir })).rejects.toThrow(/failed migrations/);

    // the documented way out: fix the script, mark the failed run rolled back, migrate again
    await writeFile(join(folder, "migration.sql"), 'CREATE TABLE "Oops" (id int);\n');
    await query(target, "UPDATE _prisma_migrations SET rolled_back_at = now() WHERE finished_at IS NULL");
    expect((await migrate(target, { migrationsDir: dir })).applied).toEqual(["29990101000000_broken"]);
  });

  it("refuses a migrations folder whose applied migration was edited", async () => {
    const dir = await migrationsCopy("edited");
    const target = newDatabaseUrl("edited");
    await migrate(target, { migrationsDir: dir });
    const [first] = await committedMigrations();
    const file = join(dir, first ?? "", "migration.sql");
    await writeFile(file, `${await readFile(file, "utf8")}\n-- edited after it was applied\n`);
    const error = await migrate(target, { migrationsDir: dir }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EditedMigrationError);
    expect((error as EditedMigrationError).migrations).toEqual([first]);
  });
});

describe("when PostgreSQL cannot be reached", () => {
  it("throws DbUnavailableError naming the URL without its password", async () => {
    const error = await migrate("postgresql://sayso:hunter2@127.0.0.1:1/sayso").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DbUnavailableError);
    const message = (error as Error).message;
    expect(message).toContain("postgresql://sayso:***@127.0.0.1:1/sayso");
    expect(message).not.toContain("hunter2");
  });
});
