import type { Prisma, PrismaClient } from "./generated/prisma/client.ts";
import type { ClaimKind, LinkType, ReviewStatus, SpeakerKind } from "./generated/prisma/enums.ts";

/**
 * Claims for export, read page by page. Rows come ordered by article, then by position in the
 * article text, with a keyset cursor (no OFFSET, nothing held beyond one page and one article
 * text), so an export of any size streams in constant memory. The row shape matches
 * `ExportClaim` of "@sayso/export" without this package depending on it.
 */

export type ExportStatusFilter = ReviewStatus | "all";

export interface ExportClaimsOptions {
  /** Which claims by review status; default "verified". */
  status?: ExportStatusFilter;
  articleId?: string;
  /** Claims fetched per query; default 500. */
  batchSize?: number;
  /**
   * Attach each article's text (loaded once per article) so serialisers can derive code-point
   * offsets and quote context; default true.
   */
  withArticleText?: boolean;
}

export interface ExportSpanRow {
  start: number;
  end: number;
  text: string;
}

export interface ExportClaimRow {
  id: string;
  articleId: string;
  article: {
    id: string;
    title: string | null;
    url: string | null;
    outlet: string | null;
    lang: string | null;
    publishedAt: string | null;
    textLength?: number;
    text?: string;
  };
  speaker: { id: string; name: string; kind: SpeakerKind } | null;
  mention: ExportSpanRow | null;
  cue: ExportSpanRow | null;
  content: ExportSpanRow;
  kind: ClaimKind;
  statedOn: string | null;
  statedOnText: string | null;
  status: ReviewStatus;
  verdict: { key: string; label: string; position: number } | null;
  verdictNote: string | null;
  reviewer: string | null;
  reviewedAt: string | null;
  extractor: { name: string; version: string };
  links: { type: LinkType; toClaimId: string }[];
}

type ExportDb = Pick<PrismaClient, "claim" | "article">;

const claimSelect = {
  id: true,
  articleId: true,
  mentionStart: true,
  mentionEnd: true,
  mentionText: true,
  cueStart: true,
  cueEnd: true,
  cueText: true,
  contentStart: true,
  contentEnd: true,
  contentText: true,
  kind: true,
  statedOn: true,
  statedOnText: true,
  status: true,
  verdictNote: true,
  reviewedAt: true,
  extractorName: true,
  extractorVersion: true,
  article: { select: { id: true, title: true, url: true, outlet: true, lang: true, publishedAt: true } },
  speaker: { select: { id: true, name: true, kind: true } },
  verdict: { select: { key: true, label: true, position: true } },
  reviewer: { select: { name: true } },
  linksFrom: { select: { type: true, toId: true }, orderBy: [{ type: "asc" }, { toId: "asc" }] },
} satisfies Prisma.ClaimSelect;

type SelectedClaim = Prisma.ClaimGetPayload<{ select: typeof claimSelect }>;

/** Position of the last row read: (articleId, contentStart, contentEnd) is unique per claim. */
interface Position {
  articleId: string;
  contentStart: number;
  contentEnd: number;
}

function after(position: Position): Prisma.ClaimWhereInput {
  const { articleId, contentStart, contentEnd } = position;
  return {
    OR: [
      { articleId: { gt: articleId } },
      { articleId, contentStart: { gt: contentStart } },
      { articleId, contentStart, contentEnd: { gt: contentEnd } },
    ],
  };
}

const isoDate = (value: Date | null) => (value ? value.toISOString().slice(0, 10) : null);

function span(start: number | null, end: number | null, text: string | null): ExportSpanRow | null {
  return start === null || end === null || text === null ? null : { start, end, text };
}

function toRow(claim: SelectedClaim, text: string | undefined): ExportClaimRow {
  const { article } = claim;
  return {
    id: claim.id,
    articleId: claim.articleId,
    article: {
      id: article.id,
      title: article.title,
      url: article.url,
      outlet: article.outlet,
      lang: article.lang,
      publishedAt: isoDate(article.publishedAt),
      ...(text !== undefined && { textLength: text.length, text }),
    },
    speaker: claim.speaker,
    mention: span(claim.mentionStart, claim.mentionEnd, claim.mentionText),
    cue: span(claim.cueStart, claim.cueEnd, claim.cueText),
    content: { start: claim.contentStart, end: claim.contentEnd, text: claim.contentText },
    kind: claim.kind,
    statedOn: isoDate(claim.statedOn),
    statedOnText: claim.statedOnText,
    status: claim.status,
    verdict: claim.verdict,
    verdictNote: claim.verdictNote,
    reviewer: claim.reviewer?.name ?? null,
    reviewedAt: claim.reviewedAt?.toISOString() ?? null,
    extractor: { name: claim.extractorName, version: claim.extractorVersion },
    links: claim.linksFrom.map((link) => ({ type: link.type, toClaimId: link.toId })),
  };
}

export async function* exportClaims(
  db: ExportDb,
  options: ExportClaimsOptions = {},
): AsyncGenerator<ExportClaimRow> {
  const { status = "verified", articleId, batchSize = 500, withArticleText = true } = options;
  if (!Number.isInteger(batchSize) || batchSize < 1)
    throw new RangeError("batchSize must be a positive integer");
  const filter: Prisma.ClaimWhereInput = {
    ...(status !== "all" && { status }),
    ...(articleId !== undefined && { articleId }),
  };
  let position: Position | undefined;
  let article: { id: string; text: string } | undefined;
  for (;;) {
    const page = await db.claim.findMany({
      where: position ? { AND: [filter, after(position)] } : filter,
      orderBy: [{ articleId: "asc" }, { contentStart: "asc" }, { contentEnd: "asc" }],
      take: batchSize,
      select: claimSelect,
    });
    for (const claim of page) {
      if (withArticleText && article?.id !== claim.articleId) {
        const found = await db.article.findUniqueOrThrow({
          where: { id: claim.articleId },
          select: { text: true },
        });
        article = { id: claim.articleId, text: found.text };
      }
      yield toRow(claim, withArticleText ? article?.text : undefined);
    }
    const last = page.at(-1);
    if (!last || page.length < batchSize) return;
    position = { articleId: last.articleId, contentStart: last.contentStart, contentEnd: last.contentEnd };
  }
}
