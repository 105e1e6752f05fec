import { z } from "zod";

const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);

/** Everything the worker reads from the environment, validated once at start. */
export const workerEnvSchema = z.object({
  DATABASE_URL: z.string().min(1).default("postgresql://postgres@127.0.0.1:5432/sayso"),
  REDIS_URL: z.string().min(1).default("redis://127.0.0.1:6379"),
  SAYSO_QUEUE_PREFIX: z.string().min(1).default("sayso"),
  WORKER_CONCURRENCY: positiveInt(2),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  /** How long a job's lock lasts; a worker that dies loses its jobs to others after this. */
  SAYSO_WORKER_LOCK_MS: positiveInt(30_000),
  /** How often this worker looks for jobs whose worker died (stalled jobs). */
  SAYSO_WORKER_STALLED_MS: positiveInt(30_000),
  /** On SIGTERM/SIGINT, how long active jobs may run on before they are handed back. */
  SAYSO_WORKER_SHUTDOWN_MS: positiveInt(30_000),
  /** Test-only: sleep this long inside every job, after it is marked processing. */
  SAYSO_TEST_DELAY_MS: z.coerce.number().int().nonnegative().default(0),
});

export type WorkerEnv = z.infer<typeof workerEnvSchema>;

export interface WorkerSettings {
  databaseUrl: string;
  redisUrl: string;
  prefix: string;
  concurrency: number;
  logLevel: WorkerEnv["LOG_LEVEL"];
  lockDurationMs: number;
  stalledIntervalMs: number;
  shutdownGraceMs: number;
  testDelayMs: number;
}

export function settingsFromEnv(env: NodeJS.ProcessEnv = process.env): WorkerSettings {
  const parsed = workerEnvSchema.safeParse(env);
  if (!parsed.success) throw new WorkerConfigError(z.prettifyError(parsed.error));
  const e = parsed.data;
  return {
    databaseUrl: e.DATABASE_URL,
    redisUrl: e.REDIS_URL,
    prefix: e.SAYSO_QUEUE_PREFIX,
    concurrency: e.WORKER_CONCURRENCY,
    logLevel: e.LOG_LEVEL,
    lockDurationMs: e.SAYSO_WORKER_LOCK_MS,
    stalledIntervalMs: e.SAYSO_WORKER_STALLED_MS,
    shutdownGraceMs: e.SAYSO_WORKER_SHUTDOWN_MS,
    testDelayMs: e.SAYSO_TEST_DELAY_MS,
  };
}

export class WorkerConfigError extends Error {
  override readonly name = "WorkerConfigError";
  constructor(detail: string) {
    super(`invalid worker configuration:\n${detail}`);
  }
}
