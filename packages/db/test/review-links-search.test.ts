import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type Actor,
  getClaimDetail,
  getSpeakerPage,
  linkClaims,
  listSpeakers,
  mergeSpeakers,
  NotFoundError,
  search,
  searchSpeakers,
  suggestLinks,
  unlinkClaims,
  ValidationError,
} from "../src/review/index.ts";
import { createTestDatabase, type TestDatabase } from "../src/testing.ts";
import { createReviewer, seedArticle } from "./review-fixtures.ts";

let t: TestDatabase;
let actor: Actor;
const ids: Record<string, string> = {};
const PRESIDENT = "الرئيس محمد";

beforeAll(async () => {
  t = await createTestDatabase("sayso_t_review_links");
  actor = await createReviewer(t.db);
  const a1 = await seedArticle(t.db, {
    title: "ميزانية العام",
    lang: "ar",
    outlet: "Hespress",
    publishedAt: "2025-01-10",
    parts: [
      "قال الرئيس: ",
      { content: "إنّ الحكومة ستخفّض الأسعار في العام المقبل", speaker: PRESIDENT, statedOn: "2025-01-09" },
      ". وأضاف: ",
      { content: "إن الحكومة ستخفض الأسعار في العام القادم", speaker: PRESIDENT },
    ],
  });
  const a2 = await seedArticle(t.db, {
    title: "الأسعار",
    lang: "ar",
    outlet: "Annahar",
    publishedAt: "2025-02-10",
    parts: [
      "صرح أحمد: ",
      { content: "ان الحكومه ستخفض الاسعار في العام المقبل", speaker: "أحمد علي", status: "verified" },
    ],
  });
  const a3 = await seedArticle(t.db, {
    title: "خطاب",
    lang: "ar",
    publishedAt: "2025-03-10",
    parts: ["وقال: ", { content: "الحكومة ستخفض أسعار الخبز في العام المقبل", speaker: PRESIDENT }],
  });
  const a4 = await seedArticle(t.db, {
    title: "Budget day",
    lang: "en",
    publishedAt: "2025-04-10",
    parts: ["He said ", { content: "the Government will cut prices next year", speaker: "Ahmed Ali" }],
  });
  Object.assign(ids, { a1: a1.articleId, a2: a2.articleId, a3: a3.articleId, a4: a4.articleId });
  Object.assign(ids, {
    c1: a1.claimIds[0],
    c1b: a1.claimIds[1],
    c2: a2.claimIds[0],
    c3: a3.claimIds[0],
    c4: a4.claimIds[0],
  });
}, 120_000);
afterAll(() => t?.drop());

const id = (key: string) => ids[key] as string;

