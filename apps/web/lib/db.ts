import { createDb, type Db } from "@sayso/db/client";

// One Prisma client (one pg pool) per server process. Next bundles route handlers, pages and
// actions into separate chunks, which may each evaluate @sayso/db's module-level singleton, so the
// client is kept on globalThis instead.
const globalForDb = globalThis as unknown as { saysoDb?: Db };

export function getDb(): Db {
  globalForDb.saysoDb ??= createDb();
  return globalForDb.saysoDb;
}
