import type { ClaimSource, ExportClaim, ExportSpeaker } from "./types.ts";

/**
 * schema.org ClaimReview, as Google's fact-check structured data guidance describes it:
 * claimReviewed, reviewRating (alternateName is the verdict people see), url of the fact-check
 * page, author = the fact-checking organisation, itemReviewed = the Claim with its author, date
 * and appearance (the article it was reported in).
 */

export interface ClaimReviewOptions {
  /** The fact-checking organisation that publishes the review. */
  organization: { name: string; url?: string };
  /** The page holding the fact check; e.g. `(c) => \`https://example.org/checks/${c.id}\``. */
  reviewUrl?: (claim: ExportClaim) => string | undefined;
  /**
   * The rating scale verdict positions live on (e.g. best 1 = true, worst 4 = false). Without it,
   * or for a verdict outside it, ratingValue is left out and alternateName carries the verdict.
   */
  ratingScale?: { bestRating: number; worstRating: number };
}

export interface ClaimReviewDocument {
  "@context": "https://schema.org";
  "@type": "ClaimReview";
  [property: string]: unknown;
}

function speakerNode(speaker: ExportSpeaker): Record<string, string> {
  // An "unknown" speaker gets no @type rather than a guessed one.
  const type = speaker.kind === "person" ? "Person" : speaker.kind === "organisation" ? "Organization" : null;
  return { ...(type && { "@type": type }), name: speaker.name };
}

function appearance(claim: ExportClaim): Record<string, unknown> | undefined {
  const { article } = claim;
  if (!article.url) return undefined;
  return withoutEmpty({
    "@type": "CreativeWork",
    url: article.url,
    headline: article.title,
    datePublished: article.publishedAt,
    inLanguage: article.lang,
    publisher: article.outlet ? { "@type": "Organization", name: article.outlet } : null,
  });
}

function rating(claim: ExportClaim, scale: ClaimReviewOptions["ratingScale"]): Record<string, unknown> {
  const verdict = claim.verdict;
  if (!verdict) throw new Error(`claim ${claim.id} has no verdict`);
  const position = verdict.position;
  // a verdict off the scale (e.g. "unverifiable" after "false") keeps only its label
  const numeric =
    scale &&
    position !== undefined &&
    position >= Math.min(scale.bestRating, scale.worstRating) &&
    position <= Math.max(scale.bestRating, scale.worstRating);
  return {
    "@type": "Rating",
    ...(numeric && {
      ratingValue: position,
      bestRating: scale.bestRating,
      worstRating: scale.worstRating,
    }),
    alternateName: verdict.label,
  };
}

/** The ClaimReview of a claim, or null when the claim has no verdict (nothing to review). */
export function claimToClaimReview(
  claim: ExportClaim,
  options: ClaimReviewOptions,
): ClaimReviewDocument | null {
  if (!claim.verdict) return null;
  const organization = withoutEmpty({
    "@type": "Organization",
    name: options.organization.name,
    url: options.organization.url,
  });
  const itemReviewed = withoutEmpty({
    "@type": "Claim",
    author: claim.speaker ? speakerNode(claim.speaker) : null,
    datePublished: claim.statedOn,
    appearance: appearance(claim),
  });
  return {
    "@context": "https://schema.org",
    "@type": "ClaimReview",
    ...withoutEmpty({
      url: options.reviewUrl?.(claim),
      claimReviewed: claim.content.text,
      datePublished: claim.reviewedAt?.slice(0, 10),
      inLanguage: claim.article.lang,
      author: organization,
      reviewRating: rating(claim, options.ratingScale),
      reviewBody: claim.verdictNote,
      itemReviewed,
    }),
  };
}

/** One ClaimReview JSON-LD document per line; claims without a verdict are skipped. */
export async function* toClaimReviewLines(
  claims: ClaimSource,
  options: ClaimReviewOptions,
  onSkip?: (claim: ExportClaim) => void,
): AsyncGenerator<string> {
  for await (const claim of claims) {
    const review = claimToClaimReview(claim, options);
    if (review) yield `${JSON.stringify(review)}\n`;
    else onSkip?.(claim);
  }
}

/** Drops null, undefined and empty-string properties, keeping key order. */
function withoutEmpty<T extends Record<string, unknown>>(object: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(object).filter(([, value]) => value !== null && value !== undefined && value !== ""),
  ) as Partial<T>;
}
