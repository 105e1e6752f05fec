import { randomUUID } from "node:crypto";
import { Worker } from "bullmq";
import type { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  closeConnection,
  connectProducer,
  countJobs,
  createExtractQueue,
  createWorkerConnection,
  DEFAULT_JOB_OPTIONS,
  type ExtractQueue,
  enqueueExtract,
  enqueueReprocess,
  extractJobId,
  extractJobSchema,
  listFailedJobs,
  RedisUnavailableError,
  redactRedisUrl,
  reprocessJobId,
  waitForJobs,
} from "../src/index.ts";

const REDIS_URL = process.env.SAYSO_TEST_REDIS_URL ?? "redis://127.0.0.1:6379/1";
const sha = (c: string) => c.repeat(64);

describe("job ids and schemas", () => {
  it("derives the extract job id from the text hash alone", () => {
    expect(extractJobId(sha("a"))).toBe(`extract-${sha("a")}`);
    expect(() => extractJobId("not-a-hash")).toThrow();
  });

  it("gives every reprocess request its own id, without the ':' BullMQ refuses", () => {
    const first = reprocessJobId(sha("b"), "sayso-rules@1.2.0", 1);
    const second = reprocessJobId(sha("b"), "sayso-rules@1.2.0", 2);
    expect(first).not.toBe(second);
    expect(first).not.toContain(":");
  });

  it("refuses job data that is not ids", () => {
    expect(extractJobSchema.safeParse({ articleId: "a1", textSha256: sha("c") }).success).toBe(true);
    expect(extractJobSchema.safeParse({ articleId: "", textSha256: sha("c") }).success).toBe(false);
    expect(extractJobSchema.safeParse({ articleId: "a1", text: "hello" }).success).toBe(false);
  });

  it("freezes the default job options", () => {
    expect(Object.isFrozen(DEFAULT_JOB_OPTIONS)).toBe(true);
    expect(Object.isFrozen(DEFAULT_JOB_OPTIONS.backoff)).toBe(true);
    expect(DEFAULT_JOB_OPTIONS.attempts).toBe(5);
    expect(() => {
      (DEFAULT_JOB_OPTIONS as { attempts: number }).attempts = 1;
    }).toThrow();
  });

  it("hides the password when naming a Redis URL", () => {
    expect(redactRedisUrl("redis://:secret@example.org:6380/2")).not.toContain("secret");
  });
});

describe("producer connection", () => {
  it("fails fast with an error naming the URL when Redis is not there", async () => {
    const url = "redis://127.0.0.1:1/1";
    const started = Date.now();
    const error = await connectProducer(url, { connectTimeoutMs: 1000 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RedisUnavailableError);
    expect((error as Error).message).toContain("127.0.0.1:1");
    expect(Date.now() - started).toBeLessThan(5000);
  });
});

describe("producer connection after a drop", () => {
  it("reconnects in the background once it has been connected", async () => {
    const producer = await connectProducer(REDIS_URL);
    const killer = await connectProducer(REDIS_URL);
    try {
      const id = await producer.client("ID");
      await killer.client("KILL", "ID", String(id));
      // Commands fail fast (no offline queue) until the background reconnect is done.
      let reconnected = false;
      for (const deadline = Date.now() + 10_000; !reconnected && Date.now() < deadline; ) {
        const current = await producer.client("ID").catch(() => id);
        reconnected = current !== id && (await producer.ping().catch(() => null)) === "PONG";
        if (!reconnected) await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(reconnected).toBe(true);
    } finally {
      await closeConnection(producer);
      await closeConnection(killer);
    }
  });
});

describe("extract queue on real Redis", () => {
  const prefix = `sayso-t-queue-${randomUUID()}`;
  let connection: Redis;
  let queue: ExtractQueue;

  beforeAll(async () => {
    connection = await connectProducer(REDIS_URL);
    queue = createExtractQueue({ connection, prefix });
  });

  afterAll(async () => {
    await queue.obliterate({ force: true });
    await queue.close();
    await closeConnection(connection);
  });

  it("adds one job for one text however often it is enqueued", async () => {
    const first = await enqueueExtract(queue, { articleId: "art-1", textSha256: sha("d") });
    const second = await enqueueExtract(queue, { articleId: "art-1", textSha256: sha("d") });
    expect(first).toEqual({ jobId: extractJobId(sha("d")), outcome: "added" });
    expect(second.outcome).toBe("exists");
    expect((await countJobs(queue)).waiting).toBe(1);
    const job = await queue.getJob(first.jobId);
    expect(job?.opts.attempts).toBe(5);
    expect(job?.data).toEqual({ articleId: "art-1", textSha256: sha("d"), reprocess: false });
  });

  it("runs jobs through a worker, reports failures, and retries a failed job when it is enqueued again", async () => {
    await queue.obliterate({ force: true });
    const workerConnection = createWorkerConnection(REDIS_URL);
    const worker = new Worker(
      "extract",
      async (job) => {
        if (job.data.articleId === "bad") throw new Error("boom for test");
        return { articleId: job.data.articleId, state: "done", extractor: "t@0", claims: 0, skipped: false };
      },
      { connection: workerConnection, prefix, concurrency: 2 },
    );
    try {
      const good = await enqueueExtract(queue, { articleId: "good", textSha256: sha("e") });
      const bad = await queue.add(
        "extract",
        { articleId: "bad", textSha256: sha("f") },
        { attempts: 1, jobId: "bad-job" },
      );
      const outcomes = await waitForJobs(queue, [good.jobId, String(bad.id)], {
        timeoutMs: 15_000,
        pollMs: 50,
      });
      expect(outcomes[0]).toMatchObject({ state: "completed", result: { articleId: "good" } });
      expect(outcomes[1]).toEqual({ jobId: "bad-job", state: "failed", reason: "boom for test" });
      expect(await listFailedJobs(queue)).toEqual([
        expect.objectContaining({ jobId: "bad-job", articleId: "bad", failedReason: "boom for test" }),
      ]);

      const reprocess = await enqueueReprocess(queue, { articleId: "good", textSha256: sha("e") }, "t@0");
      expect(reprocess.jobId).not.toBe(good.jobId);
      const [done] = await waitForJobs(queue, [reprocess.jobId], { timeoutMs: 15_000, pollMs: 50 });
      expect(done?.state).toBe("completed");
      expect((await queue.getJob(reprocess.jobId))?.data.reprocess).toBe(true);
    } finally {
      await worker.close();
      await closeConnection(workerConnection);
    }
  });

  it("retries a failed extract job when the same text is enqueued again", async () => {
    await queue.obliterate({ force: true });
    const jobId = extractJobId(sha("9"));
    const workerConnection = createWorkerConnection(REDIS_URL);
    let calls = 0;
    const worker = new Worker(
      "extract",
      async () => {
        calls += 1;
        if (calls === 1) throw new Error("first try fails");
        return { articleId: "x", state: "done", extractor: "t@0", claims: 0, skipped: false };
      },
      { connection: workerConnection, prefix },
    );
    try {
      await queue.add("extract", { articleId: "x", textSha256: sha("9") }, { jobId, attempts: 1 });
      expect((await waitForJobs(queue, [jobId], { timeoutMs: 15_000, pollMs: 50 }))[0]?.state).toBe("failed");
      expect((await enqueueExtract(queue, { articleId: "x", textSha256: sha("9") })).outcome).toBe("retried");
      expect((await waitForJobs(queue, [jobId], { timeoutMs: 15_000, pollMs: 50 }))[0]?.state).toBe(
        "completed",
      );
    } finally {
      await worker.close();
      await closeConnection(workerConnection);
    }
  });
});
