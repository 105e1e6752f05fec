import { setArticleState } from "@sayso/db";
import { ruleExtractor } from "@sayso/extract";
import { enqueueReprocess } from "@sayso/queue";
import type { Command } from "commander";
import { EXIT, UsageError } from "../errors.ts";
import { withSession } from "../pipeline/session.ts";
import { type TrackedJob, waitAndSummarise } from "../pipeline/wait.ts";

interface ReprocessOptions {
  all?: boolean;
  article?: string[];
  wait?: boolean;
  timeout: string;
}

const BATCH = 500;

export function register(program: Command): void {
  program
    .command("reprocess")
    .description("extract claims again with the current extractor; reviewed claims are kept")
    .option("--all", "every stored article")
    .option("--article <ids...>", "these articles")
    .option("--wait", "show progress until the jobs are done, then print a summary")
    .option("--timeout <seconds>", "with --wait, give up after this long", "600")
    .addHelpText(
      "after",
      `
Claims a person has reviewed, edited or linked survive; unreviewed claims are replaced by what the
current extractor (${ruleExtractor.name}@${ruleExtractor.version}) finds. A worker must be running.`,
    )
    .action(async (options: ReprocessOptions) => {
      const ids = options.article ?? [];
      if (options.all && ids.length) throw new UsageError("give --article ids or --all, not both");
      if (!options.all && ids.length === 0) throw new UsageError("give --article <id…> or --all");
      const timeoutSeconds = Number(options.timeout);
      if (!(timeoutSeconds > 0)) throw new UsageError("--timeout must be a positive number of seconds");
      const extractor = `${ruleExtractor.name}@${ruleExtractor.version}`;

      process.exitCode = await withSession(async (session) => {
        const tracked: TrackedJob[] = [];
        let missing = 0;
        const queueArticles = async (articles: { id: string; textSha256: string }[]) => {
          for (const article of articles) {
            // Marked before the job exists, so a fast worker's "done" is never overwritten.
            await setArticleState(session.db, article.id, "queued");
            const { jobId } = await enqueueReprocess(
              session.queue,
              { articleId: article.id, textSha256: article.textSha256, requestedBy: "cli" },
              extractor,
            );
            tracked.push({ jobId, articleId: article.id, source: `article ${article.id}` });
          }
        };

        if (options.all) {
          let cursor: string | undefined;
          for (;;) {
            const page = await session.db.article.findMany({
              select: { id: true, textSha256: true },
              orderBy: { id: "asc" },
              take: BATCH,
              ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
            });
            await queueArticles(page);
            if (page.length < BATCH) break;
            cursor = page.at(-1)?.id;
          }
        } else {
          const found = await session.db.article.findMany({
            where: { id: { in: ids } },
            select: { id: true, textSha256: true },
          });
          const foundIds = new Set(found.map((article) => article.id));
          for (const id of ids.filter((id) => !foundIds.has(id))) {
            console.error(`sayso: article ${id}: no such article`);
            missing++;
          }
          await queueArticles(found);
        }
        console.log(`${tracked.length} article(s) queued for re-extraction with ${extractor}`);
        if (options.wait && tracked.length) {
          const summary = await waitAndSummarise(session, tracked, timeoutSeconds);
          if (summary.failed) return EXIT.failure;
        }
        return missing ? EXIT.failure : EXIT.ok;
      });
    });
}
