import type { ClaimKind, LinkType, ReviewStatus } from "../generated/prisma/enums.ts";

export type { ClaimKind, LinkType, ReviewStatus };

/** Dates without time (statement, publication) travel as `YYYY-MM-DD` strings: no timezone shifts. */
export interface ArticleRef {
  id: string;
  title: string | null;
  outlet: string | null;
  lang: string | null;
  publishedAt: string | null;
}

/** One line of the review queue, of search results, of a speaker page and of link lists. */
export interface ClaimRow {
  id: string;
  status: ReviewStatus;
  verdictKey: string | null;
  kind: ClaimKind;
  contentText: string;
  statedOn: string | null;
  /** statedOn, else the article's publication date: what the date-range filter compares */
  effectiveOn: string | null;
  speaker: { id: string; name: string } | null;
  article: ArticleRef;
  createdAt: Date;
}

export interface ClaimPage {
  items: ClaimRow[];
  nextCursor: string | null;
}

export type StatusCounts = Record<ReviewStatus, number>;

export interface Span {
  start: number;
  end: number;
}
