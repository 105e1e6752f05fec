export {
  settingsFromEnv,
  WorkerConfigError,
  type WorkerEnv,
  type WorkerSettings,
  workerEnvSchema,
} from "./config.ts";
export { isTransient } from "./errors.ts";
export { createLogger, type Logger } from "./logger.ts";
export { createExtractProcessor, type ExtractJob, type ProcessorDeps } from "./processor.ts";
export { type RunningWorker, startWorker } from "./run.ts";
export { describeStartupError, isExpectedStartupError } from "./startup-error.ts";
export { createExtractWorker, type ExtractWorker, type ExtractWorkerOptions } from "./worker.ts";
