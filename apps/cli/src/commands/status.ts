import { COUNTED_STATES, countJobs, listFailedJobs } from "@sayso/queue";
import type { Command } from "commander";
import { UsageError } from "../errors.ts";
import { withSession } from "../pipeline/session.ts";

const INGEST_STATES = ["queued", "processing", "done", "unsupported", "failed"] as const;

export function register(program: Command): void {
  program
    .command("status")
    .description("show queue counts, failed jobs with their reasons, and articles by ingest state")
    .option("--failed <n>", "how many failed jobs to list", "20")
    .option("--json", "print one JSON object instead of text")
    .action(async (options: { failed: string; json?: boolean }) => {
      const limit = Number(options.failed);
      if (!Number.isInteger(limit) || limit < 0) throw new UsageError("--failed must be a whole number");
      await withSession(async ({ db, queue, config }) => {
        const jobs = await countJobs(queue);
        const failed = limit > 0 ? await listFailedJobs(queue, limit) : [];
        const grouped = await db.article.groupBy({ by: ["ingestState"], _count: { _all: true } });
        const articles = Object.fromEntries(INGEST_STATES.map((state) => [state, 0])) as Record<
          string,
          number
        >;
        for (const row of grouped) articles[row.ingestState] = row._count._all;
        const claims = await db.claim.count();

        if (options.json) {
          console.log(JSON.stringify({ queue: config.queuePrefix, jobs, failed, articles, claims }));
          return;
        }
        console.log(`jobs (queue prefix "${config.queuePrefix}"):`);
        for (const state of COUNTED_STATES) console.log(`  ${state.padEnd(12)} ${jobs[state]}`);
        console.log("articles by ingest state:");
        for (const [state, count] of Object.entries(articles)) console.log(`  ${state.padEnd(12)} ${count}`);
        console.log(`claims: ${claims}`);
        if (failed.length) {
          console.log(
            `failed jobs (newest first${jobs.failed > failed.length ? `, ${failed.length} of ${jobs.failed}` : ""}):`,
          );
          for (const job of failed)
            console.log(
              `  ${job.jobId}  article ${job.articleId ?? "?"}  after ${job.attemptsMade} attempt(s): ${job.failedReason}`,
            );
          console.log("retry them with: sayso retry --all (or sayso retry <jobId>…)");
        }
      });
    });
}
