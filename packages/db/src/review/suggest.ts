import { claimRowsByIds } from "./claim-row.ts";
import { type Db, type Sql, sql } from "./db.ts";
import { NotFoundError, parseInput } from "./errors.ts";
import { idSchema } from "./inputs.ts";
import { escapeLike } from "./search-terms.ts";
import type { ClaimRow } from "./types.ts";

export interface LinkSuggestion {
  claim: ClaimRow;
  /** pg_trgm similarity of the folded texts, 0..1 */
  similarity: number;
  sameSpeaker: boolean;
}

/** Below this pg_trgm similarity a claim is not suggested. */
export const MIN_SIMILARITY = 0.3;

/** The claim's longest distinct words (longest are the rarest, in practice), at most `n`. */
export function distinctiveWords(norm: string, n = 3): string[] {
  const words = new Set(
    norm
      .split(" ")
      .map((w) => w.replace(/^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu, ""))
      .filter((w) => [...w].length >= 3),
  );
  return [...words].sort((a, b) => [...b].length - [...a].length || (a < b ? -1 : 1)).slice(0, n);
}

/** Combinations of `size` elements of `items`, in order. */
function combinations<T>(items: T[], size: number): T[][] {
  if (size === 0) return [[]];
  return items.flatMap((item, i) =>
    combinations(items.slice(i + 1), size - 1).map((rest) => [item, ...rest]),
  );
}

const PROBE_LIMIT = 500;

interface Candidate {
  id: string;
  similarity: number;
  sameSpeaker: boolean;
  createdAt: Date;
}

/**
 * Candidate probes served by the trigram GIN index on contentNorm: texts containing three of the
 * claim's four most distinctive words (two of three, for short claims). `contentNorm % q` would be
 * the textbook query, but its GIN scan reads the posting lists of most of the claim's trigrams
 * (~0.5 s at a million claims); ANDed words are trigram lookups GIN intersects from the rarest list.
 * Each probe is capped, so common words cannot make it slow; a claim sharing fewer words is below
 * any useful similarity anyway.
 */
function candidateProbes(words: string[]): Sql[] {
  const like = (w: string) => sql`c."contentNorm" LIKE ${`%${escapeLike(w)}%`}`;
  const size = words.length >= 4 ? 3 : words.length === 3 ? 2 : words.length;
  if (size === 0) return [];
  return combinations(words.slice(0, 4), size).map((combo) =>
    combo.map(like).reduce((acc, c) => sql`${acc} AND ${c}`),
  );
}

/**
 * Claims in other articles that may say the same thing as this one: the same speaker's first, then
 * anyone's, each group by pg_trgm similarity. Texts are compared folded (Arabic letter variants,
 * diacritics, case), so إ/أ/ا, ة/ه, ى/ي and tashkeel do not matter. Already-linked claims are left out.
 */
export async function suggestLinks(
  db: Db,
  claimId: string,
  options: { limit?: number } = {},
): Promise<LinkSuggestion[]> {
  const id = parseInput(idSchema, claimId);
  const limit = Math.min(Math.max(options.limit ?? 10, 1), 50);
  const [claim] = await db.$queryRaw<
    { contentNorm: string; articleId: string; speakerId: string | null; linked: string[] }[]
  >(sql`
    SELECT c."contentNorm", c."articleId", c."speakerId",
           ARRAY(SELECT l."toId" FROM "ClaimLink" l WHERE l."fromId" = c.id UNION SELECT l."fromId" FROM "ClaimLink" l WHERE l."toId" = c.id) AS linked
    FROM "Claim" c WHERE c.id = ${id}`);
  if (!claim) throw new NotFoundError("claim", id);
  const probes = candidateProbes(distinctiveWords(claim.contentNorm, 4));
  if (probes.length === 0) return [];
  const exclude = [id, ...claim.linked];
  // one query per probe, in parallel on the pool: the wait is the slowest probe, not the sum
  const probed = await Promise.all(
    probes.map((probe) =>
      db.$queryRaw<Candidate[]>(sql`
        SELECT id, similarity, "sameSpeaker", "createdAt" FROM (
          SELECT c.id, similarity(c."contentNorm", ${claim.contentNorm})::float8 AS similarity,
                 COALESCE(c."speakerId" = ${claim.speakerId}, false) AS "sameSpeaker", c."createdAt"
          FROM "Claim" c
          WHERE ${probe} AND c."articleId" <> ${claim.articleId} AND c.id <> ALL(${exclude}::text[])
          LIMIT ${PROBE_LIMIT}) probed
        WHERE similarity >= ${MIN_SIMILARITY}`),
    ),
  );
  const unique = new Map(probed.flat().map((c) => [c.id, c]));
  const ranked = [...unique.values()]
    .sort(
      (a, b) =>
        Number(b.sameSpeaker) - Number(a.sameSpeaker) ||
        b.similarity - a.similarity ||
        b.createdAt.getTime() - a.createdAt.getTime() ||
        (a.id < b.id ? -1 : 1),
    )
    .slice(0, limit);
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
