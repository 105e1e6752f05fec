import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { foldText } from "../src/fold.ts";
import {
  claimsSince,
  countClaimsByStatus,
  getArticleView,
  listClaims,
  listFacets,
  listRatingLevels,
  NotFoundError,
  ValidationError,
} from "../src/review/index.ts";
import { createTestDatabase, type TestDatabase } from "../src/testing.ts";
import { seedArticle } from "./review-fixtures.ts";

let t: TestDatabase;
const STATUSES = ["unreviewed", "verified", "rejected", "needs_work"] as const;
let emojiArticle: { articleId: string; claimIds: string[]; text: string };

beforeAll(async () => {
  t = await createTestDatabase("sayso_t_review_queue");
  // 6 articles × 4 claims; the claims of one article share a createdAt (as the worker stores them)
  for (let a = 0; a < 6; a++) {
    await seedArticle(t.db, {
      title: `Article ${a}`,
      outlet: a % 2 ? "Hespress" : "Reuters",
      lang: a % 3 ? "ar" : "en",
      publishedAt: `2025-0${a + 1}-15`,
      createdAt: new Date(Date.UTC(2026, 0, 1 + a)),
      parts: [0, 1, 2, 3].flatMap((c) => [
        `Intro ${c}. `,
        {
          content: `claim ${a}-${c} about prices`,
          status: STATUSES[(a + c) % 4],
          statedOn: c === 0 ? `2024-12-0${a + 1}` : undefined,
        },
      ]),
    });
  }
  emojiArticle = await seedArticle(t.db, {
    title: "تصريح",
    lang: "ar",
    createdAt: new Date(Date.UTC(2026, 1, 1)),
    parts: ["😀 قال الوزير: ", { content: "إن الأسعار ستنخفض", speaker: "الوزير" }, " انتهى."],
  });
}, 120_000);
afterAll(() => t?.drop());

async function allPages(filter: Parameters<typeof listClaims>[1], sort: "newest" | "oldest", limit: number) {
  const ids: string[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const page = await listClaims(t.db, filter, { cursor, limit, sort });
    ids.push(...page.items.map((c) => c.id));
    cursor = page.nextCursor;
    if (++pages > 100) throw new Error("cursor does not advance");
  } while (cursor);
  return ids;
}

