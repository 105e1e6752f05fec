import { describe, expect, it } from "vitest";
import { runCli, SAMPLE_ARTICLE, TEST_REDIS_URL } from "./helpers/pipeline.ts";

// Nothing listens on port 1: connections are refused at once.
const CLOSED_REDIS = "redis://127.0.0.1:1";
const CLOSED_PG = "postgresql://postgres@127.0.0.1:1/sayso_t_pipe_closed";
const noStack = /\n\s+at /;

describe("services that cannot be reached, and usage errors", { timeout: 60_000 }, () => {
  const base = {
    ...process.env,
    REDIS_URL: CLOSED_REDIS,
    DATABASE_URL: CLOSED_PG,
    SAYSO_QUEUE_PREFIX: "sayso-t-pipe-closed",
  };

  it.each([
    ["enqueue", ["enqueue", SAMPLE_ARTICLE, "--lang", "ar"]],
    ["status", ["status"]],
    ["worker", ["worker"]],
  ])("%s exits 1 naming the Redis URL", async (_name, args) => {
    const run = await runCli(args, { env: base });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("sayso: cannot reach Redis at redis://127.0.0.1:1");
    expect(run.stderr).not.toMatch(noStack);
  });

  it.each([
    ["enqueue", ["enqueue", SAMPLE_ARTICLE, "--lang", "ar"]],
    ["retry", ["retry", "--all"]],
    ["worker", ["worker"]],
  ])("%s exits 1 naming the PostgreSQL URL", async (_name, args) => {
    const run = await runCli(args, { env: { ...base, REDIS_URL: TEST_REDIS_URL } });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`sayso: cannot reach PostgreSQL at ${CLOSED_PG}`);
    expect(run.stderr).not.toMatch(noStack);
  });

  it("hides the password of a URL it names", async () => {
    const run = await runCli(["status"], { env: { ...base, REDIS_URL: "redis://:hunter2@127.0.0.1:1/1" } });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("redis://:***@127.0.0.1:1/1");
    expect(run.stderr).not.toContain("hunter2");
  });

  it.each([
    [["enqueue"], /missing required argument/],
    [
      ["enqueue", SAMPLE_ARTICLE, "--published", "2025-13-01"],
      /--published is not a real date|--published must be/,
    ],
    [["enqueue", SAMPLE_ARTICLE, "--lang", "arabic!"], /--lang must be a language code/],
    [["enqueue", SAMPLE_ARTICLE, "--format", "pdf"], /Allowed choices are txt, html, json, jsonl/],
    [["retry"], /give the ids of failed jobs, or --all/],
    [["reprocess"], /give --article <id…> or --all/],
    [["worker", "--concurrency", "0"], /--concurrency must be a positive whole number/],
  ])("sayso %j is a usage error (exit 2)", async (args, message) => {
    const run = await runCli(args, { env: base });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
  });

  it("refuses a malformed environment once, at start", async () => {
    const run = await runCli(["status"], { env: { ...base, SAYSO_MAX_BYTES: "lots" } });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/invalid environment[\s\S]*SAYSO_MAX_BYTES/);
  });

  it.each(["worker", "enqueue", "status", "retry", "reprocess"])(
    "sayso %s --help exits 0",
    async (command) => {
      const run = await runCli([command, "--help"], { env: base });
      expect(run.code).toBe(0);
      expect(run.stdout).toContain(`Usage: sayso ${command}`);
    },
  );
});
