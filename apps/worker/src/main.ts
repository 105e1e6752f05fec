import { parseArgs } from "node:util";
import { settingsFromEnv } from "./config.ts";
import { startWorker } from "./run.ts";
import { describeStartupError } from "./startup-error.ts";

// `tsx src/main.ts [--concurrency N]`; `sayso worker` runs the same startWorker().
const { values } = parseArgs({ options: { concurrency: { type: "string", short: "c" } }, strict: true });

try {
  const settings = settingsFromEnv({
    ...process.env,
    ...(values.concurrency !== undefined ? { WORKER_CONCURRENCY: values.concurrency } : {}),
  });
  const running = await startWorker(settings);
  await running.done;
} catch (error) {
  console.error(`sayso-worker: ${describeStartupError(error)}`);
  process.exitCode = 1;
}
