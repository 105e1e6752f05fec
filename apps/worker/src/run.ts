import { checkDb, createDb } from "@sayso/db";
import { assertRedisReachable, closeConnection, createWorkerConnection } from "@sayso/queue";
import type { WorkerSettings } from "./config.ts";
import { createLogger, type Logger } from "./logger.ts";
import { createExtractWorker } from "./worker.ts";

export interface RunningWorker {
  /** Resolves once the worker has shut down (after a signal or stop()). */
  done: Promise<void>;
  stop(reason?: string): Promise<void>;
}

/**
 * Starts an extract worker for the long run: checks Redis and Postgres first (so a wrong URL is an
 * error within seconds, not a silent retry loop), then processes jobs until SIGTERM/SIGINT.
 * On the first signal active jobs may finish within the grace period; after it, or on a second
 * signal, the process exits and their locks lapse, so another worker's stalled check retries them.
 */
export async function startWorker(
  settings: WorkerSettings,
  logger: Logger = createLogger(settings.logLevel),
) {
  await assertRedisReachable(settings.redisUrl);
  const db = createDb(settings.databaseUrl);
  try {
    await checkDb(db);
  } catch (error) {
    await db.$disconnect().catch(() => {});
    throw error;
  }

  const connection = createWorkerConnection(settings.redisUrl);
  connection.on("error", (error) => logger.warn({ err: error }, "redis connection error"));
  const worker = createExtractWorker({
    connection,
    db,
    logger,
    concurrency: settings.concurrency,
    prefix: settings.prefix,
    lockDurationMs: settings.lockDurationMs,
    stalledIntervalMs: settings.stalledIntervalMs,
    testDelayMs: settings.testDelayMs,
  });
  await worker.waitUntilReady();
  logger.info(
    { concurrency: settings.concurrency, prefix: settings.prefix, lockDurationMs: settings.lockDurationMs },
    "worker started",
  );

  let stopping: Promise<void> | null = null;
  let resolveDone: () => void = () => {};
  const done = new Promise<void>((resolve) => {
    resolveDone = resolve;
  });

  const stop = (reason = "stop requested"): Promise<void> => {
    if (stopping) return stopping;
    logger.info({ reason, graceMs: settings.shutdownGraceMs }, "worker stopping; letting active jobs finish");
    const grace = setTimeout(() => handBack("grace period over"), settings.shutdownGraceMs);
    stopping = (async () => {
      await worker.close();
      clearTimeout(grace);
      await closeConnection(connection);
      await db.$disconnect().catch(() => {});
      process.off("SIGTERM", onSignal);
      process.off("SIGINT", onSignal);
      logger.info("worker stopped");
      resolveDone();
    })();
    return stopping;
  };

  // BullMQ cannot turn a graceful close into a forced one, so hand jobs back by leaving: their locks
  // lapse and another worker's stalled check moves them back to the queue.
  const handBack = (why: string) => {
    logger.warn({ why }, "exiting with jobs still active; they go back to the queue when their locks lapse");
    connection.disconnect();
    process.exit(1);
  };

  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) handBack(`second ${signal}`);
    else void stop(signal);
  };
  process.on("SIGTERM", onSignal);
  process.on("SIGINT", onSignal);

  return { done, stop } satisfies RunningWorker;
}
