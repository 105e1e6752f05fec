import {
  closeConnection,
  connectProducer,
  createExtractQueue,
  DEFAULT_QUEUE_PREFIX,
  type ExtractQueue,
} from "@sayso/queue";

// The web process only enqueues; the BullMQ worker runs in apps/worker.
const globalForQueue = globalThis as unknown as { saysoExtractQueue?: Promise<ExtractQueue> };

async function openQueue(): Promise<ExtractQueue> {
  const connection = await connectProducer(process.env.REDIS_URL || "redis://127.0.0.1:6379");
  return createExtractQueue({ connection, prefix: process.env.SAYSO_QUEUE_PREFIX || DEFAULT_QUEUE_PREFIX });
}

/** One producer connection per server process, opened on first use and reopened after a failure. */
export async function getExtractQueue(): Promise<ExtractQueue> {
  globalForQueue.saysoExtractQueue ??= openQueue().catch((error: unknown) => {
    globalForQueue.saysoExtractQueue = undefined;
    throw error;
  });
  return globalForQueue.saysoExtractQueue;
}

export { closeConnection };
