// Test support shared by the worker's and the CLI's integration tests: a worker as a child process,
// polling helpers, and the claims the store is expected to keep. Not used by the worker itself.
import { type ChildProcess, spawn } from "node:child_process";
import { ruleExtractor } from "@sayso/extract";

/** Redis database index 1 is the integration tests'; queue prefixes keep test files apart within it. */
export const TEST_REDIS_URL = process.env.SAYSO_TEST_REDIS_URL ?? "redis://127.0.0.1:6379/1";

export interface ChildWorker {
  process: ChildProcess;
  /** Everything it logged so far (JSON lines). */
  output(): string;
  waitForLog(pattern: RegExp, timeoutMs?: number): Promise<void>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Sends the signal (SIGTERM by default) unless it has ended, and resolves with its exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/** Spawns a worker process (`command` = [executable, ...args]) and waits until it logs that it started. */
export async function startWorkerProcess(
  command: string[],
  options: { env: NodeJS.ProcessEnv; cwd: string },
): Promise<ChildWorker> {
  const [executable = process.execPath, ...args] = command;
  const child = spawn(executable, args, options);
  let output = "";
  const collect = (chunk: Buffer) => {
    output += chunk;
  };
  child.stdout?.on("data", collect);
  child.stderr?.on("data", collect);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolvePromise) =>
    child.on("exit", (code, signal) => resolvePromise({ code, signal })),
  );
  const worker: ChildWorker = {
    process: child,
    output: () => output,
    exited,
    async waitForLog(pattern, timeoutMs = 30_000) {
      const deadline = Date.now() + timeoutMs;
      while (!pattern.test(output)) {
        if (child.exitCode !== null || child.signalCode !== null)
          throw new Error(`worker ended before logging ${pattern}:\n${output}`);
        if (Date.now() > deadline) throw new Error(`worker did not log ${pattern} in time:\n${output}`);
        await sleep(50);
      }
    },
    async stop(signal = "SIGTERM") {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return (await exited).code;
    },
  };
  await worker.waitForLog(/"msg":"worker started"/);
  return worker;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolvePromise) => setTimeout(resolvePromise, ms));
}

export async function waitUntil<T>(
  what: string,
  probe: () => Promise<T | null | undefined | false>,
  timeoutMs = 30_000,
) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}

/** The content spans the store keeps from the current extractor's output (the first of overlapping ones). */
export function expectedClaimSpans(
  text: string,
  lang: string | null,
  publishedAt: string | null,
): { start: number; end: number }[] {
  const kept: { start: number; end: number }[] = [];
  for (const { content } of ruleExtractor.extract({ text, lang, publishedAt }).claims)
    if (!kept.some((span) => span.start < content.end && content.start < span.end))
      kept.push({ start: content.start, end: content.end });
  return kept;
}
