// npm run migration:new -w @sayso/db -- <name> [--empty]
// Writes prisma/migrations/<timestamp>_<name>/migration.sql with the SQL that takes the committed
// migrations to schema.prisma, computed by Prisma's schema engine (wasm) on a throw-away shadow
// database on the server at DATABASE_URL. --empty writes an empty migration for hand-written SQL.
import { parseArgs } from "node:util";
import { pendingSchemaChange } from "../src/migrate/diff.ts";
import { migrationFolderName, writeMigration } from "../src/migrate/migrations-dir.ts";
import { MIGRATIONS_DIR } from "../src/migrate/paths.ts";
import { DEFAULT_DATABASE_URL, redactUrl } from "../src/url.ts";

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { empty: { type: "boolean", default: false } },
});
const name = positionals[0];
if (!name) {
  console.error("usage: npm run migration:new -w @sayso/db -- <name> [--empty]");
  process.exit(2);
}

const url = process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL;
try {
  const sql = await pendingSchemaChange(url);
  if (!sql && !values.empty) {
    console.log(
      "schema.prisma and prisma/migrations agree: no migration written (use --empty for hand-written SQL).",
    );
    process.exit(0);
  }
  if (sql && values.empty) {
    console.error("schema.prisma has changes the migrations lack; drop --empty to generate them first.");
    process.exit(1);
  }
  const folder = migrationFolderName(name);
  const body =
    sql || "-- Hand-written migration: add SQL below. Prisma does not track it in schema.prisma.\n";
  const dir = await writeMigration(MIGRATIONS_DIR, folder, body);
  console.log(`wrote ${dir}/migration.sql`);
} catch (error) {
  console.error(`migration:new failed (Postgres for the shadow database: ${redactUrl(url)}):`);
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
