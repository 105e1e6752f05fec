import { type DbOrTx, type Sql, sql } from "./db.ts";
import type { ClaimKind, ClaimRow, ReviewStatus } from "./types.ts";

/** What the SELECT below yields, flat; `toClaimRow` nests it. */
export interface ClaimRowRecord {
  id: string;
  status: ReviewStatus;
  verdictKey: string | null;
  kind: ClaimKind;
  contentText: string;
  statedOn: string | null;
  effectiveOn: string | null;
  speakerId: string | null;
  speakerName: string | null;
  articleId: string;
  articleTitle: string | null;
  articleOutlet: string | null;
  articleLang: string | null;
  articlePublishedAt: string | null;
  createdAt: Date;
}

/** Columns for `FROM "Claim" c JOIN "Article" a … LEFT JOIN "Speaker" s …` (see CLAIM_ROW_FROM). */
export const CLAIM_ROW_COLUMNS = sql`
  c.id, c.status::text AS "status", c."verdictKey", c.kind::text AS "kind", c."contentText",
  to_char(c."statedOn", 'YYYY-MM-DD') AS "statedOn", to_char(c."effectiveOn", 'YYYY-MM-DD') AS "effectiveOn",
  c."speakerId", s.name AS "speakerName",
  a.id AS "articleId", a.title AS "articleTitle", a.outlet AS "articleOutlet", a.lang AS "articleLang",
  to_char(a."publishedAt", 'YYYY-MM-DD') AS "articlePublishedAt",
  c."createdAt"`;

export const CLAIM_ROW_FROM = sql`
  "Claim" c
  JOIN "Article" a ON a.id = c."articleId"
  LEFT JOIN "Speaker" s ON s.id = c."speakerId"`;

export function toClaimRow(r: ClaimRowRecord): ClaimRow {
  return {
    id: r.id,
    status: r.status,
    verdictKey: r.verdictKey,
    kind: r.kind,
    contentText: r.contentText,
    statedOn: r.statedOn,
    effectiveOn: r.effectiveOn,
    speaker: r.speakerId ? { id: r.speakerId, name: r.speakerName ?? "" } : null,
    article: {
      id: r.articleId,
      title: r.articleTitle,
      outlet: r.articleOutlet,
      lang: r.articleLang,
      publishedAt: r.articlePublishedAt,
    },
    createdAt: r.createdAt,
  };
}

/** Claim rows for the given ids, in the order of `ids`. */
export async function claimRowsByIds(db: DbOrTx, ids: string[]): Promise<ClaimRow[]> {
  if (ids.length === 0) return [];
  const rows = await db.$queryRaw<ClaimRowRecord[]>(
    sql`SELECT ${CLAIM_ROW_COLUMNS} FROM ${CLAIM_ROW_FROM} WHERE c.id = ANY(${ids}::text[])`,
  );
  const byId = new Map(rows.map((r) => [r.id, toClaimRow(r)]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** `WHERE` glue: the conditions ANDed, or TRUE. */
export function whereAll(conditions: Sql[]): Sql {
  if (conditions.length === 0) return sql`TRUE`;
  return conditions.reduce((acc, c) => sql`${acc} AND ${c}`);
}
