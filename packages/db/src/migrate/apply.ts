import { DEFAULT_DATABASE_URL, databaseName } from "../url.ts";
import { ensureDatabase } from "./database-admin.ts";
import { withSchemaEngine } from "./engine-session.ts";
import { NO_FILTER, readMigrationsDir } from "./migrations-dir.ts";
import { MIGRATIONS_DIR } from "./paths.ts";

/** An applied migration's migration.sql no longer matches the checksum recorded when it ran. */
export class EditedMigrationError extends Error {
  override readonly name = "EditedMigrationError";
  constructor(readonly migrations: string[]) {
    super(
      `applied migration${migrations.length > 1 ? "s were" : " was"} edited afterwards (checksum mismatch): ${migrations.join(", ")}. ` +
        "Restore the committed file and put the change in a new migration.",
    );
  }
}

export interface MigrateResult {
  /** The database did not exist and was created. */
  createdDatabase: boolean;
  /** Migration folder names applied by this call, in order; empty when the database was up to date. */
  applied: string[];
  /** All migration folders found. */
  available: string[];
}

export interface MigrateOptions {
  migrationsDir?: string;
}

/**
 * `prisma migrate deploy` without the schema-engine binary: creates the database when missing, then
 * lets Prisma's own engine (compiled to wasm) apply the pending migrations, recording them in
 * `_prisma_migrations` with the same checksums. Refuses to go on after a failed migration, as deploy
 * does, and (stricter than deploy, which only ignores them) when an applied migration was edited.
 */
export async function migrate(
  url: string = process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL,
  options: MigrateOptions = {},
): Promise<MigrateResult> {
  const createdDatabase = await ensureDatabase(url, databaseName(url));
  const migrationsList = await readMigrationsDir(options.migrationsDir ?? MIGRATIONS_DIR);
  const available = migrationsList.migrationDirectories.map((m) => m.path);
  const { appliedMigrationNames } = await withSchemaEngine(url, async (engine) => {
    const { editedMigrationNames } = await engine.diagnoseMigrationHistory({
      migrationsList,
      optInToShadowDatabase: false,
      filters: NO_FILTER,
    });
    if (editedMigrationNames.length > 0) throw new EditedMigrationError(editedMigrationNames);
    return engine.applyMigrations({ migrationsList, filters: NO_FILTER });
  });
  return { createdDatabase, applied: appliedMigrationNames, available };
}
