import type { Db } from "./db.ts";
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

/** The article with its full text and every claim's spans (UTF-16 offsets into `text`), or null. */
export async function getArticleView(db: Db, articleId: string): Promise<ArticleView | null> {
  const id = parseInput(idSchema, articleId);
  const article = await db.article.findUnique({
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
      claims: {
        orderBy: [{ contentStart: "asc" }, { contentEnd: "asc" }],
        select: {
          id: true,
          status: true,
          kind: true,
          verdictKey: true,
          speaker: { select: { id: true, name: true } },
          mentionStart: true,
          mentionEnd: true,
          cueStart: true,
          cueEnd: true,
          contentStart: true,
          contentEnd: true,
          statedOn: true,
        },
      },
    },
  });
  if (!article) return null;
  const { claims, publishedAt, ...rest } = article;
  return {
    article: { ...rest, publishedAt: dateOnly(publishedAt) },
    claims: claims.map((c) => ({
      id: c.id,
      status: c.status,
      kind: c.kind,
      verdictKey: c.verdictKey,
      speaker: c.speaker,
      mention: span(c.mentionStart, c.mentionEnd),
      cue: span(c.cueStart, c.cueEnd),
      content: { start: c.contentStart, end: c.contentEnd },
      statedOn: dateOnly(c.statedOn),
    })),
  };
}
