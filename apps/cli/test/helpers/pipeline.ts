import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Db } from "@sayso/db";
import { createTestDatabase } from "@sayso/db/testing";
import { closeConnection, connectProducer, createExtractQueue } from "@sayso/queue";
import {
  type ChildWorker,
  expectedClaimSpans,
  startWorkerProcess,
  TEST_REDIS_URL,
} from "@sayso/worker/testing";
import { expect } from "vitest";

export { type ChildWorker, sleep, TEST_REDIS_URL, waitUntil } from "@sayso/worker/testing";

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../../../..");
export const SAYSO_BIN = join(REPO_ROOT, "apps/cli/bin/sayso.mjs");
export const SAMPLE_ARTICLE = join(REPO_ROOT, "fixtures/ar-saar-kazakhstan.txt");

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

/** Starts `sayso worker` as a child process and waits until it reports that it is ready. */
export function startChildWorker(
  env: NodeJS.ProcessEnv,
  extraEnv: NodeJS.ProcessEnv = {},
): Promise<ChildWorker> {
  return startWorkerProcess([process.execPath, SAYSO_BIN, "worker"], {
    env: { ...env, ...extraEnv },
    cwd: REPO_ROOT,
  });
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
  const expectedSpans = expectedClaimSpans(article.text, input.lang, input.publishedAt);
  const key = (start: number, end: number) => `${start}:${end}`;
  expect(new Set(article.claims.map((claim) => key(claim.contentStart, claim.contentEnd)))).toEqual(
    new Set(expectedSpans.map((span) => key(span.start, span.end))),
  );
  expect(article.claims).toHaveLength(expectedSpans.length);
  return article.claims.length;
}
