import type { DefaultJobOptions } from "bullmq";

const HOUR = 60 * 60;

function deepFreeze<T extends object>(value: T): Readonly<T> {
  for (const inner of Object.values(value)) if (inner && typeof inner === "object") deepFreeze(inner);
  return Object.freeze(value);
}

/**
 * Defaults for every job we add. Five attempts with exponential backoff (1s, 2s, 4s, 8s) ride out a
 * database restart; finished jobs are kept long enough to inspect (`sayso status`) and to make
 * the text-hash job id deduplicate re-enqueues, but bounded so Redis does not grow forever.
 */
export const DEFAULT_JOB_OPTIONS: Readonly<DefaultJobOptions> = deepFreeze({
  attempts: 5,
  backoff: { type: "exponential", delay: 1000 },
  removeOnComplete: { age: 7 * 24 * HOUR, count: 10_000 },
  removeOnFail: { age: 30 * 24 * HOUR, count: 50_000 },
});
