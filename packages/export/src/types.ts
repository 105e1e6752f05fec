/**
 * The input of every serialiser: one claim with what it needs of its article, speaker and review.
 * Spans are [start, end) in UTF-16 code units of the article text (JavaScript string indices).
 * Dates are ISO strings so the serialisers never depend on a time zone.
 */

export type SpeakerKind = "person" | "organisation" | "unknown";
export type ClaimKind = "direct" | "indirect" | "mixed";
export type ReviewStatus = "unreviewed" | "verified" | "rejected" | "needs_work";
export type LinkType = "same" | "supports" | "contradicts" | "updates";

export interface ExportSpan {
  start: number;
  end: number;
  text: string;
}

export interface ExportArticle {
  id: string;
  title: string | null;
  url: string | null;
  outlet: string | null;
  lang: string | null;
  /** YYYY-MM-DD */
  publishedAt: string | null;
  /** Length of the article text in UTF-16 code units, when known. */
  textLength?: number;
  /**
   * The full article text, when the caller has it. Lets the Web Annotation serialiser convert
   * offsets to code points and take the quote's prefix and suffix; never written out itself.
   */
  text?: string;
}

export interface ExportSpeaker {
  id: string;
  name: string;
  kind: SpeakerKind;
}

export interface ExportVerdict {
  key: string;
  label: string;
  /** Position of the verdict on the rating scale, for ClaimReview's ratingValue. */
  position?: number;
}

export interface ExportLink {
  type: LinkType;
  toClaimId: string;
}

/** Text around the content span, for W3C TextQuoteSelector and TextPositionSelector. */
export interface QuoteContext {
  /** Up to 32 code points immediately before the content span. */
  prefix: string;
  /** Up to 32 code points immediately after the content span. */
  suffix: string;
  /** The content span in Unicode code points (what W3C TextPositionSelector counts). */
  codePointStart: number;
  codePointEnd: number;
}

export interface ExportClaim {
  id: string;
  articleId: string;
  article: ExportArticle;
  speaker: ExportSpeaker | null;
  mention: ExportSpan | null;
  cue: ExportSpan | null;
  content: ExportSpan;
  kind: ClaimKind;
  /** YYYY-MM-DD */
  statedOn: string | null;
  statedOnText: string | null;
  status: ReviewStatus;
  verdict: ExportVerdict | null;
  verdictNote: string | null;
  reviewer: string | null;
  /** ISO 8601 timestamp */
  reviewedAt: string | null;
  extractor: { name: string; version: string };
  links: ExportLink[];
  /** Computed by the caller; otherwise the annotation serialiser derives it from article.text. */
  quoteContext?: QuoteContext;
}

/** Anything a serialiser can read claims from, one at a time. */
export type ClaimSource = AsyncIterable<ExportClaim> | Iterable<ExportClaim>;
