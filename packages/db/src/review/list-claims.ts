import { claimFilterConditions } from "./claim-filter.ts";
import { CLAIM_ROW_COLUMNS, CLAIM_ROW_FROM, type ClaimRowRecord, toClaimRow, whereAll } from "./claim-row.ts";
import { type CursorKey, decodeCursor, paginate } from "./cursor.ts";
import { type Db, type DbOrTx, type Sql, sql } from "./db.ts";
import { parseInput, ValidationError } from "./errors.ts";
import { type ClaimFilter, claimFilterSchema, type PageInput, pageSchema } from "./inputs.ts";
import type { ClaimPage, ClaimRow, StatusCounts } from "./types.ts";

/** A timestamp(3) literal in UTC, as Prisma stores DateTime (no session time zone involved). */
export const utcTimestamp = (d: Date) => sql`${d.toISOString().slice(0, 23)}::timestamp(3)`;

export function keysetCondition(cursor: CursorKey, sort: "newest" | "oldest"): Sql {
  return sort === "newest"
    ? sql`(c."createdAt", c.id) < (${utcTimestamp(cursor.createdAt)}, ${cursor.id})`
    : sql`(c."createdAt", c.id) > (${utcTimestamp(cursor.createdAt)}, ${cursor.id})`;
}

export const keysetOrder = (sort: "newest" | "oldest") =>
  sort === "newest" ? sql`c."createdAt" DESC, c.id DESC` : sql`c."createdAt" ASC, c.id ASC`;

/** A keyset page of claims matching `conditions`, ordered by (createdAt, id). */
export async function pageOfClaims(db: DbOrTx, conditions: Sql[], page: PageInput): Promise<ClaimPage> {
  const { cursor, limit, sort } = parseInput(pageSchema, page);
  const all = cursor ? [...conditions, keysetCondition(decodeCursor(cursor), sort)] : conditions;
  const rows = await db.$queryRaw<ClaimRowRecord[]>(sql`
    SELECT ${CLAIM_ROW_COLUMNS} FROM ${CLAIM_ROW_FROM}
    WHERE ${whereAll(all)}
    ORDER BY ${keysetOrder(sort)}
    LIMIT ${limit + 1}`);
  return paginate(rows.map(toClaimRow), limit);
}

/** The review queue: claims matching the filter, newest (or oldest) first, by cursor. */
export async function listClaims(db: Db, filter: ClaimFilter = {}, page: PageInput = {}): Promise<ClaimPage> {
  const parsed = parseInput(claimFilterSchema, filter);
  return pageOfClaims(db, claimFilterConditions(parsed), page);
}

/** How many claims matching the filter are in each status (the status filter itself is ignored). */
export async function countClaimsByStatus(db: Db, filter: ClaimFilter = {}): Promise<StatusCounts> {
  const parsed = parseInput(claimFilterSchema, filter);
  const conditions = claimFilterConditions({ ...parsed, status: undefined });
  const needsArticle = Boolean(parsed.outlet || parsed.lang || parsed.from || parsed.to);
  const from = needsArticle ? sql`"Claim" c JOIN "Article" a ON a.id = c."articleId"` : sql`"Claim" c`;
  const rows = await db.$queryRaw<{ status: keyof StatusCounts; n: number }[]>(sql`
    SELECT c.status::text AS status, count(*)::int AS n FROM ${from}
    WHERE ${whereAll(conditions)} GROUP BY c.status`);
  const counts: StatusCounts = { unreviewed: 0, verified: 0, rejected: 0, needs_work: 0 };
  for (const row of rows) counts[row.status] = row.n;
  return counts;
}

/**
 * Claims stored after `since` (oldest first, at most `limit`), for the live feed. Poll with the
 * newest `createdAt` seen; claims sharing that millisecond are returned again, so dedupe by id.
 */
export async function claimsSince(
  db: Db,
  input: { since: Date; articleId?: string; limit?: number },
): Promise<ClaimRow[]> {
  if (!(input.since instanceof Date) || Number.isNaN(input.since.getTime()))
    throw new ValidationError("since: invalid date", [{ path: "since", message: "invalid date" }]);
  const limit = Math.min(Math.max(input.limit ?? 200, 1), 1000);
  const conditions = [sql`c."createdAt" >= ${utcTimestamp(input.since)}`];
  if (input.articleId) conditions.push(sql`c."articleId" = ${input.articleId}`);
  const rows = await db.$queryRaw<ClaimRowRecord[]>(sql`
    SELECT ${CLAIM_ROW_COLUMNS} FROM ${CLAIM_ROW_FROM}
    WHERE ${whereAll(conditions)}
    ORDER BY c."createdAt" ASC, c.id ASC LIMIT ${limit}`);
  return rows.map(toClaimRow);
}
