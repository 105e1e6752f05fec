import { foldText, speakerNameKey } from "../fold.ts";
import type { Speaker } from "../generated/prisma/client.ts";
import { whereAll } from "./claim-row.ts";
import { type Db, type Sql, sql } from "./db.ts";
import { parseInput, ValidationError } from "./errors.ts";
import { idSchema } from "./inputs.ts";
import { countClaimsByStatus, pageOfClaims } from "./list-claims.ts";
import { escapeLike } from "./search-terms.ts";
import type { ClaimPage, StatusCounts } from "./types.ts";

export interface SpeakerRow {
  id: string;
  name: string;
  kind: Speaker["kind"];
  aliases: string[];
  titles: string[];
  claimCount: number;
}

const SPEAKER_COLUMNS = sql`
  s.id, s.name, s.kind::text AS kind, s.aliases, s.titles,
  (SELECT count(*)::int FROM "Claim" c WHERE c."speakerId" = s.id) AS "claimCount"`;

function encodeNameCursor(row: { name: string; id: string }): string {
  return Buffer.from(JSON.stringify([row.name, row.id]), "utf8").toString("base64url");
}

function decodeNameCursor(cursor: string): [string, string] {
  try {
    const value = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (Array.isArray(value) && typeof value[0] === "string" && typeof value[1] === "string")
      return [value[0], value[1]];
  } catch {}
  throw new ValidationError("invalid cursor", [{ path: "cursor", message: "invalid" }]);
}

/** Name, alias or title contains the folded query. */
function speakerMatches(q: string): Sql | null {
  const key = speakerNameKey(q);
  const folded = foldText(q).trim();
  if (!key || !folded) return null;
  return sql`(s."nameKey" LIKE ${`%${escapeLike(key)}%`} OR EXISTS (
    SELECT 1 FROM unnest(s.aliases || s.titles) AS alt(name) WHERE sayso_fold(alt.name) LIKE ${`%${escapeLike(folded)}%`}))`;
}

/** All speakers by name (optionally those matching `q`), with their claim counts, by cursor. */
export async function listSpeakers(
  db: Db,
  options: { q?: string; cursor?: string | null; limit?: number } = {},
): Promise<{ items: SpeakerRow[]; nextCursor: string | null }> {
  const limit = Math.min(Math.max(options.limit ?? 50, 1), 200);
  const conditions: Sql[] = [];
  const match = options.q ? speakerMatches(options.q) : null;
  if (match) conditions.push(match);
  if (options.cursor) {
    const [name, id] = decodeNameCursor(options.cursor);
    conditions.push(sql`(s.name, s.id) > (${name}, ${id})`);
  }
  const rows = await db.$queryRaw<SpeakerRow[]>(sql`
    SELECT ${SPEAKER_COLUMNS} FROM "Speaker" s WHERE ${whereAll(conditions)}
    ORDER BY s.name, s.id LIMIT ${limit + 1}`);
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return { items, nextCursor: rows.length > limit && last ? encodeNameCursor(last) : null };
}

/** For the speaker picker: best matches first (name starting with the query, then similarity). */
export async function searchSpeakers(db: Db, q: string, limit = 10): Promise<SpeakerRow[]> {
  const key = speakerNameKey(q ?? "");
  if (!key) return [];
  const match = speakerMatches(q) ?? sql`FALSE`;
  return db.$queryRaw<SpeakerRow[]>(sql`
    SELECT ${SPEAKER_COLUMNS} FROM "Speaker" s
    WHERE ${match} OR s."nameKey" % ${key}
    ORDER BY (s."nameKey" LIKE ${`${escapeLike(key)}%`}) DESC, similarity(s."nameKey", ${key}) DESC, s.name
    LIMIT ${Math.min(Math.max(limit, 1), 50)}`);
}

export interface SpeakerPage extends ClaimPage {
  speaker: Speaker;
  counts: StatusCounts;
  /** claims per month of the statement (or publication) date, oldest first */
  timeline: { month: string; count: number }[];
}

/** A speaker's page: the speaker, counts by status, claims per month, and claims newest first. */
export async function getSpeakerPage(
  db: Db,
  speakerId: string,
  page: { cursor?: string | null; limit?: number } = {},
): Promise<SpeakerPage | null> {
  const id = parseInput(idSchema, speakerId);
  const speaker = await db.speaker.findUnique({ where: { id } });
  if (!speaker) return null;
  const [counts, timeline, claims] = await Promise.all([
    countClaimsByStatus(db, { speakerId: id }),
    db.$queryRaw<{ month: string; count: number }[]>(sql`
      SELECT to_char(COALESCE(c."effectiveOn", c."createdAt"::date), 'YYYY-MM') AS month, count(*)::int AS count
      FROM "Claim" c WHERE c."speakerId" = ${id} GROUP BY 1 ORDER BY 1`),
    pageOfClaims(db, [sql`c."speakerId" = ${id}`], { cursor: page.cursor ?? null, limit: page.limit ?? 50 }),
  ]);
  return { speaker, counts, timeline, ...claims };
}
