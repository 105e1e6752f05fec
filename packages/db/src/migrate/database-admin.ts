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

/**
 * Creates the database unless it exists; true when it was created. Connects to the database itself
 * first, so a user who may not open the maintenance database can still migrate an existing one.
 */
export async function ensureDatabase(url: string, name: string): Promise<boolean> {
  const probe = new pg.Client(poolConfigFromUrl(url));
  try {
    await probe.connect();
    return false;
  } catch (error) {
    if ((error as { code?: string }).code !== "3D000") {
      throw isConnectionError(error) ? new DbUnavailableError(url, error) : error;
    }
  } finally {
    await probe.end().catch(() => {});
  }
  return withMaintenanceClient(url, async (client) => {
    try {
      await client.query(`CREATE DATABASE ${quoteIdent(name)}`);
      return true;
    } catch (error) {
      // another process created it in the meantime (42P04, or 23505 when both CREATEs raced)
      const code = (error as { code?: string }).code;
      if (code === "42P04" || code === "23505") return false;
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
