import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { upsertArticle } from "@sayso/db";
import { enqueueExtract } from "@sayso/queue";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createWorkerTestEnv,
  expectedClaimKeys,
  startChildWorker,
  type WorkerTestEnv,
  waitUntil,
} from "./helpers.ts";

const SAMPLE = join(import.meta.dirname, "../../../fixtures/ar-saar-kazakhstan.txt");
// Short locks so a dead worker's job is noticed within a couple of seconds.
const FAST_STALLS = { SAYSO_WORKER_LOCK_MS: "1500", SAYSO_WORKER_STALLED_MS: "500", LOG_LEVEL: "debug" };

describe("worker processes", () => {
  let t: WorkerTestEnv;
  beforeAll(async () => {
    t = await createWorkerTestEnv("stall");
  });
  afterAll(() => t?.cleanup());

  it("retries the job of a worker killed with SIGKILL mid-job on another worker, without duplicates", async () => {
    const text = await readFile(SAMPLE, "utf8");
    const { article } = await upsertArticle(t.database.db, { text, lang: "ar", publishedAt: "2025-11-25" });
    const { jobId } = await enqueueExtract(t.queue, {
      articleId: article.id,
      textSha256: article.textSha256,
    });

    // SAYSO_TEST_DELAY_MS holds the first worker inside the job, after it marked the article processing.
    const doomed = await startChildWorker({ ...t.env, ...FAST_STALLS, SAYSO_TEST_DELAY_MS: "60000" });
    await waitUntil("the first worker to take the job", async () => {
      const row = await t.database.db.article.findUniqueOrThrow({ where: { id: article.id } });
      return row.ingestState === "processing";
    });
    doomed.process.kill("SIGKILL");
    expect((await doomed.exited).signal).toBe("SIGKILL");
    expect(await (await t.queue.getJob(jobId))?.getState()).toBe("active");

    const rescuer = await startChildWorker({ ...t.env, ...FAST_STALLS });
    try {
      await rescuer.waitForLog(/job stalled/);
      const state = await waitUntil("the job to complete", async () => {
        const s = await (await t.queue.getJob(jobId))?.getState();
        return s === "completed" || s === "failed" ? s : null;
      });
      expect(state).toBe("completed");
    } finally {
      rescuer.process.kill("SIGTERM");
      expect((await rescuer.exited).code).toBe(0);
    }

    const job = await t.queue.getJob(jobId);
    expect(job?.stalledCounter).toBe(1);
    expect(job?.attemptsStarted).toBe(2);
    const db = t.database.db;
    expect(await db.article.count()).toBe(1);
    const stored = await db.article.findUniqueOrThrow({
      where: { id: article.id },
      include: { claims: true },
    });
    expect(stored.ingestState).toBe("done");
    const spans = stored.claims.map((c) => `${c.contentStart}:${c.contentEnd}`).sort();
    expect(spans).toEqual(expectedClaimKeys(text, "ar", "2025-11-25"));
    for (const claim of stored.claims)
      expect(text.slice(claim.contentStart, claim.contentEnd)).toBe(claim.contentText);
    // The killed worker never saved anything: exactly one extraction was recorded.
    expect(await db.auditEvent.count({ where: { action: "extraction.saved", entityId: article.id } })).toBe(
      1,
    );
  });

  it("on SIGTERM lets the active job finish, then exits 0", async () => {
    const text = "A short article for the graceful shutdown test.";
    const { article } = await upsertArticle(t.database.db, { text, lang: "en" });
    // Every worker here checks for stalled jobs often: BullMQ runs one check per queue per interval,
    // so a worker with the default 30 s interval would delay the next test's rescue.
    const worker = await startChildWorker({ ...t.env, ...FAST_STALLS, SAYSO_TEST_DELAY_MS: "1500" }, [
      "--concurrency",
      "3",
    ]);
    expect(worker.output()).toMatch(/"concurrency":3/);
    const { jobId } = await enqueueExtract(t.queue, {
      articleId: article.id,
      textSha256: article.textSha256,
    });
    await waitUntil("the job to start", async () => {
      const row = await t.database.db.article.findUniqueOrThrow({ where: { id: article.id } });
      return row.ingestState === "processing";
    });
    worker.process.kill("SIGTERM");
    expect((await worker.exited).code).toBe(0);
    expect(await (await t.queue.getJob(jobId))?.getState()).toBe("completed");
    expect((await t.database.db.article.findUniqueOrThrow({ where: { id: article.id } })).ingestState).toBe(
      "done",
    );
    const log = worker.output();
    expect(log.indexOf("worker stopping")).toBeLessThan(log.indexOf("job completed"));
    expect(log).toMatch(/"msg":"worker stopped"/);
  });

  it("hands an active job back when it outlives the shutdown grace period", async () => {
    const text = "An article whose extraction outlives the grace period.";
    const { article } = await upsertArticle(t.database.db, { text, lang: "en" });
    const slow = await startChildWorker({
      ...t.env,
      ...FAST_STALLS,
      SAYSO_TEST_DELAY_MS: "60000",
      SAYSO_WORKER_SHUTDOWN_MS: "300",
    });
    const { jobId } = await enqueueExtract(t.queue, {
      articleId: article.id,
      textSha256: article.textSha256,
    });
    await waitUntil("the job to start", async () => {
      const row = await t.database.db.article.findUniqueOrThrow({ where: { id: article.id } });
      return row.ingestState === "processing";
    });
    slow.process.kill("SIGTERM");
    expect((await slow.exited).code).toBe(1);
    expect(slow.output()).toMatch(/exiting with jobs still active/);
    expect(await t.queue.getJobState(jobId)).toBe("active");

    const rescuer = await startChildWorker({ ...t.env, ...FAST_STALLS });
    try {
      await waitUntil("the job to complete", async () => (await t.queue.getJobState(jobId)) === "completed");
    } finally {
      rescuer.process.kill("SIGTERM");
      await rescuer.exited;
    }
    expect((await t.database.db.article.findUniqueOrThrow({ where: { id: article.id } })).ingestState).toBe(
      "done",
    );
  });

  it("refuses to start, naming the URL, when Redis or Postgres is unreachable", async () => {
    const { spawn } = await import("node:child_process");
    const run = (env: NodeJS.ProcessEnv) =>
      new Promise<{ code: number | null; output: string }>((resolvePromise) => {
        const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
          env,
          cwd: join(import.meta.dirname, ".."),
        });
        let output = "";
        child.stderr.on("data", (c) => {
          output += c;
        });
        child.on("exit", (code) => resolvePromise({ code, output }));
      });
    const redis = await run({ ...t.env, REDIS_URL: "redis://127.0.0.1:1/1" });
    expect(redis.code).toBe(1);
    expect(redis.output).toMatch(/cannot reach Redis at redis:\/\/127\.0\.0\.1:1\/1/);
    const pg = await run({ ...t.env, DATABASE_URL: "postgresql://postgres@127.0.0.1:1/sayso" });
    expect(pg.code).toBe(1);
    expect(pg.output).toMatch(/cannot reach PostgreSQL at postgresql:\/\/postgres@127\.0\.0\.1:1\/sayso/);
    expect(pg.output).not.toMatch(/\n\s+at /);
  });
});
