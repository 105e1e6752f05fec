import type { ExtractJobResult } from "./jobs.ts";
import type { ExtractQueue } from "./producer.ts";

export const COUNTED_STATES = ["waiting", "prioritized", "active", "delayed", "completed", "failed"] as const;
export type CountedState = (typeof COUNTED_STATES)[number];

export interface FailedJobSummary {
  jobId: string;
  articleId: string | null;
  failedReason: string;
  attemptsMade: number;
  finishedOn: number | null;
}

export async function countJobs(queue: ExtractQueue): Promise<Record<CountedState, number>> {
  const counts = await queue.getJobCounts(...COUNTED_STATES);
  return Object.fromEntries(COUNTED_STATES.map((state) => [state, counts[state] ?? 0])) as Record<
    CountedState,
    number
  >;
}

export async function listFailedJobs(queue: ExtractQueue, limit = 50): Promise<FailedJobSummary[]> {
  const jobs = await queue.getFailed(0, Math.max(0, limit - 1));
  return jobs.filter(Boolean).map((job) => ({
    jobId: String(job.id),
    articleId: typeof job.data?.articleId === "string" ? job.data.articleId : null,
    failedReason: job.failedReason ?? "(no reason recorded)",
    attemptsMade: job.attemptsMade,
    finishedOn: job.finishedOn ?? null,
  }));
}

export type JobOutcome =
  | { jobId: string; state: "completed"; result: ExtractJobResult | null }
  | { jobId: string; state: "failed"; reason: string }
  | { jobId: string; state: "missing" };

export interface WaitOptions {
  timeoutMs: number;
  pollMs?: number;
  onProgress?: (finished: number, total: number) => void;
}

export class WaitTimeoutError extends Error {
  override readonly name = "WaitTimeoutError";
}

/**
 * Polls until every job has completed or failed for good. Polling (not QueueEvents) keeps this to
 * one fail-fast connection and cannot miss an event that fired before we started listening.
 */
export async function waitForJobs(
  queue: ExtractQueue,
  jobIds: readonly string[],
  options: WaitOptions,
): Promise<JobOutcome[]> {
  const pending = new Set(jobIds);
  const outcomes = new Map<string, JobOutcome>();
  const deadline = Date.now() + options.timeoutMs;
  options.onProgress?.(0, jobIds.length);
  while (pending.size > 0) {
    for (const jobId of [...pending]) {
      const outcome = await finishedOutcome(queue, jobId);
      if (!outcome) continue;
      outcomes.set(jobId, outcome);
      pending.delete(jobId);
      options.onProgress?.(outcomes.size, jobIds.length);
    }
    if (pending.size === 0) break;
    if (Date.now() > deadline) {
      throw new WaitTimeoutError(
        `${pending.size} of ${jobIds.length} job(s) still unfinished after ${Math.round(options.timeoutMs / 1000)} s (is a worker running?)`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, options.pollMs ?? 250));
  }
  return jobIds.map((jobId) => outcomes.get(jobId) as JobOutcome);
}

async function finishedOutcome(queue: ExtractQueue, jobId: string): Promise<JobOutcome | null> {
  // State first, then the job: read the other way round, a job that finishes in between would
  // show its new state with its old fields (no failedReason, no return value yet).
  const state = await queue.getJobState(jobId);
  if (state !== "completed" && state !== "failed")
    return state === "unknown" ? { jobId, state: "missing" } : null;
  const job = await queue.getJob(jobId);
  if (!job) return { jobId, state: "missing" };
  if (state === "completed") return { jobId, state, result: job.returnvalue ?? null };
  return { jobId, state, reason: job.failedReason || "(no reason recorded)" };
}
