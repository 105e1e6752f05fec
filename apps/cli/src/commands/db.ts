import { DbUnavailableError, EditedMigrationError, migrate, redactUrl } from "@sayso/db";
import type { Command } from "commander";
import { getConfig } from "../config.ts";
import { CliError } from "../errors.ts";

const MIGRATE_HELP = `
Creates the database named in DATABASE_URL if it does not exist, then applies the migrations in
packages/db/prisma/migrations that it lacks, in order, each recorded in _prisma_migrations exactly
as \`prisma migrate deploy\` records it. Needs no internet and no Prisma engine binary. Running it
again applies nothing. It stops at a migration that failed earlier, and at an applied migration
whose file was edited afterwards.

Environment:
  DATABASE_URL   postgresql://user:password@host:5432/database
                 (default postgresql://postgres@127.0.0.1:5432/sayso)`;

async function runMigrate(): Promise<void> {
  const { databaseUrl } = getConfig();
  const where = redactUrl(databaseUrl);
  let result: Awaited<ReturnType<typeof migrate>>;
  try {
    result = await migrate(databaseUrl);
  } catch (error) {
    if (error instanceof DbUnavailableError)
      throw new CliError(`${error.message}\nIs PostgreSQL running, and is DATABASE_URL right?`);
    if (error instanceof EditedMigrationError) throw new CliError(error.message);
    const message = error instanceof Error ? error.message : String(error);
    throw new CliError(`migrating ${where} failed:\n${message}`);
  }
  if (result.createdDatabase) console.log(`created database ${where}`);
  if (result.applied.length === 0) {
    console.log(`${where} is up to date (${result.available.length} migrations)`);
    return;
  }
  console.log(
    `applied ${result.applied.length} migration${result.applied.length > 1 ? "s" : ""} to ${where}:`,
  );
  for (const name of result.applied) console.log(`  ${name}`);
}

export function register(program: Command): void {
  const db = program.command("db").description("manage the sayso database");
  db.command("migrate")
    .description(
      "create the database if missing and apply pending migrations (offline prisma migrate deploy)",
    )
    .addHelpText("after", MIGRATE_HELP)
    .action(runMigrate);
}
