import { hostname } from "node:os";
import type { Db } from "@sayso/db";
import { type Extractor, ruleExtractor } from "@sayso/extract";
import type { RedisConnection } from "@sayso/queue";
import { DEFAULT_QUEUE_PREFIX, type ExtractJobData, type ExtractJobResult, QUEUE_NAMES } from "@sayso/queue";
import { Worker } from "bullmq";
import type { Logger } from "./logger.ts";
import { createExtractProcessor } from "./processor.ts";

export interface ExtractWorkerOptions {
  /** A connection from createWorkerConnection() (maxRetriesPerRequest: null). */
  connection: RedisConnection;
  db: Db;
  logger: Logger;
  concurrency: number;
  prefix?: string;
  extractor?: Extractor;
  /** A job whose lock is not renewed for this long is considered stalled (its worker died). */
  lockDurationMs?: number;
  /** How often to look for stalled jobs and move them back to wait for another attempt. */
  stalledIntervalMs?: number;
  testDelayMs?: number;
}

export type ExtractWorker = Worker<ExtractJobData, ExtractJobResult, string>;

export function createExtractWorker(options: ExtractWorkerOptions): ExtractWorker {
  const { logger } = options;
  const processor = createExtractProcessor({
    db: options.db,
    extractor: options.extractor ?? ruleExtractor,
    logger,
    testDelayMs: options.testDelayMs ?? 0,
  });
  const worker = new Worker<ExtractJobData, ExtractJobResult, string>(QUEUE_NAMES.extract, processor, {
    connection: options.connection,
    prefix: options.prefix ?? DEFAULT_QUEUE_PREFIX,
    concurrency: options.concurrency,
    name: `sayso-worker@${hostname()}:${process.pid}`,
    lockDuration: options.lockDurationMs ?? 30_000,
    stalledInterval: options.stalledIntervalMs ?? 30_000,
    // A job whose worker died is retried once more before it is failed as stalled.
    maxStalledCount: 1,
  });

  worker.on("active", (job) => logger.debug({ jobId: job.id, articleId: job.data.articleId }, "job started"));
  worker.on("completed", (job, result) =>
    logger.info(
      { jobId: job.id, articleId: result.articleId, claims: result.claims, state: result.state },
      "job completed",
    ),
  );
  worker.on("failed", (job, error) =>
    logger.warn(
      { jobId: job?.id, attemptsMade: job?.attemptsMade, reason: error.message },
      "job attempt failed",
    ),
  );
  worker.on("stalled", (jobId) =>
    logger.warn({ jobId }, "job stalled (its worker stopped); it goes back to the queue"),
  );
  worker.on("error", (error) => logger.error({ err: error }, "worker error"));
  return worker;
}
