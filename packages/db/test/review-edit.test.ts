import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type Actor,
  correctClaim,
  countClaimsByStatus,
  getClaimDetail,
  NotFoundError,
  reviewClaim,
  ValidationError,
} from "../src/review/index.ts";
import { createTestDatabase, type TestDatabase } from "../src/testing.ts";
import { createReviewer, seedArticle } from "./review-fixtures.ts";

let t: TestDatabase;
let actor: Actor;
let article: { articleId: string; claimIds: string[]; text: string };

beforeAll(async () => {
  t = await createTestDatabase("sayso_t_review_edit");
  actor = await createReviewer(t.db);
  article = await seedArticle(t.db, {
    title: "Budget",
    lang: "en",
    parts: [
      "The minister said ",
      { content: "the deficit fell by half", speaker: "Jane Doe" },
      " and added that ",
      { content: "taxes will not rise", speaker: "Jane Doe" },
      ". 🎉 Later: ",
      { content: "wages rose", speaker: "Jane Doe" },
    ],
  });
}, 120_000);
afterAll(() => t?.drop());

const history = async (claimId: string) =>
  t.db.auditEvent.findMany({ where: { entity: "claim", entityId: claimId }, orderBy: { id: "asc" } });

describe("reviewClaim", () => {
  it("sets status and verdict, stamps reviewer and times, and audits before/after", async () => {
    const id = article.claimIds[0] as string;
    const updated = await reviewClaim(t.db, {
      claimId: id,
      actor,
      status: "verified",
      verdictKey: "mostly-true",
      verdictNote: "IMF data",
    });
    expect(updated).toMatchObject({
      status: "verified",
      verdictKey: "mostly-true",
      verdictNote: "IMF data",
      reviewerId: actor.id,
    });
    expect(updated.reviewedAt).toBeInstanceOf(Date);
    expect(updated.humanTouchedAt).toBeInstanceOf(Date);
    const [event] = await history(id);
    expect(event).toMatchObject({ action: "claim.review", actor: actor.name, actorId: actor.id });
    expect(event?.before).toEqual({
      status: "unreviewed",
      verdictKey: null,
      verdictNote: null,
      reviewerId: null,
    });
    expect(event?.after).toEqual({
      status: "verified",
      verdictKey: "mostly-true",
      verdictNote: "IMF data",
      reviewerId: actor.id,
    });

    await reviewClaim(t.db, { claimId: id, actor, verdictKey: null });
    const events = await history(id);
    expect(events[1]?.before).toEqual({ verdictKey: "mostly-true" });
    expect(events[1]?.after).toEqual({ verdictKey: null });
    expect((await t.db.claim.findUniqueOrThrow({ where: { id } })).status).toBe("verified");
  });

  it("keeps status counts current after a review, though they are cached", async () => {
    const other = await seedArticle(t.db, { parts: [{ content: "counted claim" }] });
    const claimId = other.claimIds[0] as string;
    const before = await countClaimsByStatus(t.db);
    await t.db.claim.update({ where: { id: claimId }, data: { status: "rejected" } });
    expect(await countClaimsByStatus(t.db)).toEqual(before); // cached: a write outside the data layer
    expect((await countClaimsByStatus(t.db, {}, { fresh: true })).rejected).toBe(before.rejected + 1);
    await reviewClaim(t.db, { claimId, actor, status: "unreviewed" });
    expect(await countClaimsByStatus(t.db)).toEqual(before);
  });

  it("refuses unknown verdicts and statuses, and unknown claims, writing nothing", async () => {
    const id = article.claimIds[1] as string;
    await expect(
      reviewClaim(t.db, { claimId: id, actor, verdictKey: "pants-on-fire" }),
    ).rejects.toBeInstanceOf(ValidationError);
    await expect(reviewClaim(t.db, { claimId: id, actor, status: "done" as never })).rejects.toBeInstanceOf(
      ValidationError,
    );
    await expect(reviewClaim(t.db, { claimId: "nope", actor, status: "verified" })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    expect(await history(id)).toEqual([]);
    expect((await t.db.claim.findUniqueOrThrow({ where: { id } })).humanTouchedAt).toBeNull();
  });
});

describe("correctClaim", () => {
  it("moves the content span, trimming whitespace, recomputes text and folded text, and audits", async () => {
    const id = article.claimIds[1] as string;
    const start = article.text.indexOf("added that taxes");
    const end = article.text.indexOf(". 🎉");
    // the selection grabbed the space before "added": it is trimmed off
    const updated = await correctClaim(t.db, {
      claimId: id,
      actor,
      contentStart: start - 1,
      contentEnd: end,
    });
    expect(updated.contentText).toBe("added that taxes will not rise");
    expect(updated.contentStart).toBe(start);
    expect(updated.contentNorm).toBe("added that taxes will not rise");
    expect(updated.humanTouchedAt).toBeInstanceOf(Date);
    const [event] = await history(id);
    expect(event?.action).toBe("claim.correct");
    // only what changed: the end did not move
    expect(event?.before).toEqual({
      contentStart: start + "added that ".length,
      contentText: "taxes will not rise",
    });
    expect(event?.after).toEqual({ contentStart: start, contentText: "added that taxes will not rise" });
  });

  it("refuses spans out of bounds, empty, reversed, splitting an emoji, or taken by another claim", async () => {
    const id = article.claimIds[2] as string;
    const emoji = article.text.indexOf("🎉");
    const bad = [
      { contentStart: 0, contentEnd: article.text.length + 1 },
      { contentStart: 5, contentEnd: 5 },
      { contentStart: 9, contentEnd: 4 },
      { contentStart: emoji - 1, contentEnd: emoji + 1 },
      { contentStart: emoji + 1, contentEnd: emoji + 4 },
      { contentStart: article.text.indexOf(" and"), contentEnd: article.text.indexOf(" and") + 1 },
    ];
    for (const span of bad)
      await expect(
        correctClaim(t.db, { claimId: id, actor, ...span }),
        JSON.stringify(span),
      ).rejects.toBeInstanceOf(ValidationError);
    const first = await t.db.claim.findUniqueOrThrow({ where: { id: article.claimIds[0] as string } });
    await expect(
      correctClaim(t.db, {
        claimId: id,
        actor,
        contentStart: first.contentStart,
        contentEnd: first.contentEnd,
      }),
    ).rejects.toThrow(/already has this span/);
    expect(await history(id)).toEqual([]);
  });

  it("creates a new speaker, drops the stale mention, and sets kind and statement date", async () => {
    const id = article.claimIds[2] as string;
    const updated = await correctClaim(t.db, {
      claimId: id,
      actor,
      newSpeaker: { name: "Omar Haddad", kind: "person" },
      kind: "indirect",
      statedOn: "2025-03-01",
    });
    const speaker = await t.db.speaker.findUniqueOrThrow({ where: { id: updated.speakerId as string } });
    expect(speaker).toMatchObject({ name: "Omar Haddad", nameKey: "omar haddad", kind: "person" });
    expect(updated).toMatchObject({ kind: "indirect", mentionStart: null });
    expect(updated.statedOn?.toISOString().slice(0, 10)).toBe("2025-03-01");
    const [event] = await history(id);
    expect(event?.before).toMatchObject({ kind: "direct", statedOn: null });
    expect(event?.after).toMatchObject({
      speakerId: speaker.id,
      kind: "indirect",
      statedOn: "2025-03-01T00:00:00.000Z",
    });
    const speakerEvents = await t.db.auditEvent.findMany({
      where: { entity: "speaker", entityId: speaker.id },
    });
    expect(speakerEvents.map((e) => e.action)).toEqual(["speaker.create"]);

    // the same name again reuses the speaker; null clears it; unknown ids are refused
    const again = await correctClaim(t.db, {
      claimId: article.claimIds[0] as string,
      actor,
      newSpeaker: { name: "omar  HADDAD", kind: "person" },
    });
    expect(again.speakerId).toBe(speaker.id);
    expect(
      (await correctClaim(t.db, { claimId: id, actor, speakerId: null, statedOn: null })).speakerId,
    ).toBeNull();
    await expect(correctClaim(t.db, { claimId: id, actor, speakerId: "ghost" })).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });
});

describe("getClaimDetail", () => {
  it("returns the claim with speaker and verdict, its article text and its history newest first", async () => {
    const detail = await getClaimDetail(t.db, article.claimIds[0] as string);
    expect(detail?.claim.verdict).toBeNull();
    expect(detail?.claim.speaker?.name).toBe("Omar Haddad");
    expect(detail?.article.text).toBe(article.text);
    expect(detail?.history.map((e) => e.action)).toEqual(["claim.correct", "claim.review", "claim.review"]);
    expect(detail?.links).toEqual({ outgoing: [], incoming: [] });
    expect(await getClaimDetail(t.db, "nope")).toBeNull();
  });
});