describe("suggestLinks", () => {
  it("ranks the same speaker first, folds Arabic variants and diacritics, skips the same article", async () => {
    const suggestions = await suggestLinks(t.db, id("c1"));
    expect(suggestions.map((s) => [s.claim.id, s.sameSpeaker])).toEqual([
      [id("c3"), true],
      [id("c2"), false],
    ]);
    // إنّ/ان, ة/ه, أ/ا and the shadda differ only in spelling: identical once folded
    expect(suggestions[1]?.similarity).toBeCloseTo(1, 5);
    expect(suggestions[0]?.similarity).toBeLessThan(1);
    expect(suggestions[0]?.claim.article.id).toBe(id("a3"));
  });

  it("leaves out claims already linked either way", async () => {
    const link = await linkClaims(t.db, { fromId: id("c2"), toId: id("c1"), type: "supports", actor });
    expect((await suggestLinks(t.db, id("c1"))).map((s) => s.claim.id)).toEqual([id("c3")]);
    await unlinkClaims(t.db, { linkId: link.id, actor });
    await expect(suggestLinks(t.db, "nope")).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("linkClaims / unlinkClaims", () => {
  it("links once, treats repeats (and the reverse of a symmetric type) as the same link, shows both ways", async () => {
    await expect(
      linkClaims(t.db, { fromId: id("c1"), toId: id("c1"), type: "same", actor }),
    ).rejects.toBeInstanceOf(ValidationError);
    await expect(
      linkClaims(t.db, { fromId: id("c1"), toId: "ghost", type: "same", actor }),
    ).rejects.toBeInstanceOf(NotFoundError);
    const link = await linkClaims(t.db, {
      fromId: id("c1"),
      toId: id("c2"),
      type: "same",
      note: "same pledge",
      actor,
    });
    expect(link.created).toBe(true);
    expect((await linkClaims(t.db, { fromId: id("c1"), toId: id("c2"), type: "same", actor })).created).toBe(
      false,
    );
    expect((await linkClaims(t.db, { fromId: id("c2"), toId: id("c1"), type: "same", actor })).id).toBe(
      link.id,
    );
    const updates = await linkClaims(t.db, { fromId: id("c3"), toId: id("c1"), type: "updates", actor });
    expect(updates.created).toBe(true);
    expect(await t.db.claimLink.count()).toBe(2);

    const detail = await getClaimDetail(t.db, id("c1"));
    expect(detail?.links.outgoing.map((l) => [l.type, l.claim.id, l.note])).toEqual([
      ["same", id("c2"), "same pledge"],
    ]);
    expect(detail?.links.incoming.map((l) => [l.type, l.claim.id])).toEqual([["updates", id("c3")]]);
    expect(detail?.links.outgoing[0]?.claim.speaker?.name).toBe("أحمد علي");
    const onC2 = await t.db.auditEvent.findMany({
      where: { entity: "claim", entityId: id("c2") },
      orderBy: { id: "asc" },
    });
    expect(onC2.map((e) => e.action)).toEqual(["claim.link", "claim.unlink", "claim.link"]);
    expect(onC2[2]?.after).toMatchObject({ linkId: link.id, type: "same", fromId: id("c1"), toId: id("c2") });
    const touched = await t.db.claim.findMany({ where: { id: { in: [id("c1"), id("c2"), id("c3")] } } });
    for (const c of touched) expect(c.humanTouchedAt).toBeInstanceOf(Date);
  });

  it("unlinks with a record of what the link was", async () => {
    const link = await t.db.claimLink.findFirstOrThrow({ where: { type: "updates" } });
    await unlinkClaims(t.db, { linkId: link.id, actor });
    expect(await t.db.claimLink.findUnique({ where: { id: link.id } })).toBeNull();
    const [event] = await t.db.auditEvent.findMany({ where: { entityId: id("c3"), action: "claim.unlink" } });
    expect(event?.before).toMatchObject({ type: "updates", fromId: id("c3"), toId: id("c1") });
    await expect(unlinkClaims(t.db, { linkId: link.id, actor })).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("speakers", () => {
  it("lists by name with a cursor, filters, and finds picker matches with folded Arabic", async () => {
    const names: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await listSpeakers(t.db, { cursor, limit: 1 });
      names.push(...page.items.map((s) => s.name));
      cursor = page.nextCursor;
    } while (cursor);
    expect(names).toEqual(["Ahmed Ali", "أحمد علي", "الرئيس محمد"]);
    const filtered = await listSpeakers(t.db, { q: "احمد" });
    expect(filtered.items.map((s) => [s.name, s.claimCount])).toEqual([["أحمد علي", 1]]);
    expect((await searchSpeakers(t.db, "الرييس")).map((s) => s.name)).toEqual([PRESIDENT]);
    expect(await searchSpeakers(t.db, "  ")).toEqual([]);
  });

  it("shows a speaker page with counts, a monthly timeline and claims newest first", async () => {
    const president = await t.db.speaker.findFirstOrThrow({ where: { name: PRESIDENT } });
    const page = await getSpeakerPage(t.db, president.id, { limit: 2 });
    expect(page?.counts).toEqual({ unreviewed: 3, verified: 0, rejected: 0, needs_work: 0 });
    expect(page?.timeline).toEqual([
      { month: "2025-01", count: 2 },
      { month: "2025-03", count: 1 },
    ]);
    expect(page?.items).toHaveLength(2);
    const rest = await getSpeakerPage(t.db, president.id, { cursor: page?.nextCursor, limit: 2 });
    expect(rest?.items).toHaveLength(1);
    expect(rest?.nextCursor).toBeNull();
    expect(await getSpeakerPage(t.db, "nope")).toBeNull();
  });

  it("merges two speakers: claims move, names become aliases, the merged one goes, all audited", async () => {
    const keep = await t.db.speaker.findFirstOrThrow({ where: { name: "أحمد علي" } });
    const merged = await t.db.speaker.findFirstOrThrow({ where: { name: "Ahmed Ali" } });
    await t.db.speaker.update({
      where: { id: merged.id },
      data: { aliases: ["A. Ali"], titles: ["Minister"] },
    });
    await expect(mergeSpeakers(t.db, { keepId: keep.id, mergeId: keep.id, actor })).rejects.toBeInstanceOf(
      ValidationError,
    );
    await expect(mergeSpeakers(t.db, { keepId: keep.id, mergeId: "ghost", actor })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    const result = await mergeSpeakers(t.db, { keepId: keep.id, mergeId: merged.id, actor });
    expect(result).toMatchObject({ movedClaims: 1, aliases: ["Ahmed Ali", "A. Ali"], titles: ["Minister"] });
    expect(await t.db.speaker.findUnique({ where: { id: merged.id } })).toBeNull();
    const moved = await t.db.claim.findUniqueOrThrow({ where: { id: id("c4") } });
    expect(moved.speakerId).toBe(keep.id);
    expect(moved.humanTouchedAt).toBeInstanceOf(Date);
    const events = await t.db.auditEvent.findMany({
      where: { entityId: { in: [keep.id, merged.id, id("c4")] } },
      orderBy: { id: "asc" },
    });
    expect(events.map((e) => e.action)).toEqual(["claim.correct", "speaker.merge", "speaker.delete"]);
    expect(events[0]).toMatchObject({
      before: { speakerId: merged.id },
      after: { speakerId: keep.id },
      actorId: actor.id,
    });
    expect((await listSpeakers(t.db, { q: "a. ali" })).items.map((s) => s.id)).toEqual([keep.id]);
  });
});

describe("search", () => {
  it("finds claims and articles whatever the Arabic spelling, with original-spelling snippets", async () => {
    const result = await search(t.db, { q: "الأسعار" });
    expect(new Set(result.claims.map((c) => c.id))).toEqual(new Set([id("c1"), id("c1b"), id("c2")]));
    expect(result.articles.map((a) => a.id)).toEqual([id("a2"), id("a1")]);
    expect(result.articles[1]?.snippet).toContain("الأسعار");
    const folded = await search(t.db, { q: "الاسعار ستخفض" });
    expect(folded.claims).toHaveLength(3);
    const title = await search(t.db, { q: "ميزانيه" });
    expect(title.claims).toEqual([]);
    expect(title.articles.map((a) => a.id)).toEqual([id("a1")]);
  });

  it("combines with the queue filters and pages claims by cursor", async () => {
    const english = await search(t.db, { q: "GOVERNMENT prices", filter: { lang: "en" } });
    expect(english.claims.map((c) => c.id)).toEqual([id("c4")]);
    expect(english.articles.map((a) => a.title)).toEqual(["Budget day"]);
    const verified = await search(t.db, { q: "الحكومه", filter: { status: "verified" } });
    expect(verified.claims.map((c) => c.id)).toEqual([id("c2")]);
    const first = await search(t.db, { q: "الحكومة", limit: 2 });
    const second = await search(t.db, { q: "الحكومة", limit: 2, cursor: first.nextCursor });
    expect(second.articles).toEqual([]);
    expect(new Set([...first.claims, ...second.claims].map((c) => c.id)).size).toBe(4);
    expect(second.nextCursor).toBeNull();
    expect(await search(t.db, { q: " ؟ " })).toEqual({ claims: [], articles: [], nextCursor: null });
  });
});

describe("linkClaims under concurrency", () => {
  it("creates a link once when the same link is asked for concurrently", async () => {
    const attempts = await Promise.all(
      [1, 2, 3].map(() => linkClaims(t.db, { fromId: id("c3"), toId: id("c4"), type: "supports", actor })),
    );
    expect(attempts.filter((a) => a.created)).toHaveLength(1);
    expect(new Set(attempts.map((a) => a.id)).size).toBe(1);
    await unlinkClaims(t.db, { linkId: attempts[0]?.id as string, actor });
  });
});
