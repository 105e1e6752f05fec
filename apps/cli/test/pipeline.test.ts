import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sha256Hex } from "@sayso/db";
import { ruleExtractor } from "@sayso/extract";
import { closeConnection, connectProducer, createExtractQueue, enqueueExtract } from "@sayso/queue";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type ChildWorker,
  createPipelineEnv,
  expectClaimsMatchExtractor,
  type PipelineEnv,
  runCli,
  SAMPLE_ARTICLE,
  startChildWorker,
  waitUntil,
} from "./helpers/pipeline.ts";

const FRENCH =
  "Le ministre a déclaré mardi que « la coopération économique avec le Kazakhstan va se renforcer », " +
  "selon un communiqué publié à Paris.\nIl a ajouté que les discussions se poursuivront en décembre.";

describe("sayso enqueue → worker → store", { timeout: 120_000 }, () => {
  let pipe: PipelineEnv;
  let worker: ChildWorker;
  let dir: string;
  let sampleArticleId: string;
  let sampleClaimIds: string[];

  beforeAll(async () => {
    pipe = await createPipelineEnv("spine");
    worker = await startChildWorker(pipe.env, { WORKER_CONCURRENCY: "2" });
    dir = await mkdtemp(join(tmpdir(), "sayso-pipe-"));
  }, 120_000);

  afterAll(async () => {
    if (worker) expect(await worker.stop("SIGTERM")).toBe(0);
    await pipe?.cleanup();
    if (dir) await rm(dir, { recursive: true, force: true });
  }, 60_000);

  it("extracts the sample article into claims whose spans hold", async () => {
    const run = await runCli(
      ["enqueue", SAMPLE_ARTICLE, "--lang", "ar", "--published", "2025-11-25", "--wait", "--timeout", "60"],
      { env: pipe.env },
    );
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/summary: 1 article\(s\) \(1 done\), \d+ claim\(s\), 0 failure\(s\)/);
    // Not a terminal: progress comes as plain lines on stderr, ending with every job done.
    expect(run.stderr).toMatch(/extracting: 0\/1\nextracting: 1\/1\n/);

    const text = await readFile(SAMPLE_ARTICLE, "utf8");
    const article = await pipe.db.article.findUniqueOrThrow({ where: { textSha256: sha256Hex(text) } });
    expect(article.text).toBe(text);
    expect(article.lang).toBe("ar");
    expect(article.publishedAt?.toISOString().slice(0, 10)).toBe("2025-11-25");
    expect(article.ingestState).toBe("done");
    expect(article.extractor).toBe(`${ruleExtractor.name}@${ruleExtractor.version}`);
    const claims = await expectClaimsMatchExtractor(pipe.db, article.id, {
      lang: "ar",
      publishedAt: "2025-11-25",
    });
    expect(run.stdout).toContain(`${claims} claim(s)`);
    sampleArticleId = article.id;
    sampleClaimIds = (
      await pipe.db.claim.findMany({ where: { articleId: article.id }, select: { id: true } })
    ).map((c) => c.id);
  });

  it("stores and extracts the same article only once when it is enqueued again", async () => {
    const run = await runCli(
      ["enqueue", SAMPLE_ARTICLE, "--lang", "ar", "--published", "2025-11-25", "--wait"],
      {
        env: pipe.env,
      },
    );
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain("already stored");
    expect(await pipe.db.article.count()).toBe(1);
    const claims = await pipe.db.claim.findMany({
      where: { articleId: sampleArticleId },
      select: { id: true },
    });
    expect(claims.map((c) => c.id).sort()).toEqual([...sampleClaimIds].sort());
  });

  it("refuses bad input with a clear message per file, stores the good ones, and loses nothing", async () => {
    const files = {
      empty: join(dir, "empty.txt"),
      blank: join(dir, "blank.txt"),
      binary: join(dir, "binary.txt"),
      latin1: join(dir, "latin1.txt"),
      big: join(dir, "big.txt"),
      scripts: join(dir, "scripts.html"),
      french: join(dir, "french.txt"),
    };
    await writeFile(files.empty, "");
    await writeFile(files.blank, " \n\t\n  ");
    await writeFile(
      files.binary,
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]),
    );
    await writeFile(files.latin1, Buffer.from("Le ministre a d\xe9clar\xe9 mardi.", "latin1"));
    await writeFile(files.big, "كلام ".repeat(1000));
    await writeFile(
      files.scripts,
      "<html><head><script>var a = '<p>not text</p>';</script></head><body><script src=x.js></script><style>p{}</style><noscript>Enable JavaScript</noscript></body></html>",
    );
    await writeFile(files.french, FRENCH);

    const run = await runCli(["enqueue", ...Object.values(files), "--wait"], {
      env: { ...pipe.env, SAYSO_MAX_BYTES: "4096" },
    });
    expect(run.code).toBe(1);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    const line = (path: string) => run.stderr.split("\n").find((l) => l.startsWith(`sayso: ${path}: `));
    expect(line(files.empty)).toMatch(/text is empty/);
    expect(line(files.blank)).toMatch(/text is empty/);
    expect(line(files.binary)).toMatch(/binary/);
    expect(line(files.latin1)).toMatch(/not valid UTF-8 \(first bad byte at offset 15\)/);
    expect(line(files.big)).toMatch(/over the 4\.0 KB limit \(SAYSO_MAX_BYTES\)/);
    expect(line(files.scripts)).toMatch(/HTML has no text/);
    expect(run.stderr).toContain("6 input(s) refused, 1 queued");

    // The one good file went through: stored, no claims, and the reason says why.
    const french = await pipe.db.article.findUniqueOrThrow({ where: { textSha256: sha256Hex(FRENCH) } });
    const expected = ruleExtractor.extract({ text: FRENCH, lang: null, publishedAt: null });
    expect(expected.supported).toBe(false); // the extractor reads Arabic and English only
    expect(french.ingestState).toBe("unsupported");
    expect(french.lastError).toBe(expected.reason);
    expect(french.lastError).toMatch(/fr/);
    expect(run.stdout).toContain(`unsupported  ${files.french} (article ${french.id}): ${expected.reason}`);
    expect(await pipe.db.claim.count({ where: { articleId: french.id } })).toBe(0);
    await expectClaimsMatchExtractor(pipe.db, french.id, { lang: null, publishedAt: null });

    // Nothing stored before was touched, and none of the refused inputs was stored.
    expect(await pipe.db.article.count()).toBe(2);
    const sampleClaims = await pipe.db.claim.findMany({
      where: { articleId: sampleArticleId },
      select: { id: true },
    });
    expect(sampleClaims.map((c) => c.id).sort()).toEqual([...sampleClaimIds].sort());
  });

  it("reads JSON lines from stdin, taking each record's own fields over the flags", async () => {
    const records = [
      {
        title: "One",
        text: "First piece of news text.",
        lang: "en",
        publishedAt: "2025-01-02",
        outlet: "Wire",
      },
      { title: "Two", text: "Second piece of news text." },
    ];
    const run = await runCli(["enqueue", "-", "--lang", "ar", "--published", "2025-03-04", "--wait"], {
      env: pipe.env,
      stdin: records.map((r) => JSON.stringify(r)).join("\n"),
    });
    expect(run.code, run.stderr).toBe(0);
    const one = await pipe.db.article.findUniqueOrThrow({
      where: { textSha256: sha256Hex(records[0]?.text ?? "") },
    });
    const two = await pipe.db.article.findUniqueOrThrow({
      where: { textSha256: sha256Hex(records[1]?.text ?? "") },
    });
    expect([one.title, one.lang, one.outlet, one.publishedAt?.toISOString().slice(0, 10)]).toEqual([
      "One",
      "en",
      "Wire",
      "2025-01-02",
    ]);
    expect([two.title, two.lang, two.publishedAt?.toISOString().slice(0, 10)]).toEqual([
      "Two",
      "ar",
      "2025-03-04",
    ]);
  });

  it("reports a failed job with its reason in status, and retry runs it again", async () => {
    const text = "An article whose row appears only after its job ran.";
    const connection = await connectProducer(pipe.env.REDIS_URL ?? "");
    const queue = createExtractQueue({ connection, prefix: pipe.prefix });
    const { jobId } = await enqueueExtract(queue, { articleId: "late-article", textSha256: sha256Hex(text) });

    await waitUntil("the job to fail", async () => (await queue.getJob(jobId))?.isFailed());
    await queue.close();
    await closeConnection(connection);
    const status = await runCli(["status", "--json"], { env: pipe.env });
    const parsed = JSON.parse(status.stdout) as {
      failed: { jobId: string; failedReason: string; attemptsMade: number }[];
      articles: Record<string, number>;
    };
    const failed = parsed.failed.find((job) => job.jobId === jobId);
    if (!failed) throw new Error(`job ${jobId} not among the failed: ${status.stdout}`);
    expect(failed.failedReason).toBe("article late-article does not exist");
    expect(failed.attemptsMade).toBe(1); // unrecoverable: no pointless retries
    const byState = await pipe.db.article.groupBy({ by: ["ingestState"], _count: { _all: true } });
    for (const row of byState) expect(parsed.articles[row.ingestState]).toBe(row._count._all);

    const human = await runCli(["status"], { env: pipe.env });
    expect(human.code).toBe(0);
    expect(human.stdout).toContain(
      `${jobId}  article late-article  after 1 attempt(s): article late-article does not exist`,
    );

    await pipe.db.article.create({
      data: { id: "late-article", text, textSha256: sha256Hex(text), lang: "en" },
    });
    const retry = await runCli(["retry", jobId, "--wait"], { env: pipe.env });
    expect(retry.code, retry.stderr).toBe(0);
    expect(retry.stdout).toContain("1 done");
    expect((await pipe.db.article.findUniqueOrThrow({ where: { id: "late-article" } })).ingestState).toBe(
      "done",
    );
  });

  it("re-extraction keeps a reviewed claim and replaces unreviewed ones", async () => {
    const db = pipe.db;
    const article = await db.article.findUniqueOrThrow({
      where: { id: sampleArticleId },
      include: { claims: true },
    });
    const taken = article.claims.map((c) => ({ start: c.contentStart, end: c.contentEnd }));
    const freeSpan = (length: number) => {
      for (let start = 0; start + length <= article.text.length; start += length) {
        const end = start + length;
        if (!taken.some((span) => span.start < end && start < span.end)) {
          taken.push({ start, end });
          const text = article.text.slice(start, end);
          return { contentStart: start, contentEnd: end, contentText: text, contentNorm: text };
        }
      }
      throw new Error("no free span left in the sample article");
    };
    const manual = {
      articleId: article.id,
      kind: "direct" as const,
      extractorName: "test-manual",
      extractorVersion: "0",
    };
    const reviewedAt = new Date();
    // A reviewer verifies an extracted claim (or, while the extractor finds none, one entered by hand).
    const reviewed = article.claims[0]
      ? await db.claim.update({
          where: { id: article.claims[0].id },
          data: { status: "verified", humanTouchedAt: reviewedAt, reviewedAt },
        })
      : await db.claim.create({
          data: { ...manual, ...freeSpan(40), status: "verified", humanTouchedAt: reviewedAt, reviewedAt },
        });
    const unreviewed = await db.claim.create({ data: { ...manual, ...freeSpan(25) } });

    const run = await runCli(["reprocess", "--article", article.id, "--wait"], { env: pipe.env });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain("1 article(s) queued for re-extraction");
    expect(run.stdout).toContain("(1 done)");

    const kept = await db.claim.findUniqueOrThrow({ where: { id: reviewed.id } });
    expect(kept).toEqual(reviewed);
    expect(await db.claim.findUnique({ where: { id: unreviewed.id } })).toBeNull();
    const after = await db.claim.findMany({ where: { articleId: article.id } });
    for (const claim of after)
      expect(article.text.slice(claim.contentStart, claim.contentEnd)).toBe(claim.contentText);
    // The rest is what the extractor finds, minus whatever overlaps the reviewed claim.
    const { claims: found } = ruleExtractor.extract({
      text: article.text,
      lang: "ar",
      publishedAt: "2025-11-25",
    });
    const fresh: { start: number; end: number }[] = [{ start: kept.contentStart, end: kept.contentEnd }];
    for (const { content } of found)
      if (!fresh.some((span) => span.start < content.end && content.start < span.end)) fresh.push(content);
    expect(after).toHaveLength(fresh.length);
    expect((await db.article.findUniqueOrThrow({ where: { id: article.id } })).ingestState).toBe("done");
  });

  it("reprocess --all re-extracts every article and changes nothing that was settled", async () => {
    const before = await pipe.db.claim.findMany({ orderBy: { id: "asc" } });
    const articles = await pipe.db.article.count();
    const run = await runCli(["reprocess", "--all", "--wait"], { env: pipe.env });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(`${articles} article(s) queued for re-extraction`);
    expect(run.stdout).toMatch(new RegExp(`summary: ${articles} article\\(s\\) .*0 failure\\(s\\)`));
    // Same extractor, same text: the same claims by span; the reviewed one untouched.
    const after = await pipe.db.claim.findMany({ orderBy: { id: "asc" } });
    const spans = (claims: typeof before) =>
      claims.map((c) => `${c.articleId}:${c.contentStart}:${c.contentEnd}`).sort();
    expect(spans(after)).toEqual(spans(before));
    const verified = before.filter((c) => c.status === "verified");
    expect(after.filter((c) => c.status === "verified")).toEqual(verified);

    const retry = await runCli(["retry", "--all"], { env: pipe.env });
    expect([retry.code, retry.stdout.trim()]).toEqual([0, "no failed jobs"]);
  });
});