describe("listClaims", () => {
  it("pages by cursor through every claim exactly once, in (createdAt, id) order, both ways", async () => {
    const rows = await t.db.claim.findMany({
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: { id: true },
    });
    const newest = rows.map((r) => r.id);
    expect(newest).toHaveLength(25);
    for (const limit of [1, 3, 5, 7, 25, 50]) {
      expect(await allPages({}, "newest", limit)).toEqual(newest);
      expect(await allPages({}, "oldest", limit)).toEqual([...newest].reverse());
    }
  });

  it("pages a date range by (effective date, createdAt, id), newest statement first", async () => {
    const rows = await t.db.claim.findMany({
      where: {
        effectiveOn: { gte: new Date("2024-12-01T00:00:00Z"), lte: new Date("2025-06-30T00:00:00Z") },
      },
      orderBy: [{ effectiveOn: "desc" }, { createdAt: "desc" }, { id: "desc" }],
      select: { id: true },
    });
    expect(rows).toHaveLength(24);
    const range = { from: "2024-12-01", to: "2025-06-30" };
    for (const limit of [1, 5, 7]) {
      expect(await allPages(range, "newest", limit)).toEqual(rows.map((r) => r.id));
      expect(await allPages(range, "oldest", limit)).toEqual(rows.map((r) => r.id).reverse());
    }
    const first = await listClaims(t.db, {}, { limit: 2 });
    await expect(listClaims(t.db, range, { cursor: first.nextCursor })).rejects.toBeInstanceOf(
      ValidationError,
    );
  });

  it("keeps the position when new claims arrive between pages", async () => {
    const first = await listClaims(t.db, {}, { limit: 4 });
    const arriving = await seedArticle(t.db, {
      parts: [{ content: "late claim" }],
      createdAt: new Date(Date.UTC(2027, 0, 1)),
    });
    const second = await listClaims(t.db, {}, { cursor: first.nextCursor, limit: 4 });
    expect(second.items.map((c) => c.id)).not.toContain(arriving.claimIds[0]);
    expect(second.items[0]?.createdAt.getTime()).toBeLessThanOrEqual(
      first.items[3]?.createdAt.getTime() ?? 0,
    );
    await t.db.article.delete({ where: { id: arriving.articleId } });
  });

  it("filters by status, outlet, language, article, speaker, date range and text", async () => {
    const verified = await allPages({ status: "verified" }, "newest", 2);
    expect(verified).toHaveLength(6);
    const page = await listClaims(t.db, { status: "verified", outlet: "Hespress", lang: "ar" });
    for (const c of page.items) {
      expect(c.status).toBe("verified");
      expect(c.article.outlet).toBe("Hespress");
      expect(c.article.lang).toBe("ar");
    }
    const byArticle = await listClaims(t.db, { articleId: emojiArticle.articleId });
    expect(byArticle.items.map((c) => c.id)).toEqual(emojiArticle.claimIds);
    expect(byArticle.items[0]?.speaker?.name).toBe("الوزير");
    const speakerId = byArticle.items[0]?.speaker?.id;
    expect((await listClaims(t.db, { speakerId })).items).toHaveLength(1);
    // statement date when known (2024-12-0N for the first claim of each article), else publication date
    const december = await listClaims(t.db, { from: "2024-12-01", to: "2024-12-31" });
    expect(december.items.map((c) => c.contentText).sort()).toEqual(
      [0, 1, 2, 3, 4, 5].map((a) => `claim ${a}-0 about prices`),
    );
    const february = await listClaims(t.db, { from: "2025-02-01", to: "2025-02-28" });
    expect(february.items.map((c) => c.contentText).sort()).toEqual([
      "claim 1-1 about prices",
      "claim 1-2 about prices",
      "claim 1-3 about prices",
    ]);
    // the date follows the article's publication date when it changes (trigger-kept effectiveOn)
    await t.db.article.update({
      where: { id: emojiArticle.articleId },
      data: { publishedAt: new Date("2023-07-04T00:00:00Z") },
    });
    const july = await listClaims(t.db, { from: "2023-07-01", to: "2023-07-31" });
    expect(july.items.map((c) => c.id)).toEqual(emojiArticle.claimIds);
    await t.db.claim.update({
      where: { id: emojiArticle.claimIds[0] as string },
      data: { statedOn: new Date("2023-06-30T00:00:00Z") },
    });
    expect((await listClaims(t.db, { from: "2023-07-01", to: "2023-07-31" })).items).toEqual([]);
    await t.db.claim.update({ where: { id: emojiArticle.claimIds[0] as string }, data: { statedOn: null } });
    const text = await listClaims(t.db, { q: "CLAIM 3-2" });
    expect(text.items.map((c) => c.contentText)).toEqual(["claim 3-2 about prices"]);
    const arabic = await listClaims(t.db, { q: "ان الاسعار" });
    expect(arabic.items.map((c) => c.id)).toEqual(emojiArticle.claimIds);
    // LIKE wildcards in the query are literal: "_" does not match the space in "claim 0-…"
    expect((await listClaims(t.db, { q: "claim_0" })).items).toEqual([]);
    expect((await listClaims(t.db, { q: "«prices»," }, { limit: 200 })).items).toHaveLength(24);
  });

  it("treats empty form fields as no filter and rejects bad input", async () => {
    expect((await listClaims(t.db, { status: "" as never, outlet: "" }, { limit: 200 })).items).toHaveLength(
      25,
    );
    await expect(listClaims(t.db, { from: "2025-13-45" })).rejects.toBeInstanceOf(ValidationError);
    await expect(listClaims(t.db, {}, { limit: 201 })).rejects.toBeInstanceOf(ValidationError);
    await expect(listClaims(t.db, {}, { cursor: "garbage!" })).rejects.toBeInstanceOf(ValidationError);
    await expect(listClaims(t.db, { status: "done" as never })).rejects.toBeInstanceOf(ValidationError);
  });
});

