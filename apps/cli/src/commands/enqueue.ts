import { setArticleState, upsertArticle } from "@sayso/db";
import { enqueueExtract } from "@sayso/queue";
import { type Command, Option } from "commander";
import type { z } from "zod";
import { getConfig } from "../config.ts";
import { CliError, EXIT, UsageError } from "../errors.ts";
import { collectInputs, INPUT_FORMATS, type InputFormat, isoDateSchema, langSchema } from "../input/index.ts";
import { withSession } from "../pipeline/session.ts";
import { type TrackedJob, waitAndSummarise } from "../pipeline/wait.ts";

interface EnqueueOptions {
  lang?: string;
  published?: string;
  outlet?: string;
  title?: string;
  format?: InputFormat;
  wait?: boolean;
  timeout: string;
}

export function register(program: Command): void {
  program
    .command("enqueue")
    .description("store articles and queue them for claim extraction")
    .argument(
      "<inputs...>",
      "files (.txt, .html/.htm, .json, .jsonl), directories (searched recursively) or - for stdin",
    )
    .option("--lang <code>", "language of articles that do not say (e.g. ar, en)")
    .option("--published <YYYY-MM-DD>", "publication date of articles that do not say")
    .option("--outlet <name>", "outlet of articles that do not say")
    .option("--title <title>", "title of articles that do not have one")
    .addOption(
      new Option("--format <format>", "read every input as this format (stdin is sniffed otherwise)").choices(
        INPUT_FORMATS,
      ),
    )
    .option("--wait", "show progress until every job is done, then print a summary")
    .option("--timeout <seconds>", "with --wait, give up after this long", "600")
    .addHelpText(
      "after",
      `
Values inside .json/.jsonl records win over --lang/--published/--outlet/--title.
Refused inputs (empty, binary, invalid UTF-8, over SAYSO_MAX_BYTES, HTML without text) are reported
one per line; the others are still queued, and the exit code is 1.

Examples:
  sayso enqueue fixtures/ar-saar-kazakhstan.txt --lang ar --published 2025-11-25 --wait
  cat articles.jsonl | sayso enqueue - --format jsonl`,
    )
    .action(async (inputs: string[], options: EnqueueOptions) => {
      process.exitCode = await enqueue(inputs, options);
    });
}

async function enqueue(inputs: string[], options: EnqueueOptions): Promise<number> {
  const defaults = {
    lang: options.lang === undefined ? undefined : parseOption(langSchema, options.lang, "--lang"),
    publishedAt:
      options.published === undefined
        ? undefined
        : parseOption(isoDateSchema, options.published, "--published"),
    outlet: options.outlet?.trim() || undefined,
    title: options.title?.trim() || undefined,
  };
  const timeoutSeconds = Number(options.timeout);
  if (!Number.isFinite(timeoutSeconds) || timeoutSeconds <= 0)
    throw new UsageError("--timeout must be a positive number of seconds");
  if (inputs.filter((input) => input === "-").length > 1)
    throw new UsageError("stdin (-) can be given only once");

  const config = getConfig();
  const { articles, problems } = await collectInputs(inputs, {
    defaults,
    format: options.format,
    maxBytes: config.maxBytes,
  });
  for (const problem of problems) console.error(`sayso: ${problem.source}: ${problem.message}`);
  if (articles.length === 0) {
    if (problems.length === 0) throw new CliError("no articles found in the inputs");
    console.error(`sayso: nothing queued (${problems.length} input(s) refused)`);
    return EXIT.failure;
  }

  return withSession(async (session) => {
    const tracked: TrackedJob[] = [];
    for (const article of articles) {
      const { article: stored, created } = await upsertArticle(session.db, {
        title: article.title,
        outlet: article.outlet,
        url: article.url,
        lang: article.lang,
        publishedAt: article.publishedAt,
        text: article.text,
      });
      // A failed article asked for again is retried; mark it before a worker can pick the job up.
      if (!created && stored.ingestState === "failed") await setArticleState(session.db, stored.id, "queued");
      const { jobId, outcome } = await enqueueExtract(session.queue, {
        articleId: stored.id,
        textSha256: stored.textSha256,
        requestedBy: "cli",
      });
      const what = created ? "stored" : "already stored";
      const queued = {
        added: "queued",
        exists: "already queued or done",
        retried: "failed before, retrying",
      }[outcome];
      console.log(`${article.source}: article ${stored.id} ${what}; job ${jobId} ${queued}`);
      tracked.push({ jobId, articleId: stored.id, source: article.source });
    }
    if (problems.length)
      console.error(`sayso: ${problems.length} input(s) refused, ${articles.length} queued`);
    if (!options.wait) return problems.length ? EXIT.failure : EXIT.ok;
    const summary = await waitAndSummarise(session, tracked, timeoutSeconds);
    return problems.length || summary.failed ? EXIT.failure : EXIT.ok;
  });
}

function parseOption<T>(schema: z.ZodType<T>, value: string, flag: string): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success)
    throw new UsageError(`${flag} ${parsed.error.issues[0]?.message ?? "is invalid"} (got "${value}")`);
  return parsed.data;
}
