// For tests in any package: a fresh, migrated database of its own, dropped afterwards.
//   const t = await createTestDatabase("sayso_t_web");  ...  afterAll(() => t.drop());
import { randomBytes } from "node:crypto";
import { createDb, type Db } from "./client.ts";
import { migrate } from "./migrate/apply.ts";
import { dropDatabase } from "./migrate/database-admin.ts";
import { DEFAULT_DATABASE_URL, withDatabase } from "./url.ts";

export interface TestDatabase {
  /** postgres URL of the new database */
  url: string;
  /** a client on it (disconnected by drop) */
  db: Db;
  /** disconnects `db` and drops the database (and any shadow databases named after it) */
  drop(): Promise<void>;
}

/**
 * Creates `<prefix>_<random>` on the server of env TEST_DATABASE_URL / DATABASE_URL (default
 * postgresql://postgres@127.0.0.1:5432), applies the committed migrations, and returns a client.
 * Use a prefix naming your area, e.g. "sayso_t_worker".
 */
export async function createTestDatabase(prefix = "sayso_t"): Promise<TestDatabase> {
  const server = process.env.TEST_DATABASE_URL || process.env.DATABASE_URL || DEFAULT_DATABASE_URL;
  const safePrefix = prefix
    .toLowerCase()
    .replace(/[^a-z0-9_]/g, "_")
    .slice(0, 40);
  const name = `${safePrefix}_${randomBytes(5).toString("hex")}`;
  const url = withDatabase(server, name);
  try {
    await migrate(url);
  } catch (error) {
    await dropDatabase(url, name).catch(() => {});
    throw error;
  }
  const db = createDb(url);
  let dropped = false;
  return {
    url,
    db,
    async drop() {
      if (dropped) return;
      dropped = true;
      await db.$disconnect();
      await dropDatabase(url, name);
    },
  };
}
