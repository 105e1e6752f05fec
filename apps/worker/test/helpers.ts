import { type ChildProcess, spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { createTestDatabase, type TestDatabase } from "@sayso/db/testing";
import { ruleExtractor } from "@sayso/extract";
import {
  closeConnection,
  connectProducer,
  createExtractQueue,
  type ExtractQueue,
  type RedisConnection,
} from "@sayso/queue";

const WORKER_DIR = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const TEST_REDIS_URL = process.env.SAYSO_TEST_REDIS_URL ?? "redis://127.0.0.1:6379/1";

export interface WorkerTestEnv {
  database: TestDatabase;
  prefix: string;
  queue: ExtractQueue;
  env: NodeJS.ProcessEnv;
  cleanup(): Promise<void>;
}

export async function createWorkerTestEnv(area: string): Promise<WorkerTestEnv> {
  const database = await createTestDatabase(`sayso_t_pipe_${area}`);
  const prefix = `sayso-t-pipe-${area}-${randomUUID().slice(0, 8)}`;
  const connection: RedisConnection = await connectProducer(TEST_REDIS_URL);
  const queue = createExtractQueue({ connection, prefix });
  return {
    database,
    prefix,
    queue,
    env: {
      ...process.env,
      DATABASE_URL: database.url,
      REDIS_URL: TEST_REDIS_URL,
      SAYSO_QUEUE_PREFIX: prefix,
    },
    async cleanup() {
      await queue.obliterate({ force: true }).catch(() => {});
      await queue.close();
      await closeConnection(connection);
      await database.drop();
    },
  };
}

export interface ChildWorker {
  process: ChildProcess;
  output(): string;
  waitForLog(pattern: RegExp, timeoutMs?: number): Promise<void>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** `node --import tsx src/main.ts`: the worker's own entry point, as a separate process. */
export async function startChildWorker(env: NodeJS.ProcessEnv, args: string[] = []): Promise<ChildWorker> {
  const child = spawn(process.execPath, ["--import", "tsx", join(WORKER_DIR, "src/main.ts"), ...args], {
    env,
    cwd: WORKER_DIR,
  });
  let output = "";
  child.stdout?.on("data", (chunk) => {
    output += chunk;
  });
  child.stderr?.on("data", (chunk) => {
    output += chunk;
  });
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

/** The content spans the store keeps from the current extractor's output (first of overlapping ones). */
export function expectedClaimSpans(text: string, lang: string | null, publishedAt: string | null): string[] {
  const kept: { start: number; end: number }[] = [];
  for (const { content } of ruleExtractor.extract({ text, lang, publishedAt }).claims)
    if (!kept.some((span) => span.start < content.end && content.start < span.end)) kept.push(content);
  return kept.map((span) => `${span.start}:${span.end}`).sort();
}
