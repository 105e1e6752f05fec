import { execFile } from "node:child_process";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { createTestDatabase } from "@sayso/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseCsv } from "../../../packages/export/test/csv-parse.ts";
import { ARABIC_TEXT, ENGLISH_TEXT, seedExportData } from "./export-fixtures.ts";

const bin = fileURLToPath(new URL("../bin/sayso.mjs", import.meta.url));
const texts = new Map<string, string>();

let testDb: Awaited<ReturnType<typeof createTestDatabase>>;
let seeded: Awaited<ReturnType<typeof seedExportData>>;
let outDir: string;

beforeAll(async () => {
  testDb = await createTestDatabase("sayso_t_export");
  seeded = await seedExportData(testDb.db);
  texts.set(seeded.arabic.id, ARABIC_TEXT);
  texts.set(seeded.english.id, ENGLISH_TEXT);
  outDir = await mkdtemp(join(tmpdir(), "sayso-export-"));
}, 120_000);

afterAll(async () => {
  await testDb?.drop();
  if (outDir) await rm(outDir, { recursive: true, force: true });
});

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function sayso(args: string[], databaseUrl = testDb.url): Promise<Run> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [bin, ...args], {
      env: { ...process.env, DATABASE_URL: databaseUrl },
      maxBuffer: 16 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? -1, stdout: failed.stdout ?? "", stderr: failed.stderr ?? "" };
  }
}

const lines = (stdout: string) =>
  stdout
    .split("\n")
    .filter((line) => line !== "")
    .map((line) => JSON.parse(line));

describe("sayso export", { timeout: 120_000 }, () => {
  it("--format jsonl --status all prints every claim with offsets that hold", async () => {
    const run = await sayso(["export", "--format", "jsonl", "--status", "all"]);
    expect(run.stderr).toContain("exported 3 claim(s)");
    expect(run.code).toBe(0);
    const records = lines(run.stdout);
    expect(records.map((r) => r.id).sort()).toEqual(
      [seeded.prices.id, seeded.wages.id, seeded.exports.id].sort(),
    );
    for (const record of records) {
      const text = texts.get(record.articleId) ?? "";
      for (const part of [record.content, record.cue, record.mention]) {
        if (part) expect(text.slice(part.start, part.end)).toBe(part.text);
      }
      expect(record).toHaveProperty("speaker.name");
      expect(["direct", "indirect", "mixed"]).toContain(record.kind);
      expect(record).toHaveProperty("statedOn");
      expect(record).toHaveProperty("status");
      expect(record.article).not.toHaveProperty("text");
    }
    expect(records.find((r) => r.id === seeded.prices.id)?.links).toEqual([
      { type: "contradicts", toClaimId: seeded.exports.id },
    ]);
  });

  it("exports only verified claims by default, and one article with --article", async () => {
    const verified = lines((await sayso(["export", "--format", "jsonl"])).stdout);
    expect(verified.map((r) => r.status)).toEqual(["verified", "verified"]);
    const one = lines(
      (await sayso(["export", "--format", "jsonl", "--status", "all", "--article", seeded.english.id]))
        .stdout,
    );
    expect(one.map((r) => r.id)).toEqual([seeded.exports.id]);
  });

  it("--format csv --excel --out writes a complete RFC 4180 file with a BOM", async () => {
    const file = join(outDir, "claims.csv");
    const run = await sayso(["export", "--format", "csv", "--status", "all", "--excel", "--out", file]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe("");
    const raw = await readFile(file);
    expect([...raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(raw.toString("utf8").slice(1));
    const [header = [], ...data] = rows;
    expect(data).toHaveLength(3);
    const col = (name: string) => header.indexOf(name);
    for (const row of data) {
      const text = texts.get(row[col("article_id")] ?? "") ?? "";
      const [start, end] = [Number(row[col("content_start")]), Number(row[col("content_end")])];
      expect(text.slice(start, end)).toBe(row[col("content_text")]);
    }
    expect(data.map((row) => row[col("content_text")])).toContain("الأجور, سترتفع");
    expect(await readdir(outDir)).toEqual(["claims.csv"]); // no partial file left behind
  });

  it("--out into a missing directory fails with exit 1 naming the file", async () => {
    const file = join(outDir, "missing", "claims.jsonl");
    const run = await sayso(["export", "--format", "jsonl", "--out", file]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`sayso: cannot write ${file}`);
    expect(run.stderr).not.toMatch(/\n\s+at /); // a message, not a stack trace
  });

  it("--format annotation targets the content by code points (the emoji counts once)", async () => {
    const run = await sayso([
      "export",
      "--format",
      "annotation",
      "--status",
      "all",
      "--article",
      seeded.arabic.id,
    ]);
    expect(run.code).toBe(0);
    const annotations = lines(run.stdout);
    expect(annotations).toHaveLength(2);
    for (const annotation of annotations) {
      expect(annotation["@context"]).toBe("http://www.w3.org/ns/anno.jsonld");
      expect(annotation.target.source).toBe("https://news.example/ar/1");
      const [position, quote] = annotation.target.selector;
      expect(position.type).toBe("TextPositionSelector");
      expect(Array.from(ARABIC_TEXT).slice(position.start, position.end).join("")).toBe(quote.exact);
      expect(ARABIC_TEXT.indexOf(quote.exact)).toBe(position.start + 1);
      expect(ARABIC_TEXT).toContain(`${quote.prefix}${quote.exact}${quote.suffix}`);
    }
    expect(annotations[0].motivation).toBe("assessing");
  });

  it("--format claimreview writes reviewed claims only, with the organisation as author", async () => {
    const run = await sayso([
      ...["export", "--format", "claimreview", "--status", "all"],
      ...["--org-name", "Example Fact Check", "--org-url", "https://factcheck.example"],
      ...["--review-url", "https://factcheck.example/c/{id}", "--best-rating", "1", "--worst-rating", "4"],
    ]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain("2 without a verdict skipped");
    const [review, ...rest] = lines(run.stdout);
    expect(rest).toEqual([]);
    expect(review).toMatchObject({
      "@type": "ClaimReview",
      url: `https://factcheck.example/c/${seeded.prices.id}`,
      claimReviewed: "الأسعار انخفضت بنسبة 5%",
      author: { "@type": "Organization", name: "Example Fact Check", url: "https://factcheck.example" },
      reviewRating: { ratingValue: 4, bestRating: 1, worstRating: 4, alternateName: seeded.falseLabel },
      itemReviewed: { "@type": "Claim", author: { "@type": "Person", name: "الوزير" } },
    });
  });

  it("exits 2 on bad usage, without touching the database", async () => {
    const nowhere = "postgresql://postgres@127.0.0.1:1/nowhere";
    for (const args of [
      ["export"],
      ["export", "--format", "xml"],
      ["export", "--format", "jsonl", "--status", "maybe"],
      ["export", "--format", "claimreview"],
      ["export", "--format", "jsonl", "--excel"],
    ]) {
      const run = await sayso(args, nowhere);
      expect({ args, code: run.code }).toEqual({ args, code: 2 });
      expect(run.stderr).not.toContain("cannot reach");
    }
    const help = await sayso(["export", "--help"], nowhere);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("--format <format>");
  });

  it("exits 1 naming the URL when PostgreSQL cannot be reached", async () => {
    const run = await sayso(
      ["export", "--format", "jsonl"],
      "postgresql://postgres:secret@127.0.0.1:1/nowhere",
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("127.0.0.1:1/nowhere");
    expect(run.stderr).not.toContain("secret");
    expect(run.stdout).toBe("");
  });
});
