import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { foldText, recordAudit, SpanMismatchError, saveExtraction, upsertArticle } from "../src/index.ts";
import { createTestDatabase, type TestDatabase } from "../src/testing.ts";
import { SAMPLE_TEXT, sampleClaims, sampleExtraction, spanOf } from "./sample.ts";

let t: TestDatabase;

beforeAll(async () => {
  t = await createTestDatabase("sayso_t_db_save");
});
afterAll(async () => {
  await t?.drop();
});

async function freshArticle(text = SAMPLE_TEXT, extra: Record<string, string> = {}) {
  const { article } = await upsertArticle(t.db, { text, lang: "ar", publishedAt: "2025-11-25", ...extra });
  return article;
}

describe("saveExtraction", () => {
  it("stores claims with their spans, speakers and folded text, and marks the article done", async () => {
    const article = await freshArticle();
    const counts = await saveExtraction(t.db, article.id, sampleExtraction());
    expect(counts).toEqual({ inserted: 3, kept: 0, removed: 0 });

    const claims = await t.db.claim.findMany({
      where: { articleId: article.id },
      orderBy: { contentStart: "asc" },
    });
    expect(claims).toHaveLength(3);
    for (const claim of claims) {
      expect(SAMPLE_TEXT.slice(claim.contentStart, claim.contentEnd)).toBe(claim.contentText);
      expect(claim.contentNorm).toBe(foldText(claim.contentText));
      expect(claim.extractorName).toBe("sayso-ar");
      expect(claim.extractorVersion).toBe("0.1.0");
    }
    const [first, second, third] = claims;
    expect(first?.contentNorm).toContain("ابيب"); // أبيب folded
    expect(first?.statedOn?.toISOString().slice(0, 10)).toBe("2025-11-25");
    expect(first?.statedOnText).toBe("الثلاثاء");
    expect(first?.speakerId).toBeTruthy();
    expect(second?.speakerId).toBe(first?.speakerId);
    expect(third?.speakerId).toBeNull();

    const speaker = await t.db.speaker.findUniqueOrThrow({ where: { id: first?.speakerId ?? "" } });
    expect(speaker).toMatchObject({
      name: "جدعون ساعر",
      kind: "person",
      titles: ["وزير الخارجية الإسرائيلي"],
    });

    const stored = await t.db.article.findUniqueOrThrow({ where: { id: article.id } });
    expect(stored).toMatchObject({
      ingestState: "done",
      lastError: null,
      lang: "ar",
      extractor: "sayso-ar@0.1.0",
    });
    const events = await t.db.auditEvent.findMany({ where: { entity: "article", entityId: article.id } });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actor: "worker", action: "extraction.saved" });
    expect(events[0]?.after).toMatchObject({ inserted: 3, kept: 0, removed: 0, extractor: "sayso-ar@0.1.0" });
  });

  it("saving the same extraction again leaves the same claims, no duplicates", async () => {
    const article = await freshArticle(`${SAMPLE_TEXT}\n`); // its own article
    await saveExtraction(t.db, article.id, sampleExtraction());
    const again = await saveExtraction(t.db, article.id, sampleExtraction());
    expect(again).toEqual({ inserted: 3, kept: 0, removed: 3 });
    const claims = await t.db.claim.findMany({ where: { articleId: article.id } });
    expect(claims).toHaveLength(3);
    expect(new Set(claims.map((c) => `${c.contentStart}:${c.contentEnd}`)).size).toBe(3);
    expect(await t.db.speaker.count({ where: { name: "جدعون ساعر" } })).toBe(1);
  });

  it("refuses a span that is not the slice of the text it claims, writing nothing", async () => {
    const article = await freshArticle(`${SAMPLE_TEXT}\n\n`);
    const claims = sampleClaims();
    const content = claims[1]?.content;
    if (!content) throw new Error("sample changed");
    const shifted = [
      claims[0],
      { ...claims[1], content: { ...content, start: content.start + 1, end: content.end + 1 } },
    ];
    const error = await saveExtraction(t.db, article.id, sampleExtraction(shifted as typeof claims)).catch(
      (e) => e,
    );
    expect(error).toBeInstanceOf(SpanMismatchError);
    expect((error as SpanMismatchError).part).toBe("claims[1].content");

    const outside = [
      { ...claims[0], cue: { start: SAMPLE_TEXT.length + 5, end: SAMPLE_TEXT.length + 9, text: "أعلن" } },
    ];
    const error2 = await saveExtraction(t.db, article.id, sampleExtraction(outside as typeof claims)).catch(
      (e) => e,
    );
    expect(error2).toBeInstanceOf(SpanMismatchError);
    expect((error2 as SpanMismatchError).part).toBe("claims[0].cue");
    expect((error2 as Error).message).toMatch(/outside the text/);

    expect(await t.db.claim.count({ where: { articleId: article.id } })).toBe(0);
    expect(await t.db.auditEvent.count({ where: { entityId: article.id } })).toBe(0);
    expect((await t.db.article.findUniqueOrThrow({ where: { id: article.id } })).ingestState).toBe("queued");
  });

  it("re-extraction keeps a reviewed claim with its link and audit events, replacing untouched ones", async () => {
    const article = await freshArticle(`${SAMPLE_TEXT}\n\n\n`);
    await saveExtraction(t.db, article.id, sampleExtraction());
    const before = await t.db.claim.findMany({
      where: { articleId: article.id },
      orderBy: { contentStart: "asc" },
    });
    const reviewed = before[0];
    const untouched = before.slice(1).map((c) => c.id);
    if (!reviewed) throw new Error("no claims");

    // a reviewer verifies the first claim and links it to a claim of another article
    const other = await freshArticle("قال المتحدث إن الاتفاق سيوقع قريبا.");
    const span = spanOf("الاتفاق سيوقع قريبا", 0, "قال المتحدث إن الاتفاق سيوقع قريبا.");
    const otherClaim = await t.db.claim.create({
      data: {
        articleId: other.id,
        contentStart: span.start,
        contentEnd: span.end,
        contentText: span.text,
        contentNorm: foldText(span.text),
        kind: "indirect",
        extractorName: "sayso-ar",
        extractorVersion: "0.1.0",
      },
    });
    await t.db.$transaction(async (tx) => {
      await tx.claim.update({
        where: { id: reviewed.id },
        data: { status: "verified", verdictKey: "true", humanTouchedAt: new Date(), reviewedAt: new Date() },
      });
      await tx.claimLink.create({ data: { fromId: reviewed.id, toId: otherClaim.id, type: "supports" } });
      await recordAudit(tx, {
        actor: "reviewer",
        action: "claim.reviewed",
        entity: "claim",
        entityId: reviewed.id,
      });
    });

    // the new extractor version finds a longer passage around the reviewed claim, plus the others
    const claims = sampleClaims();
    const longer = spanOf("رغبة تل أبيب في تعزيز شراكتها الاقتصادية مع كازاخستان، بالتوازي");
    const next = [{ ...claims[0], content: longer }, claims[1], claims[2]] as typeof claims;
    const counts = await saveExtraction(t.db, article.id, {
      ...sampleExtraction(next),
      extractor: "sayso-ar@0.2.0",
    });
    expect(counts).toEqual({ inserted: 2, kept: 1, removed: 2 });

    const after = await t.db.claim.findMany({
      where: { articleId: article.id },
      orderBy: { contentStart: "asc" },
    });
    expect(after).toHaveLength(3);
    expect(after[0]).toMatchObject({ id: reviewed.id, status: "verified", contentEnd: reviewed.contentEnd });
    expect(after.slice(1).map((c) => c.extractorVersion)).toEqual(["0.2.0", "0.2.0"]);
    expect(after.some((c) => untouched.includes(c.id))).toBe(false);
    expect(await t.db.claimLink.count({ where: { fromId: reviewed.id, toId: otherClaim.id } })).toBe(1);
    expect(await t.db.auditEvent.count({ where: { entity: "claim", entityId: reviewed.id } })).toBe(1);
    expect(await t.db.auditEvent.count({ where: { entity: "article", entityId: article.id } })).toBe(2);
  });

  it("two saves at once create the new speaker once and leave no duplicate claims", async () => {
    const a = await freshArticle(`${SAMPLE_TEXT} `);
    const b = await freshArticle(`${SAMPLE_TEXT}  `);
    const newcomer = sampleClaims().map((c) => ({
      ...c,
      speaker: { ...c.speaker, name: c.speaker.name && "يرميك كوشرباييف" },
    }));
    const results = await Promise.all([
      saveExtraction(t.db, a.id, sampleExtraction(newcomer)),
      saveExtraction(t.db, b.id, sampleExtraction(newcomer)),
      saveExtraction(t.db, b.id, sampleExtraction(newcomer)),
    ]);
    expect(results.map((r) => r.inserted)).toEqual([3, 3, 3]);
    expect(await t.db.speaker.count({ where: { name: "يرميك كوشرباييف" } })).toBe(1);
    expect(await t.db.claim.count({ where: { articleId: b.id } })).toBe(3);
  });

  it("stores an unsupported language with its reason and no claims", async () => {
    const article = await freshArticle("Le ministre a déclaré que l'accord serait signé.", { lang: "fr" });
    const counts = await saveExtraction(t.db, article.id, {
      extractor: "sayso-ar@0.1.0",
      lang: "fr",
      supported: false,
      reason: "unsupported language: fr",
      claims: [],
    });
    expect(counts).toEqual({ inserted: 0, kept: 0, removed: 0 });
    const stored = await t.db.article.findUniqueOrThrow({ where: { id: article.id } });
    expect(stored).toMatchObject({
      ingestState: "unsupported",
      lastError: "unsupported language: fr",
      lang: "fr",
    });
    expect(await t.db.claim.count({ where: { articleId: article.id } })).toBe(0);
  });
});

