import { claimFilterConditions } from "./claim-filter.ts";
import { CLAIM_ROW_COLUMNS, CLAIM_ROW_FROM, type ClaimRowRecord, toClaimRow, whereAll } from "./claim-row.ts";
import { type CursorKey, decodeCursor, paginate } from "./cursor.ts";
import { type Db, type DbOrTx, Prisma, type Sql, sql } from "./db.ts";
import { parseInput, ValidationError } from "./errors.ts";
import {
  type ClaimFilter,
  claimFilterSchema,
  type PageInput,
  type ParsedClaimFilter,
  pageSchema,
} from "./inputs.ts";
import type { ClaimPage, ClaimRow, StatusCounts } from "./types.ts";

/** A timestamp(3) literal in UTC, as Prisma stores DateTime (no session time zone involved). */
export const utcTimestamp = (d: Date) => sql`${d.toISOString().slice(0, 23)}::timestamp(3)`;

/** Which keyset a page walks: (createdAt, id), or (effectiveOn, createdAt, id) under a date filter. */
export type KeysetOrder = "created" | "effective";

export function keysetCondition(cursor: CursorKey, sort: "newest" | "oldest", order: KeysetOrder): Sql {
  const op = Prisma.raw(sort === "newest" ? " < " : " > ");
  if (order === "created")
    return sql`(c."createdAt", c.id)${op}(${utcTimestamp(cursor.createdAt)}, ${cursor.id})`;
  if (!cursor.effectiveOn)
    throw new ValidationError("cursor is from another listing", [{ path: "cursor", message: "mismatch" }]);
  return sql`(c."effectiveOn", c."createdAt", c.id)${op}(${cursor.effectiveOn}::date, ${utcTimestamp(cursor.createdAt)}, ${cursor.id})`;
}

export function keysetOrder(sort: "newest" | "oldest", order: KeysetOrder): Sql {
  const dir = Prisma.raw(sort === "newest" ? " DESC" : " ASC");
  return order === "created"
    ? sql`c."createdAt"${dir}, c.id${dir}`
    : sql`c."effectiveOn"${dir}, c."createdAt"${dir}, c.id${dir}`;
}

/**
 * A keyset page of claims matching `conditions`. `effective` order (for date-range filters) walks
 * the (effectiveOn, createdAt, id) index, so a month three years back is as fast as this week: in
 * createdAt order the matching claims are bunched far from the end the walk starts at.
 */
export async function pageOfClaims(
  db: DbOrTx,
  conditions: Sql[],
  page: PageInput,
  order: KeysetOrder = "created",
): Promise<ClaimPage> {
  const { cursor, limit, sort } = parseInput(pageSchema, page);
  const all = cursor ? [...conditions, keysetCondition(decodeCursor(cursor), sort, order)] : conditions;
  const rows = await db.$queryRaw<ClaimRowRecord[]>(sql`
    SELECT ${CLAIM_ROW_COLUMNS} FROM ${CLAIM_ROW_FROM}
    WHERE ${whereAll(all)}
    ORDER BY ${keysetOrder(sort, order)}
    LIMIT ${limit + 1}`);
  return paginate(rows.map(toClaimRow), limit, (row) => ({
    createdAt: row.createdAt,
    id: row.id,
    effectiveOn: order === "effective" ? row.effectiveOn : null,
  }));
}

/** Date-range filters page by effective date; everything else by creation. */
export const orderFor = (filter: { from?: string | undefined; to?: string | undefined }): KeysetOrder =>
  filter.from || filter.to ? "effective" : "created";

/**
 * The review queue: claims matching the filter, newest (or oldest) first, by cursor. Newest means
 * most recently stored, except under a date range (from/to), where it means the latest
 * effectiveOn (statement date, else publication date), then most recently stored.
 */
export async function listClaims(db: Db, filter: ClaimFilter = {}, page: PageInput = {}): Promise<ClaimPage> {
  const parsed = parseInput(claimFilterSchema, filter);
  return pageOfClaims(db, claimFilterConditions(parsed), page, orderFor(parsed));
}

const COUNTS_TTL_MS = 5_000;
const countsCache = new WeakMap<object, Map<string, { at: number; counts: Promise<StatusCounts> }>>();

/** Forgets cached counts of this client; the data layer's own writes call it after committing. */
export function invalidateCounts(db: Db): void {
  countsCache.delete(db);
}

/**
 * How many claims matching the filter are in each status (the status filter itself is ignored).
 * Counting is a scan (~0.1 s unfiltered at a million claims), so results are kept 5 s per filter
 * and client: paging and "verdict and next" do not recount; writes through this module invalidate;
 * claims stored by the worker show within 5 s. `{ fresh: true }` bypasses the cache.
 */
export async function countClaimsByStatus(
  db: Db,
  filter: ClaimFilter = {},
  options: { fresh?: boolean } = {},
): Promise<StatusCounts> {
  const parsed = { ...parseInput(claimFilterSchema, filter), status: undefined };
  const key = JSON.stringify(parsed);
  const cache = countsCache.get(db) ?? new Map();
  countsCache.set(db, cache);
  const hit = cache.get(key);
  if (!options.fresh && hit && Date.now() - hit.at < COUNTS_TTL_MS) return hit.counts;
  const counts = countNow(db, parsed);
  cache.set(key, { at: Date.now(), counts });
  counts.catch(() => cache.delete(key));
  if (cache.size > 500) cache.delete(cache.keys().next().value as string);
  return counts;
}

async function countNow(db: Db, parsed: ParsedClaimFilter): Promise<StatusCounts> {
  const conditions = claimFilterConditions(parsed);
  const needsArticle = Boolean(parsed.outlet || parsed.lang);
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
