import { type ChildProcess, spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Db } from "@sayso/db";
import { createTestDatabase } from "@sayso/db/testing";
import { ruleExtractor } from "@sayso/extract";
import { closeConnection, connectProducer, createExtractQueue } from "@sayso/queue";
import { expect } from "vitest";

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../../../..");
export const SAYSO_BIN = join(REPO_ROOT, "apps/cli/bin/sayso.mjs");
export const SAMPLE_ARTICLE = join(REPO_ROOT, "fixtures/ar-saar-kazakhstan.txt");
/** Our Redis database index; queue prefixes keep test files apart within it. */
export const TEST_REDIS_URL = process.env.SAYSO_TEST_REDIS_URL ?? "redis://127.0.0.1:6379/1";

export interface PipelineEnv {
  db: Db;
  databaseUrl: string;
  prefix: string;
  env: NodeJS.ProcessEnv;
  cleanup(): Promise<void>;
}

/** A fresh migrated database and a queue prefix of its own, plus the env the CLI and worker need. */
export async function createPipelineEnv(area: string): Promise<PipelineEnv> {
  const database = await createTestDatabase(`sayso_t_pipe_${area}`);
  const prefix = `sayso-t-pipe-${area}-${randomUUID().slice(0, 8)}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: database.url,
    REDIS_URL: TEST_REDIS_URL,
    SAYSO_QUEUE_PREFIX: prefix,
    LOG_LEVEL: "info",
    NO_COLOR: "1",
  };
  return {
    db: database.db,
    databaseUrl: database.url,
    prefix,
    env,
    async cleanup() {
      const connection = await connectProducer(TEST_REDIS_URL);
      const queue = createExtractQueue({ connection, prefix });
      await queue.obliterate({ force: true }).catch(() => {});
      await queue.close();
      await closeConnection(connection);
      await database.drop();
    },
  };
}

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `node apps/cli/bin/sayso.mjs …` as a child process, the way a user would. */
export function runCli(
  args: string[],
  options: { env: NodeJS.ProcessEnv; stdin?: string | Buffer; timeoutMs?: number },
): Promise<CliResult> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [SAYSO_BIN, ...args], { env: options.env, cwd: REPO_ROOT });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => {
      stdout += chunk;
    });
    child.stderr.on("data", (chunk) => {
      stderr += chunk;
    });
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`sayso ${args.join(" ")} timed out\nstdout: ${stdout}\nstderr: ${stderr}`));
    }, options.timeoutMs ?? 60_000);
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolvePromise({ code, stdout, stderr });
    });
    child.stdin.end(options.stdin ?? "");
  });
}

export interface ChildWorker {
  process: ChildProcess;
  /** Everything it logged so far (JSON lines). */
  output(): string;
  waitForLog(pattern: RegExp, timeoutMs?: number): Promise<void>;
  /** Resolves with the exit code once the process has ended. */
  exited: Promise<number | null>;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/** Starts `sayso worker` as a child process and waits until it reports that it is ready. */
export async function startChildWorker(
  env: NodeJS.ProcessEnv,
  extraEnv: NodeJS.ProcessEnv = {},
): Promise<ChildWorker> {
  const child = spawn(process.execPath, [SAYSO_BIN, "worker"], {
    env: { ...env, ...extraEnv },
    cwd: REPO_ROOT,
  });
  let output = "";
  child.stdout?.on("data", (chunk) => {
    output += chunk;
  });
  child.stderr?.on("data", (chunk) => {
    output += chunk;
  });
  const exited = new Promise<number | null>((resolvePromise) =>
    child.on("exit", (code) => resolvePromise(code)),
  );
  const worker: ChildWorker = {
    process: child,
    output: () => output,
    exited,
    async waitForLog(pattern, timeoutMs = 30_000) {
      const deadline = Date.now() + timeoutMs;
      while (!pattern.test(output)) {
        if (child.exitCode !== null)
          throw new Error(`worker exited (${child.exitCode}) before ${pattern}:\n${output}`);
        if (Date.now() > deadline) throw new Error(`worker did not log ${pattern} in time:\n${output}`);
        await sleep(50);
      }
    },
    async stop(signal = "SIGTERM") {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
  await worker.waitForLog(/"msg":"worker started"/);
  return worker;
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolvePromise) => setTimeout(resolvePromise, ms));
}

export async function waitUntil<T>(
  what: string,
  probe: () => Promise<T | null | undefined | false>,
  timeoutMs = 30_000,
) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

/**
 * Every stored span of the article's claims is exactly the text it claims to be, and the claims are
 * what the current extractor finds in the stored text (the store keeps the first of overlapping ones).
 */
export async function expectClaimsMatchExtractor(
  db: Db,
  articleId: string,
  input: { lang: string | null; publishedAt: string | null },
): Promise<number> {
  const article = await db.article.findUniqueOrThrow({ where: { id: articleId }, include: { claims: true } });
  const holds = (start: number | null, end: number | null, text: string | null) => {
    if (start === null || end === null) return;
    expect(article.text.slice(start, end)).toBe(text);
  };
  for (const claim of article.claims) {
    holds(claim.contentStart, claim.contentEnd, claim.contentText);
    holds(claim.cueStart, claim.cueEnd, claim.cueText);
    holds(claim.mentionStart, claim.mentionEnd, claim.mentionText);
    holds(claim.statedOnStart, claim.statedOnEnd, claim.statedOnText);
  }
  const expected = ruleExtractor.extract({
    text: article.text,
    lang: input.lang,
    publishedAt: input.publishedAt,
  });
  const expectedSpans: { start: number; end: number }[] = [];
  for (const { content } of expected.claims)
    if (!expectedSpans.some((span) => span.start < content.end && content.start < span.end))
      expectedSpans.push(content);
  const key = (start: number, end: number) => `${start}:${end}`;
  expect(new Set(article.claims.map((claim) => key(claim.contentStart, claim.contentEnd)))).toEqual(
    new Set(expectedSpans.map((span) => key(span.start, span.end))),
  );
  expect(article.claims).toHaveLength(expectedSpans.length);
  return article.claims.length;
}