describe("counts, live feed, facets", () => {
  it("counts claims per status under the other filters", async () => {
    expect(await countClaimsByStatus(t.db)).toEqual({
      unreviewed: 7,
      verified: 6,
      rejected: 6,
      needs_work: 6,
    });
    const reuters = await countClaimsByStatus(t.db, { outlet: "Reuters", status: "verified" });
    expect(Object.values(reuters).reduce((a, b) => a + b, 0)).toBe(12);
  });

  it("returns claims stored since a moment, oldest first", async () => {
    const since = await claimsSince(t.db, { since: new Date(Date.UTC(2026, 0, 5)) });
    expect(since.map((c) => c.createdAt.toISOString().slice(0, 10))).toEqual([
      ...Array(4).fill("2026-01-05"),
      ...Array(4).fill("2026-01-06"),
      "2026-02-01",
    ]);
    expect(
      await claimsSince(t.db, { since: new Date(Date.UTC(2026, 0, 5)), articleId: emojiArticle.articleId }),
    ).toHaveLength(1);
    await expect(claimsSince(t.db, { since: new Date("nope") })).rejects.toBeInstanceOf(ValidationError);
  });

  it("lists the rating scale in order and the outlets and languages", async () => {
    expect((await listRatingLevels(t.db)).map((l) => l.key)).toEqual([
      "true",
      "mostly-true",
      "misleading",
      "false",
      "unverifiable",
    ]);
    const facets = await listFacets(t.db);
    expect(facets.outlets.map((o) => o.value).sort()).toEqual(["Hespress", "Reuters"]);
    expect(facets.langs).toEqual([
      { value: "ar", articles: 5 },
      { value: "en", articles: 2 },
    ]);
  });
});

describe("getArticleView", () => {
  it("returns the text and claim spans in UTF-16 offsets, an emoji before a claim included", async () => {
    const view = await getArticleView(t.db, emojiArticle.articleId);
    expect(view?.article.text).toBe(emojiArticle.text);
    const claim = view?.claims[0];
    // "😀" is 2 UTF-16 code units, " قال الوزير: " 13
    expect(claim?.content).toEqual({ start: 15, end: 15 + 17 });
    expect(view?.article.text.slice(claim?.content.start, claim?.content.end)).toBe("إن الأسعار ستنخفض");
    expect(claim?.mention).toBeNull();
    expect(await getArticleView(t.db, "missing")).toBeNull();
  });

  it("orders claims by their position in the text", async () => {
    const first = await t.db.article.findFirstOrThrow({ where: { title: "Article 2" } });
    const view = await getArticleView(t.db, first.id);
    const starts = view?.claims.map((c) => c.content.start) ?? [];
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(starts).toHaveLength(4);
  });
});

describe("sayso_fold (SQL) folds exactly like foldText", () => {
  it("agrees on Arabic variants, diacritics, Latin accents, digits, case and spaces", async () => {
    const samples = [
      "أإآٱ ى ئ ؤ ة ک ی",
      "الرَّئِيسُ قَالَ",
      "Élan ÇA İstanbul ΣΑΣ",
      "١٢٣ ۴۵۶",
      "a\u00a0\u2003 b\t\nc",
      "ﻻ ﷺ ﬁ ①",
      "وـــزير",
    ];
    for (const s of samples) {
      const [row] = await t.db.$queryRaw<{ f: string }[]>`SELECT sayso_fold(${s}) AS f`;
      expect(row?.f, s).toBe(foldText(s));
    }
  });
  it("NotFoundError carries the entity", () => {
    expect(new NotFoundError("claim", "x").message).toBe("claim x not found");
  });
});
