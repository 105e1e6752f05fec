import { DbUnavailableError, sha256Hex, upsertArticle } from "@sayso/db";
import type { Extractor, ExtractResult } from "@sayso/extract";
import { createWorkerConnection, enqueueExtract, enqueueReprocess, extractJobId } from "@sayso/queue";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createExtractWorker, createLogger, type ExtractWorker, isTransient } from "../src/index.ts";
import { createWorkerTestEnv, TEST_REDIS_URL, type WorkerTestEnv, waitUntil } from "./helpers.ts";

/** A stand-in extractor with fixed answers, to drive the worker down each of its paths. */
function scriptedExtractor(answer: (text: string) => ExtractResult): Extractor {
  return { name: "scripted", version: "1.0.0", extract: ({ text }) => answer(text) };
}

const extractor = scriptedExtractor((text) => {
  if (text.includes("CRASH")) throw new Error("extractor crashed on this text");
  if (text.startsWith("Bonjour"))
    return {
      extractor: "scripted@1.0.0",
      lang: "fr",
      supported: false,
      reason: "unsupported language: fr",
      claims: [],
    };
  const start = text.indexOf("«") + 1;
  const end = text.indexOf("»");
  const cueStart = text.indexOf("said");
  return {
    extractor: "scripted@1.0.0",
    lang: "en",
    supported: true,
    reason: null,
    claims: [
      {
        speaker: { name: "The Minister", kind: "person", mention: null, titles: [] },
        cue: { start: cueStart, end: cueStart + 4, text: "said" },
        content: { start, end, text: text.slice(start, end) },
        kind: "direct",
        date: null,
        dateSource: null,
        why: "test",
      },
    ],
  };
});

describe("extract worker (in process)", () => {
  let t: WorkerTestEnv;
  let worker: ExtractWorker;
  let connection: ReturnType<typeof createWorkerConnection>;

  beforeAll(async () => {
    t = await createWorkerTestEnv("proc");
    connection = createWorkerConnection(TEST_REDIS_URL);
    worker = createExtractWorker({
      connection,
      db: t.database.db,
      logger: createLogger("silent"),
      concurrency: 2,
      prefix: t.prefix,
      extractor,
    });
    await worker.waitUntilReady();
  });
  afterAll(async () => {
    await worker?.close();
    connection?.disconnect();
    await t?.cleanup();
  });

  const finished = (jobId: string) =>
    waitUntil(`job ${jobId} to finish`, async () => {
      // State before job: the other order can see a finished state with the job's older fields.
      const state = await t.queue.getJobState(jobId);
      if (state !== "completed" && state !== "failed") return null;
      const job = await t.queue.getJob(jobId);
      return job ? { job, state } : null;
    });

  it("stores the claims and marks the article done", async () => {
    const text = "The minister said «we will build the bridge» on Monday.";
    const { article } = await upsertArticle(t.database.db, { text });
    const { jobId } = await enqueueExtract(t.queue, {
      articleId: article.id,
      textSha256: article.textSha256,
    });
    const { job, state } = await finished(jobId);
    expect(state).toBe("completed");
    expect(job.returnvalue).toEqual({
      articleId: article.id,
      state: "done",
      extractor: "scripted@1.0.0",
      claims: 1,
      skipped: false,
    });
    const stored = await t.database.db.article.findUniqueOrThrow({
      where: { id: article.id },
      include: { claims: true },
    });
    expect([stored.ingestState, stored.extractor, stored.lastError]).toEqual([
      "done",
      "scripted@1.0.0",
      null,
    ]);
    expect(stored.claims.map((c) => c.contentText)).toEqual(["we will build the bridge"]);

    // A second extract job for the same text (say, after the first left Redis) does no work again.
    await (await t.queue.getJob(jobId))?.remove();
    const again = await enqueueExtract(t.queue, { articleId: article.id, textSha256: article.textSha256 });
    expect(again.outcome).toBe("added");
    expect((await finished(again.jobId)).job.returnvalue).toMatchObject({ skipped: true, claims: 1 });

    // A reprocess job does the work again and leaves one set of claims.
    const reprocess = await enqueueReprocess(
      t.queue,
      { articleId: article.id, textSha256: article.textSha256 },
      "scripted@1.0.0",
    );
    expect((await finished(reprocess.jobId)).job.returnvalue).toMatchObject({ skipped: false, claims: 1 });
    expect(await t.database.db.claim.count({ where: { articleId: article.id } })).toBe(1);
  });

  it("marks an article in a language the extractor does not read as unsupported, with the reason", async () => {
    const { article } = await upsertArticle(t.database.db, { text: "Bonjour, le ministre a parlé." });
    const { jobId } = await enqueueExtract(t.queue, {
      articleId: article.id,
      textSha256: article.textSha256,
    });
    expect((await finished(jobId)).state).toBe("completed");
    const stored = await t.database.db.article.findUniqueOrThrow({
      where: { id: article.id },
      include: { claims: true },
    });
    expect([stored.ingestState, stored.lastError, stored.claims.length]).toEqual([
      "unsupported",
      "unsupported language: fr",
      0,
    ]);
  });

  it("fails an extractor error at once (no retries) and records it on the article", async () => {
    const { article } = await upsertArticle(t.database.db, { text: "This text makes the extractor CRASH." });
    const { jobId } = await enqueueExtract(t.queue, {
      articleId: article.id,
      textSha256: article.textSha256,
    });
    const { job, state } = await finished(jobId);
    expect([state, job.failedReason, job.attemptsMade]).toEqual([
      "failed",
      "extractor crashed on this text",
      1,
    ]);
    const stored = await t.database.db.article.findUniqueOrThrow({ where: { id: article.id } });
    expect([stored.ingestState, stored.lastError]).toEqual(["failed", "extractor crashed on this text"]);
  });

  it("fails jobs with invalid data, a missing article or a changed text, each with its reason", async () => {
    const bad = await t.queue.add("extract", { articleId: 42 } as never, { jobId: "bad-data" });
    const missing = await enqueueExtract(t.queue, {
      articleId: "no-such-article",
      textSha256: sha256Hex("gone"),
    });
    const { article } = await upsertArticle(t.database.db, { text: "Stored text." });
    const changed = await t.queue.add(
      "extract",
      { articleId: article.id, textSha256: sha256Hex("other text") },
      { jobId: extractJobId(sha256Hex("other text")) },
    );

    const badResult = await finished(String(bad.id));
    expect(badResult.state).toBe("failed");
    expect(badResult.job.failedReason).toMatch(/^invalid job data/);
    expect(badResult.job.attemptsMade).toBe(1);
    expect((await finished(missing.jobId)).job.failedReason).toBe("article no-such-article does not exist");
    expect((await finished(String(changed.id))).job.failedReason).toMatch(/no longer has the text/);
    expect((await t.database.db.article.findUniqueOrThrow({ where: { id: article.id } })).ingestState).toBe(
      "failed",
    );
  });
});

describe("isTransient", () => {
  it("retries outages and conflicts, not deterministic failures", () => {
    expect(isTransient(new DbUnavailableError("postgresql://x@127.0.0.1:1/db", new Error("refused")))).toBe(
      true,
    );
    expect(isTransient(Object.assign(new Error("deadlock"), { code: "40P01" }))).toBe(true);
    expect(
      isTransient(new Error("wrapped", { cause: Object.assign(new Error("x"), { code: "ECONNRESET" }) })),
    ).toBe(true);
    expect(isTransient(Object.assign(new Error("unique"), { code: "P2002" }))).toBe(false);
    expect(isTransient(new Error("span mismatch"))).toBe(false);
  });
});
