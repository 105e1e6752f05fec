import { DbUnavailableError } from "@sayso/db";
import { RedisUnavailableError } from "@sayso/queue";
import { WorkerConfigError } from "./config.ts";

/** The message for an error that stops the worker from starting: no stack for the expected ones. */
export function describeStartupError(error: unknown): string {
  if (error instanceof RedisUnavailableError || error instanceof DbUnavailableError) return error.message;
  if (error instanceof WorkerConfigError) return error.message;
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

export function isExpectedStartupError(error: unknown): boolean {
  return (
    error instanceof RedisUnavailableError ||
    error instanceof DbUnavailableError ||
    error instanceof WorkerConfigError
  );
}
