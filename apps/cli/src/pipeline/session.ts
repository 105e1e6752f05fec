import { checkDb, createDb, type Db, DbUnavailableError } from "@sayso/db";
import {
  closeConnection,
  connectProducer,
  createExtractQueue,
  type ExtractQueue,
  type RedisConnection,
  RedisUnavailableError,
} from "@sayso/queue";
import { type Config, getConfig } from "../config.ts";
import { CliError } from "../errors.ts";

/** Postgres and the extract queue, opened for one command and closed after it. */
export interface Session {
  config: Config;
  db: Db;
  queue: ExtractQueue;
  close(): Promise<void>;
}

/**
 * Opens both services and checks they answer, so an unreachable one is a one-line error naming
 * its URL (exit 1) before any work starts.
 */
export async function openSession(config: Config = getConfig()): Promise<Session> {
  let db: Db | undefined;
  let connection: RedisConnection | undefined;
  try {
    connection = await connectProducer(config.redisUrl);
    db = createDb(config.databaseUrl);
    await checkDb(db);
  } catch (error) {
    if (connection) await closeConnection(connection);
    await db?.$disconnect().catch(() => {});
    throw asCliError(error);
  }
  const queue = createExtractQueue({ connection, prefix: config.queuePrefix });
  const openDb = db;
  const openConnection = connection;
  return {
    config,
    db: openDb,
    queue,
    async close() {
      await queue.close().catch(() => {});
      await closeConnection(openConnection);
      await openDb.$disconnect().catch(() => {});
    },
  };
}

export async function withSession<T>(run: (session: Session) => Promise<T>): Promise<T> {
  const session = await openSession();
  try {
    return await run(session);
  } catch (error) {
    throw asCliError(error);
  } finally {
    await session.close();
  }
}

/** Service outages become user-facing errors (message, exit 1, no stack); the rest pass through. */
export function asCliError(error: unknown): unknown {
  if (error instanceof RedisUnavailableError || error instanceof DbUnavailableError)
    return new CliError(error.message);
  return error;
}
