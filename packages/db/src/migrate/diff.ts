import type { DiffTarget } from "@prisma/schema-engine-wasm";
import { databaseName, withDatabase } from "../url.ts";
import { readSchemaFile, type SchemaFile, withSchemaEngine } from "./engine-session.ts";
import { NO_FILTER, readMigrationsDir } from "./migrations-dir.ts";
import { MIGRATIONS_DIR, SCHEMA_PATH } from "./paths.ts";

/** SQL that takes a database from `from` to `to`; "" when they already agree. */
export async function diffSql(
  url: string,
  from: DiffTarget,
  to: DiffTarget,
  schema?: SchemaFile,
): Promise<string> {
  // The diff reads no database of its own (a "migrations" source is replayed on a shadow database),
  // so the engine connects to the maintenance database and `url`'s database need not exist.
  const result = await withSchemaEngine(
    withDatabase(url, "postgres"),
    (engine) => engine.diff({ from, to, script: true, exitCode: null, filters: NO_FILTER }),
    schema,
    databaseName(url),
  );
  return result.stdout ?? "";
}

export interface SchemaDriftOptions {
  migrationsDir?: string;
  schemaPath?: string;
}

/**
 * What a new migration would contain: the committed migrations are replayed on a throw-away shadow
 * database on the server at `url`, and compared with schema.prisma. Empty when they agree.
 */
export async function pendingSchemaChange(url: string, options: SchemaDriftOptions = {}): Promise<string> {
  const schema = await readSchemaFile(options.schemaPath ?? SCHEMA_PATH);
  const migrations = await readMigrationsDir(options.migrationsDir ?? MIGRATIONS_DIR);
  // the engine wants a lockfile to read a migrations folder; with no migrations, start from nothing
  const from: DiffTarget =
    migrations.migrationDirectories.length === 0 ? { tag: "empty" } : { tag: "migrations", ...migrations };
  const sql = await diffSql(url, from, { tag: "schemaDatamodel", files: [schema] }, schema);
  return isEmptyMigration(sql) ? "" : sql;
}

/** The engine prints a comment-only script when nothing changes. */
export function isEmptyMigration(sql: string): boolean {
  return sql
    .split("\n")
    .map((line) => line.trim())
    .every((line) => line === "" || line.startsWith("--"));
}
