import { isExpectedStartupError, settingsFromEnv, startWorker } from "@sayso/worker";
import type { Command } from "commander";
import { getConfig } from "../config.ts";
import { CliError, UsageError } from "../errors.ts";

export function register(program: Command): void {
  program
    .command("worker")
    .description("run a worker that extracts claims from queued articles (until SIGTERM/SIGINT)")
    .option("-c, --concurrency <n>", "jobs processed at the same time (default: WORKER_CONCURRENCY or 2)")
    .addHelpText(
      "after",
      `
Logs are JSON lines on stdout (level from LOG_LEVEL). On SIGTERM or Ctrl-C active jobs finish
(up to SAYSO_WORKER_SHUTDOWN_MS); a second signal exits at once and the jobs are retried elsewhere.
Environment: DATABASE_URL, REDIS_URL, WORKER_CONCURRENCY, LOG_LEVEL, SAYSO_QUEUE_PREFIX,
SAYSO_WORKER_LOCK_MS and SAYSO_WORKER_STALLED_MS (how soon a dead worker's jobs are retried).`,
    )
    .action(async (options: { concurrency?: string }) => {
      if (options.concurrency !== undefined && !/^[1-9]\d*$/.test(options.concurrency))
        throw new UsageError(`--concurrency must be a positive whole number (got "${options.concurrency}")`);
      const config = getConfig();
      try {
        const settings = settingsFromEnv({
          ...process.env,
          DATABASE_URL: config.databaseUrl,
          REDIS_URL: config.redisUrl,
          SAYSO_QUEUE_PREFIX: config.queuePrefix,
          ...(options.concurrency ? { WORKER_CONCURRENCY: options.concurrency } : {}),
        });
        const running = await startWorker(settings);
        await running.done;
      } catch (error) {
        if (isExpectedStartupError(error)) throw new CliError((error as Error).message);
        throw error;
      }
    });
}
