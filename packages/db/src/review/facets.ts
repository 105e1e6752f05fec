import type { RatingLevel } from "../generated/prisma/client.ts";
import { type Db, Prisma, sql } from "./db.ts";

/** The verdict scale, in display order. */
export async function listRatingLevels(db: Db): Promise<RatingLevel[]> {
  return db.ratingLevel.findMany({ orderBy: [{ position: "asc" }, { key: "asc" }] });
}

export interface Facets {
  outlets: { value: string; articles: number }[];
  langs: { value: string; articles: number }[];
}

/** Values for the filter dropdowns, most frequent first (index-only scans of the Article indexes). */
export async function listFacets(db: Db): Promise<Facets> {
  const distinct = (column: "outlet" | "lang") => {
    const col = Prisma.raw(`"${column}"`);
    return db.$queryRaw<{ value: string; articles: number }[]>(sql`
      SELECT ${col} AS value, count(*)::int AS articles FROM "Article"
      WHERE ${col} IS NOT NULL GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 500`);
  };
  const [outlets, langs] = await Promise.all([distinct("outlet"), distinct("lang")]);
  return { outlets, langs };
}
