import { type Sql, sql } from "./db.ts";
import type { ParsedClaimFilter } from "./inputs.ts";
import { searchPatterns } from "./search-terms.ts";

/**
 * SQL conditions on `c` (Claim) and `a` (Article) for the queue and search filters.
 * The date range applies to the claim's statement date, or to the article's publication date when
 * the statement date is unknown.
 */
export function claimFilterConditions(filter: ParsedClaimFilter): Sql[] {
  const conditions: Sql[] = [];
  if (filter.status) conditions.push(sql`c.status = ${filter.status}::"ReviewStatus"`);
  if (filter.speakerId) conditions.push(sql`c."speakerId" = ${filter.speakerId}`);
  if (filter.articleId) conditions.push(sql`c."articleId" = ${filter.articleId}`);
  if (filter.outlet) conditions.push(sql`a.outlet = ${filter.outlet}`);
  if (filter.lang) conditions.push(sql`a.lang = ${filter.lang}`);
  // effectiveOn = statedOn ?? the article's publishedAt, kept by triggers, indexed
  if (filter.from) conditions.push(sql`c."effectiveOn" >= ${filter.from}::date`);
  if (filter.to) conditions.push(sql`c."effectiveOn" <= ${filter.to}::date`);
  for (const pattern of searchPatterns(filter.q)) conditions.push(sql`c."contentNorm" LIKE ${pattern}`);
  return conditions;
}

/** Conditions on `a` (Article) alone, for article search results; `text: false` leaves out the query words. */
export function articleFilterConditions(filter: ParsedClaimFilter, { text = true } = {}): Sql[] {
  const conditions: Sql[] = [];
  if (filter.articleId) conditions.push(sql`a.id = ${filter.articleId}`);
  if (filter.outlet) conditions.push(sql`a.outlet = ${filter.outlet}`);
  if (filter.lang) conditions.push(sql`a.lang = ${filter.lang}`);
  if (filter.from) conditions.push(sql`a."publishedAt" >= ${filter.from}::date`);
  if (filter.to) conditions.push(sql`a."publishedAt" <= ${filter.to}::date`);
  if (filter.speakerId)
    conditions.push(
      sql`EXISTS (SELECT 1 FROM "Claim" sc WHERE sc."articleId" = a.id AND sc."speakerId" = ${filter.speakerId})`,
    );
  if (text) conditions.push(...articleTextConditions(filter));
  return conditions;
}

export function articleTextConditions(filter: ParsedClaimFilter): Sql[] {
  return searchPatterns(filter.q).map((pattern) => sql`a."searchNorm" LIKE ${pattern}`);
}
