import { randomUUID } from "node:crypto";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { createTestDatabase, type TestDatabase } from "@sayso/db/testing";
import {
  closeConnection,
  connectProducer,
  createExtractQueue,
  type ExtractQueue,
  type RedisConnection,
} from "@sayso/queue";
import { type ChildWorker, expectedClaimSpans, startWorkerProcess, TEST_REDIS_URL } from "../src/testing.ts";

export { type ChildWorker, sleep, TEST_REDIS_URL, waitUntil } from "../src/testing.ts";

const WORKER_DIR = resolve(dirname(fileURLToPath(import.meta.url)), "..");

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

/** `node --import tsx src/main.ts`: the worker's own entry point, as a separate process. */
export function startChildWorker(env: NodeJS.ProcessEnv, args: string[] = []): Promise<ChildWorker> {
  return startWorkerProcess([process.execPath, "--import", "tsx", join(WORKER_DIR, "src/main.ts"), ...args], {
    env,
    cwd: WORKER_DIR,
  });
}

/** The content spans the store keeps, as sortable "start:end" keys. */
export function expectedClaimKeys(text: string, lang: string | null, publishedAt: string | null): string[] {
  return expectedClaimSpans(text, lang, publishedAt)
    .map((span) => `${span.start}:${span.end}`)
    .sort();
}
