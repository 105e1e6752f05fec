import { claimRowsByIds } from "./claim-row.ts";
import { type Db, type Sql, sql } from "./db.ts";
import { NotFoundError, parseInput } from "./errors.ts";
import { idSchema } from "./inputs.ts";
import type { ClaimRow } from "./types.ts";

export interface LinkSuggestion {
  claim: ClaimRow;
  /** pg_trgm similarity of the folded texts, 0..1 */
  similarity: number;
  sameSpeaker: boolean;
}

/**
 * Candidates whose folded text is trigram-similar (pg_trgm `%`, default threshold 0.3, served by
 * the GIN index on contentNorm), from other articles, not linked yet, most similar first.
 */
async function similarClaims(db: Db, norm: string, conditions: Sql, limit: number) {
  return db.$queryRaw<{ id: string; similarity: number }[]>(sql`
    SELECT c.id, similarity(c."contentNorm", ${norm})::float8 AS similarity
    FROM "Claim" c
    WHERE c."contentNorm" % ${norm} AND ${conditions}
    ORDER BY similarity DESC, c."createdAt" DESC
    LIMIT ${limit}`);
}

/**
 * Claims in other articles that may say the same thing as this one: the same speaker's first, then
 * anyone's, each group by similarity. Texts are compared folded (Arabic letter variants, diacritics,
 * case), so إ/أ/ا, ة/ه, ى/ي and tashkeel do not matter. Already-linked claims are left out.
 */
export async function suggestLinks(
  db: Db,
  claimId: string,
  options: { limit?: number } = {},
): Promise<LinkSuggestion[]> {
  const id = parseInput(idSchema, claimId);
  const limit = Math.min(Math.max(options.limit ?? 10, 1), 50);
  const claim = await db.claim.findUnique({
    where: { id },
    select: {
      contentNorm: true,
      articleId: true,
      speakerId: true,
      linksFrom: { select: { toId: true } },
      linksTo: { select: { fromId: true } },
    },
  });
  if (!claim) throw new NotFoundError("claim", id);
  const exclude = [id, ...claim.linksFrom.map((l) => l.toId), ...claim.linksTo.map((l) => l.fromId)];
  const base = sql`c."articleId" <> ${claim.articleId} AND c.id <> ALL(${exclude}::text[])`;

  const sameSpeaker = claim.speakerId
    ? await similarClaims(db, claim.contentNorm, sql`${base} AND c."speakerId" = ${claim.speakerId}`, limit)
    : [];
  const others =
    sameSpeaker.length < limit
      ? await similarClaims(
          db,
          claim.contentNorm,
          claim.speakerId ? sql`${base} AND c."speakerId" IS DISTINCT FROM ${claim.speakerId}` : base,
          limit - sameSpeaker.length,
        )
      : [];
  const ranked = [
    ...sameSpeaker.map((s) => ({ ...s, sameSpeaker: true })),
    ...others.map((s) => ({ ...s, sameSpeaker: false })),
  ];
  const rows = new Map(
    (
      await claimRowsByIds(
        db,
        ranked.map((r) => r.id),
      )
    ).map((row) => [row.id, row]),
  );
  return ranked.flatMap((r) => {
    const row = rows.get(r.id);
    return row ? [{ claim: row, similarity: r.similarity, sameSpeaker: r.sameSpeaker }] : [];
  });
}
