export type { Redis as RedisConnection } from "ioredis";
export {
  assertRedisReachable,
  closeConnection,
  connectProducer,
  createWorkerConnection,
  type ProducerConnectionOptions,
  RedisUnavailableError,
  redactRedisUrl,
} from "./connection.ts";
export {
  COUNTED_STATES,
  type CountedState,
  countJobs,
  type FailedJobSummary,
  type JobOutcome,
  listFailedJobs,
  type WaitOptions,
  WaitTimeoutError,
  waitForJobs,
} from "./inspect.ts";
export {
  type ExtractJobData,
  type ExtractJobResult,
  extractJobId,
  extractJobResultSchema,
  extractJobSchema,
  reprocessJobId,
} from "./jobs.ts";
export { DEFAULT_QUEUE_PREFIX, QUEUE_NAMES, type QueueName } from "./names.ts";
export { DEFAULT_JOB_OPTIONS } from "./options.ts";
export {
  createExtractQueue,
  type EnqueueOutcome,
  type EnqueueResult,
  type ExtractQueue,
  enqueueExtract,
  enqueueReprocess,
  type QueueHandleOptions,
} from "./producer.ts";
