import { PrismaPg } from "@prisma/adapter-pg";
import { DbUnavailableError } from "./errors.ts";
import { PrismaClient } from "./generated/prisma/client.ts";
import { DEFAULT_DATABASE_URL } from "./url.ts";

/** The Prisma client for the sayso database. Call `$disconnect()` (or `closeDb()`) when done. */
export type Db = PrismaClient;

const urls = new WeakMap<object, string>();

/** A new client on `url` (default: env DATABASE_URL, else the local default), using the pg adapter. */
export function createDb(url: string = databaseUrlFromEnv()): Db {
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
  urls.set(db, url);
  return db;
}

export function databaseUrlFromEnv(): string {
  return process.env.DATABASE_URL || DEFAULT_DATABASE_URL;
}

let shared: Db | undefined;

/** One client per process, created on first use from env DATABASE_URL. */
export function getDb(): Db {
  shared ??= createDb();
  return shared;
}

/** Disconnects the `getDb()` client, if one was made; the next `getDb()` makes a new one. */
export async function closeDb(): Promise<void> {
  const db = shared;
  shared = undefined;
  await db?.$disconnect();
}

/** Throws DbUnavailableError (naming the redacted URL) when the database cannot be queried. */
export async function checkDb(db: Db): Promise<void> {
  try {
    await db.$queryRaw`SELECT 1`;
  } catch (error) {
    throw new DbUnavailableError(urls.get(db) ?? "(unknown database URL)", error);
  }
}
