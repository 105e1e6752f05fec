// npm run migrate -w @sayso/db — what `sayso db migrate` does, for machines without the CLI set up.
import { migrate } from "../src/migrate/apply.ts";
import { DEFAULT_DATABASE_URL, redactUrl } from "../src/url.ts";

const url = process.env.DATABASE_URL || DEFAULT_DATABASE_URL;
try {
  const { createdDatabase, applied, available } = await migrate(url);
  if (createdDatabase) console.log(`created database ${redactUrl(url)}`);
  console.log(
    applied.length
      ? `applied: ${applied.join(", ")}`
      : `${redactUrl(url)} is up to date (${available.length} migrations)`,
  );
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
