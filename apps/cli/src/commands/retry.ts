import { setArticleState } from "@sayso/db";
import type { ExtractQueue } from "@sayso/queue";
import type { Command } from "commander";
import { EXIT, UsageError } from "../errors.ts";
import { withSession } from "../pipeline/session.ts";
import { type TrackedJob, waitAndSummarise } from "../pipeline/wait.ts";

interface RetryOptions {
  all?: boolean;
  wait?: boolean;
  timeout: string;
}

export function register(program: Command): void {
  program
    .command("retry")
    .description("move failed jobs back to the queue (their articles back to queued)")
    .argument("[jobIds...]", "ids of failed jobs, as shown by `sayso status`")
    .option("--all", "retry every failed job")
    .option("--wait", "show progress until the retried jobs are done, then print a summary")
    .option("--timeout <seconds>", "with --wait, give up after this long", "600")
    .action(async (jobIds: string[], options: RetryOptions) => {
      if (options.all && jobIds.length) throw new UsageError("give job ids or --all, not both");
      if (!options.all && jobIds.length === 0) throw new UsageError("give the ids of failed jobs, or --all");
      const timeoutSeconds = Number(options.timeout);
      if (!(timeoutSeconds > 0)) throw new UsageError("--timeout must be a positive number of seconds");

      process.exitCode = await withSession(async (session) => {
        const ids = options.all ? await allFailedJobIds(session.queue) : jobIds;
        const tracked: TrackedJob[] = [];
        let problems = 0;
        for (const jobId of ids) {
          const job = await session.queue.getJob(jobId);
          const state = job ? await job.getState() : "missing";
          if (!job || state !== "failed") {
            console.error(`sayso: job ${jobId}: ${job ? `is ${state}, not failed` : "no such job"}`);
            problems++;
            continue;
          }
          // The article is marked first: a worker may finish the job before our next line runs.
          const articleId = job.data.articleId;
          if (articleId && (await session.db.article.count({ where: { id: articleId } })))
            await setArticleState(session.db, articleId, "queued");
          await job.retry("failed", { resetAttemptsMade: true, resetAttemptsStarted: true });
          console.log(`job ${jobId} (article ${articleId}) back in the queue`);
          tracked.push({ jobId, articleId, source: `job ${jobId}` });
        }
        if (options.all && ids.length === 0) console.log("no failed jobs");
        if (options.wait && tracked.length) {
          const summary = await waitAndSummarise(session, tracked, timeoutSeconds);
          if (summary.failed) return EXIT.failure;
        }
        return problems ? EXIT.failure : EXIT.ok;
      });
    });
}

async function allFailedJobIds(queue: ExtractQueue): Promise<string[]> {
  const ids: string[] = [];
  for (let start = 0; ; start += 500) {
    const page = await queue.getFailed(start, start + 499);
    ids.push(...page.filter(Boolean).map((job) => String(job.id)));
    if (page.length < 500) return ids;
  }
}
