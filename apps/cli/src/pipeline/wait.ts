import { type JobOutcome, WaitTimeoutError, waitForJobs } from "@sayso/queue";
import { CliError } from "../errors.ts";
import { createProgress } from "./progress.ts";
import type { Session } from "./session.ts";

export interface TrackedJob {
  jobId: string;
  articleId: string;
  /** What to call it in messages (input path, article id). */
  source: string;
}

export interface WaitSummary {
  articles: number;
  claims: number;
  failed: number;
}

/** Waits for the jobs with a progress display, then prints what became of each article. */
export async function waitAndSummarise(
  session: Session,
  tracked: TrackedJob[],
  timeoutSeconds: number,
): Promise<WaitSummary> {
  // The same text given twice (two files, one article) is one job.
  const jobs = [...new Map(tracked.map((job) => [job.jobId, job])).values()];
  const progress = createProgress("extracting");
  let outcomes: JobOutcome[];
  try {
    outcomes = await waitForJobs(
      session.queue,
      jobs.map((job) => job.jobId),
      {
        timeoutMs: timeoutSeconds * 1000,
        onProgress: (done, total) => progress.update(done, total),
      },
    );
  } catch (error) {
    if (error instanceof WaitTimeoutError) throw new CliError(error.message);
    throw error;
  } finally {
    progress.finish();
  }

  const articleIds = [...new Set(jobs.map((job) => job.articleId))];
  const articles = await session.db.article.findMany({
    where: { id: { in: articleIds } },
    select: { id: true, ingestState: true, lastError: true },
  });
  const byId = new Map(articles.map((article) => [article.id, article]));
  const claimCounts = await session.db.claim.groupBy({
    by: ["articleId"],
    where: { articleId: { in: articleIds } },
    _count: { _all: true },
  });
  const claims = claimCounts.reduce((sum, row) => sum + row._count._all, 0);

  const lines: string[] = [];
  const states = new Map<string, number>();
  let failed = 0;
  jobs.forEach((job, index) => {
    const outcome = outcomes[index];
    const article = byId.get(job.articleId);
    if (outcome?.state === "failed" || outcome?.state === "missing") {
      failed++;
      const reason = outcome.state === "failed" ? outcome.reason : "job disappeared from the queue";
      lines.push(`  failed       ${job.source} (article ${job.articleId}): ${reason}`);
      return;
    }
    const state = article?.ingestState ?? "missing";
    states.set(state, (states.get(state) ?? 0) + 1);
    if (state === "unsupported")
      lines.push(
        `  unsupported  ${job.source} (article ${job.articleId}): ${article?.lastError ?? "no reason given"}`,
      );
  });
  if (failed) states.set("failed", failed);
  const stateList = [...states].map(([state, count]) => `${count} ${state}`).join(", ");
  console.log(
    `summary: ${articleIds.length} article(s) (${stateList}), ${claims} claim(s), ${failed} failure(s)`,
  );
  for (const line of lines) console.log(line);
  return { articles: articleIds.length, claims, failed };
}
