import { type Db, sql } from "./db.ts";
import { parseInput } from "./errors.ts";
import { idSchema } from "./inputs.ts";
import type { ClaimKind, ReviewStatus, Span } from "./types.ts";

export interface ArticleViewClaim {
  id: string;
  status: ReviewStatus;
  kind: ClaimKind;
  verdictKey: string | null;
  speaker: { id: string; name: string } | null;
  mention: Span | null;
  cue: Span | null;
  content: Span;
  statedOn: string | null;
}

export interface ArticleView {
  article: {
    id: string;
    title: string | null;
    outlet: string | null;
    url: string | null;
    lang: string | null;
    publishedAt: string | null;
    text: string;
    ingestState: string;
    createdAt: Date;
  };
  /** sorted by content start */
  claims: ArticleViewClaim[];
}

const span = (start: number | null, end: number | null): Span | null =>
  start === null || end === null ? null : { start, end };

export const dateOnly = (d: Date | null): string | null => (d ? d.toISOString().slice(0, 10) : null);

interface ClaimSpanRecord {
  id: string;
  status: ReviewStatus;
  kind: ClaimKind;
  verdictKey: string | null;
  speakerId: string | null;
  speakerName: string | null;
  mentionStart: number | null;
  mentionEnd: number | null;
  cueStart: number | null;
  cueEnd: number | null;
  contentStart: number;
  contentEnd: number;
  statedOn: string | null;
}

/** The article with its full text and every claim's spans (UTF-16 offsets into `text`), or null. */
export async function getArticleView(db: Db, articleId: string): Promise<ArticleView | null> {
  const id = parseInput(idSchema, articleId);
  const [article, claims] = await Promise.all([
    db.article.findUnique({
      where: { id },
      select: {
        id: true,
        title: true,
        outlet: true,
        url: true,
        lang: true,
        publishedAt: true,
        text: true,
        ingestState: true,
        createdAt: true,
      },
    }),
    db.$queryRaw<ClaimSpanRecord[]>(sql`
      SELECT c.id, c.status::text AS status, c.kind::text AS kind, c."verdictKey", c."speakerId", s.name AS "speakerName",
             c."mentionStart", c."mentionEnd", c."cueStart", c."cueEnd", c."contentStart", c."contentEnd",
             to_char(c."statedOn", 'YYYY-MM-DD') AS "statedOn"
      FROM "Claim" c LEFT JOIN "Speaker" s ON s.id = c."speakerId"
      WHERE c."articleId" = ${id}
      ORDER BY c."contentStart", c."contentEnd"`),
  ]);
  if (!article) return null;
  return {
    article: { ...article, publishedAt: dateOnly(article.publishedAt) },
    claims: claims.map((c) => ({
      id: c.id,
      status: c.status,
      kind: c.kind,
      verdictKey: c.verdictKey,
      speaker: c.speakerId ? { id: c.speakerId, name: c.speakerName ?? "" } : null,
      mention: span(c.mentionStart, c.mentionEnd),
      cue: span(c.cueStart, c.cueEnd),
      content: { start: c.contentStart, end: c.contentEnd },
      statedOn: c.statedOn,
    })),
  };
}
