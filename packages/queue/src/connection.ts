import { Redis, type RedisOptions } from "ioredis";

/** Redis cannot be reached. The message names the URL (password hidden) and the cause, no stack. */
export class RedisUnavailableError extends Error {
  override readonly name = "RedisUnavailableError";
  constructor(
    readonly url: string,
    cause?: unknown,
  ) {
    const reason = cause instanceof Error ? cause.message : cause ? String(cause) : "no answer";
    super(`cannot reach Redis at ${redactRedisUrl(url)} (${reason})`, { cause });
  }
}

export function redactRedisUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return "<invalid Redis URL>";
  }
}

export interface ProducerConnectionOptions {
  /** How long to wait for the TCP connection and the first PING, in ms. */
  connectTimeoutMs?: number;
}

/**
 * A connection for code that adds or inspects jobs (CLI, web). It fails fast: no offline queue, one
 * retry per command, no reconnecting before the first connection, so a missing Redis is an error
 * within seconds, not a hang.
 */
export async function connectProducer(url: string, options: ProducerConnectionOptions = {}): Promise<Redis> {
  const connectTimeout = options.connectTimeoutMs ?? 3000;
  let readyOnce = false;
  const redis = new Redis(url, {
    lazyConnect: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout,
    // A wrong URL fails at once. Once connected, a long-lived producer (the web app) reconnects in
    // the background for as long as it takes, while each command still fails fast meanwhile.
    retryStrategy: (times) => (readyOnce ? Math.min(times * 200, 2000) : null),
  });
  redis.once("ready", () => {
    readyOnce = true;
  });
  // Errors surface through the commands that fail; an unhandled 'error' event would crash the process.
  redis.on("error", () => {});
  try {
    await redis.connect();
    await withTimeout(redis.ping(), connectTimeout);
    return redis;
  } catch (error) {
    redis.disconnect();
    throw new RedisUnavailableError(url, error);
  }
}

/**
 * A connection for workers: BullMQ's blocking commands must wait as long as it takes, so
 * maxRetriesPerRequest is null and ioredis reconnects forever (BullMQ requires both).
 */
export function createWorkerConnection(url: string, extra: RedisOptions = {}): Redis {
  return new Redis(url, { ...extra, maxRetriesPerRequest: null, enableOfflineQueue: true });
}

/** Checks that Redis answers before a long-running process commits to it. */
export async function assertRedisReachable(
  url: string,
  options: ProducerConnectionOptions = {},
): Promise<void> {
  const probe = await connectProducer(url, options);
  await probe.quit().catch(() => probe.disconnect());
}

export async function closeConnection(redis: Redis): Promise<void> {
  if (redis.status === "end") return;
  await redis.quit().catch(() => redis.disconnect());
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
