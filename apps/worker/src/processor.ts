import { type Db, saveExtraction, setArticleState } from "@sayso/db";
import type { Extractor } from "@sayso/extract";
import { type ExtractJobData, type ExtractJobResult, extractJobSchema } from "@sayso/queue";
import { type Job, UnrecoverableError } from "bullmq";
import { z } from "zod";
import { errorMessage, isTransient } from "./errors.ts";
import type { Logger } from "./logger.ts";

export interface ProcessorDeps {
  db: Db;
  extractor: Extractor;
  logger: Logger;
  /** Test-only pause inside each job (SAYSO_TEST_DELAY_MS), so a test can kill a worker mid-job. */
  testDelayMs?: number;
}

export type ExtractJob = Job<ExtractJobData, ExtractJobResult, string>;

/**
 * Loads the article a job names, runs the extractor on its stored text and saves the result in one
 * transaction (saveExtraction). Errors that another attempt cannot fix become UnrecoverableError so
 * BullMQ fails the job at once; either way a final failure is written to Article.lastError.
 */
export function createExtractProcessor(deps: ProcessorDeps) {
  const extractorId = `${deps.extractor.name}@${deps.extractor.version}`;

  return async function processExtractJob(job: ExtractJob): Promise<ExtractJobResult> {
    const parsed = extractJobSchema.safeParse(job.data);
    if (!parsed.success) throw new UnrecoverableError(`invalid job data: ${z.prettifyError(parsed.error)}`);
    const data = parsed.data;
    const log = deps.logger.child({
      jobId: job.id,
      articleId: data.articleId,
      attempt: job.attemptsMade + 1,
    });

    try {
      const article = await deps.db.article.findUnique({ where: { id: data.articleId } });
      if (!article) throw new UnrecoverableError(`article ${data.articleId} does not exist`);
      if (article.textSha256 !== data.textSha256)
        throw new UnrecoverableError(
          `article ${data.articleId} no longer has the text this job was queued for`,
        );

      const settled = article.ingestState === "done" || article.ingestState === "unsupported";
      if (!data.reprocess && settled && article.extractor === extractorId) {
        const claims = await deps.db.claim.count({ where: { articleId: article.id } });
        log.info({ claims }, "article already extracted with this extractor; nothing to do");
        return {
          articleId: article.id,
          state: article.ingestState as "done" | "unsupported",
          extractor: extractorId,
          claims,
          skipped: true,
        };
      }

      await setArticleState(deps.db, article.id, "processing");
      if (deps.testDelayMs) await sleep(deps.testDelayMs);

      const started = performance.now();
      const result = deps.extractor.extract({
        text: article.text,
        lang: article.lang,
        publishedAt: article.publishedAt ? article.publishedAt.toISOString().slice(0, 10) : null,
      });
      const saved = await saveExtraction(deps.db, article.id, {
        extractor: result.extractor,
        lang: result.lang,
        supported: result.supported,
        reason: result.reason,
        claims: result.claims,
      });
      const state = result.supported ? "done" : "unsupported";
      log.info(
        { state, reason: result.reason, ...saved, ms: Math.round(performance.now() - started) },
        "article extracted",
      );
      return {
        articleId: article.id,
        state,
        extractor: result.extractor,
        claims: saved.inserted + saved.kept,
        skipped: false,
      };
    } catch (error) {
      const final = error instanceof UnrecoverableError || !isTransient(error) || isLastAttempt(job);
      const message = errorMessage(error);
      await recordFailure(deps, data.articleId, final, message, log);
      if (final && !(error instanceof UnrecoverableError)) throw new UnrecoverableError(message);
      throw error;
    }
  };
}

function isLastAttempt(job: ExtractJob): boolean {
  return job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
}

async function recordFailure(
  deps: ProcessorDeps,
  articleId: string,
  final: boolean,
  message: string,
  log: Logger,
): Promise<void> {
  try {
    const exists = await deps.db.article.count({ where: { id: articleId } });
    if (exists) await setArticleState(deps.db, articleId, final ? "failed" : "queued", message);
  } catch (stateError) {
    // The database may be the reason we failed; the job keeps the reason either way.
    log.warn({ err: stateError }, "could not record the failure on the article");
  }
  log[final ? "error" : "warn"]({ reason: message, willRetry: !final }, "extract job failed");
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
