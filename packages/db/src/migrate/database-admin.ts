import pg from "pg";
import { DbUnavailableError, isConnectionError } from "../errors.ts";
import { poolConfigFromUrl, withDatabase } from "../url.ts";

const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** Runs `work` on the server's maintenance database (`postgres`), for CREATE/DROP DATABASE. */
export async function withMaintenanceClient<T>(
  url: string,
  work: (client: pg.Client) => Promise<T>,
): Promise<T> {
  const client = new pg.Client(poolConfigFromUrl(withDatabase(url, "postgres")));
  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => {});
    throw isConnectionError(error) ? new DbUnavailableError(url, error) : error;
  }
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Creates the database unless it exists; true when it was created. */
export async function ensureDatabase(url: string, name: string): Promise<boolean> {
  return withMaintenanceClient(url, async (client) => {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (found.rowCount) return false;
    try {
      await client.query(`CREATE DATABASE ${quoteIdent(name)}`);
      return true;
    } catch (error) {
      // another process created it between our check and our CREATE
      if ((error as { code?: string }).code === "42P04") return false;
      throw error;
    }
  });
}

export async function createDatabase(url: string, name: string): Promise<void> {
  await withMaintenanceClient(url, (client) => client.query(`CREATE DATABASE ${quoteIdent(name)}`));
}

export async function dropDatabase(url: string, name: string): Promise<void> {
  await withMaintenanceClient(url, (client) =>
    client.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`),
  );
}
