import { Queue } from "bullmq";
import type { Redis } from "ioredis";
import {
  type ExtractJobData,
  type ExtractJobResult,
  extractJobId,
  extractJobSchema,
  reprocessJobId,
} from "./jobs.ts";
import { DEFAULT_QUEUE_PREFIX, QUEUE_NAMES } from "./names.ts";
import { DEFAULT_JOB_OPTIONS } from "./options.ts";

export type ExtractQueue = Queue<ExtractJobData, ExtractJobResult, "extract">;

export interface QueueHandleOptions {
  /** A connection from connectProducer(); the queue shares it and does not close it. */
  connection: Redis;
  prefix?: string;
}

export function createExtractQueue({ connection, prefix }: QueueHandleOptions): ExtractQueue {
  return new Queue<ExtractJobData, ExtractJobResult, "extract">(QUEUE_NAMES.extract, {
    connection,
    prefix: prefix ?? DEFAULT_QUEUE_PREFIX,
    defaultJobOptions: { ...DEFAULT_JOB_OPTIONS },
  });
}

/** added: a new job; exists: the same text is queued or already processed; retried: it had failed. */
export type EnqueueOutcome = "added" | "exists" | "retried";

export interface EnqueueResult {
  jobId: string;
  outcome: EnqueueOutcome;
}

/**
 * Adds the extract job for an article already stored in Postgres. Enqueuing the same text again
 * is a no-op while its job is retained; enqueuing it after its job failed retries that job, since
 * asking again is the clearest way a user can say "try this once more".
 */
export async function enqueueExtract(queue: ExtractQueue, data: ExtractJobData): Promise<EnqueueResult> {
  const valid = extractJobSchema.parse({ ...data, reprocess: false });
  const jobId = extractJobId(valid.textSha256);
  const existing = await queue.getJob(jobId);
  if (existing) {
    if ((await existing.getState()) !== "failed") return { jobId, outcome: "exists" };
    await existing.retry("failed", { resetAttemptsMade: true, resetAttemptsStarted: true });
    return { jobId, outcome: "retried" };
  }
  await queue.add(QUEUE_NAMES.extract, valid, { jobId });
  return { jobId, outcome: "added" };
}

/** Re-extracts an article with the current extractor: always a new job (see reprocessJobId). */
export async function enqueueReprocess(
  queue: ExtractQueue,
  data: Omit<ExtractJobData, "reprocess">,
  extractor: string,
): Promise<EnqueueResult> {
  const valid = extractJobSchema.parse({ ...data, reprocess: true });
  const jobId = reprocessJobId(valid.textSha256, extractor);
  await queue.add(QUEUE_NAMES.extract, valid, { jobId });
  return { jobId, outcome: "added" };
}