describe("upsertArticle", () => {
  it("finds an article by its exact text and updates only the metadata given", async () => {
    const text = "  قال الوزير: «سنبدأ غدا».\r\n";
    const first = await upsertArticle(t.db, {
      text,
      title: "أول",
      outlet: "وكالة",
      publishedAt: "2025-01-31",
    });
    expect(first.created).toBe(true);
    expect(first.article.text).toBe(text);
    const second = await upsertArticle(t.db, { text, title: "ثان", outlet: null });
    expect(second.created).toBe(false);
    expect(second.article).toMatchObject({ id: first.article.id, title: "ثان", outlet: "وكالة" });
    expect(second.article.publishedAt?.toISOString()).toBe("2025-01-31T00:00:00.000Z");
    await expect(upsertArticle(t.db, { text: "x", publishedAt: "2025-02-30" })).rejects.toThrow(/YYYY-MM-DD/);
  });
});

describe("the audit table", () => {
  it("refuses UPDATE and DELETE", async () => {
    const event = await recordAudit(t.db, {
      actor: "test",
      action: "test.done",
      entity: "test",
      entityId: "1",
    });
    await expect(
      t.db.auditEvent.update({ where: { id: event.id }, data: { actor: "someone else" } }),
    ).rejects.toThrow(/append-only/);
    await expect(t.db.auditEvent.delete({ where: { id: event.id } })).rejects.toThrow(/append-only/);
    await expect(t.db.$executeRawUnsafe('DELETE FROM "AuditEvent"')).rejects.toThrow(/append-only/);
    await expect(t.db.$executeRawUnsafe('TRUNCATE "AuditEvent"')).rejects.toThrow(/append-only/);
    expect(await t.db.auditEvent.findUniqueOrThrow({ where: { id: event.id } })).toMatchObject({
      actor: "test",
    });
  });
});
