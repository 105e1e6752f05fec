import { createHash } from "node:crypto";
import { exportClaims } from "@sayso/db";
import { createTestDatabase } from "@sayso/db/testing";
import type { ExportClaim } from "@sayso/export";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ARABIC_TEXT, ENGLISH_TEXT, seedExportData } from "./export-fixtures.ts";

let testDb: Awaited<ReturnType<typeof createTestDatabase>>;
let seeded: Awaited<ReturnType<typeof seedExportData>>;

beforeAll(async () => {
  testDb = await createTestDatabase("sayso_t_export");
  seeded = await seedExportData(testDb.db);
}, 120_000);

afterAll(async () => {
  await testDb?.drop();
});

async function all<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

describe("exportClaims", () => {
  it("returns verified claims by default, joined with article, speaker, verdict, reviewer and links", async () => {
    const rows = await all(exportClaims(testDb.db));
    expect(rows.map((row) => row.id).sort()).toEqual([seeded.prices.id, seeded.exports.id].sort());
    const prices = rows.find((row) => row.id === seeded.prices.id);
    // the rows are what the serialisers take
    const claim: ExportClaim | undefined = prices;
    expect(claim).toMatchObject({
      articleId: seeded.arabic.id,
      article: {
        id: seeded.arabic.id,
        title: "عاجل",
        url: "https://news.example/ar/1",
        outlet: "Example News",
        lang: "ar",
        publishedAt: "2025-11-25",
        textLength: ARABIC_TEXT.length,
        text: ARABIC_TEXT,
      },
      speaker: { name: "الوزير", kind: "person" },
      cue: { text: "قال" },
      mention: { text: "الوزير" },
      content: { text: "الأسعار انخفضت بنسبة 5%" },
      kind: "direct",
      statedOn: "2025-11-25",
      statedOnText: "عاجل",
      status: "verified",
      verdict: { key: "false", label: seeded.falseLabel },
      verdictNote: 'Prices rose, "3%"',
      reviewer: "Rana Reviewer",
      reviewedAt: "2025-11-26T10:00:00.000Z",
      extractor: { name: "test", version: "1" },
      links: [{ type: "contradicts", toClaimId: seeded.exports.id }],
    });
    for (const row of rows) {
      for (const part of [row.content, row.cue, row.mention]) {
        if (part) expect(row.article.text?.slice(part.start, part.end)).toBe(part.text);
      }
    }
    const exports = rows.find((row) => row.id === seeded.exports.id);
    expect(exports?.article.url).toBeNull();
    expect(exports?.verdict).toBeNull();
    expect(exports?.reviewer).toBeNull();
  });

  it("filters by status and article", async () => {
    expect((await all(exportClaims(testDb.db, { status: "unreviewed" }))).map((r) => r.id)).toEqual([
      seeded.wages.id,
    ]);
    expect(await all(exportClaims(testDb.db, { status: "rejected" }))).toEqual([]);
    const arabicOnly = await all(exportClaims(testDb.db, { status: "all", articleId: seeded.arabic.id }));
    expect(arabicOnly.map((r) => r.id)).toEqual([seeded.prices.id, seeded.wages.id]);
    const noText = await all(exportClaims(testDb.db, { status: "all", withArticleText: false }));
    expect(
      noText.every((row) => row.article.text === undefined && row.article.textLength === undefined),
    ).toBe(true);
  });

  it("pages by keyset through every claim exactly once, in article and text order", async () => {
    const text = `${"x".repeat(10)}${ENGLISH_TEXT}`;
    const article = await testDb.db.article.create({
      data: { text, textSha256: createHash("sha256").update(text).digest("hex") },
    });
    // 11 one-letter claims, two of them sharing a start (ordered by end), inserted out of order
    const spans = [
      [9, 10],
      [0, 1],
      [5, 6],
      [3, 4],
      [1, 2],
      [7, 8],
      [2, 3],
      [4, 5],
      [8, 9],
      [6, 7],
      [6, 8],
    ];
    for (const [start = 0, end = 0] of spans) {
      await testDb.db.claim.create({
        data: {
          articleId: article.id,
          contentStart: start,
          contentEnd: end,
          contentText: text.slice(start, end),
          contentNorm: text.slice(start, end),
          kind: "direct",
          extractorName: "test",
          extractorVersion: "1",
        },
      });
    }
    const expected = await all(exportClaims(testDb.db, { status: "all", batchSize: 1000 }));
    for (const batchSize of [1, 2, 3, 11]) {
      const paged = await all(exportClaims(testDb.db, { status: "all", batchSize }));
      expect(paged.map((row) => row.id)).toEqual(expected.map((row) => row.id));
    }
    expect(expected).toHaveLength(14);
    const mine = expected
      .filter((row) => row.articleId === article.id)
      .map((row) => [row.content.start, row.content.end]);
    expect(mine).toEqual([...spans].sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0) || (a[1] ?? 0) - (b[1] ?? 0)));
    const articleOrder = expected.map((row) => row.articleId);
    expect(articleOrder).toEqual([...articleOrder].sort());
    await expect(all(exportClaims(testDb.db, { batchSize: 0 }))).rejects.toThrow(/batchSize/);
  });
});
