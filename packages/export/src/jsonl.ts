import { mapClaims } from "./stream.ts";
import type { ClaimSource, ExportClaim } from "./types.ts";

/**
 * The JSONL record of a claim. Keys are written in this order on every line, so two exports of
 * the same claims diff cleanly. Spans keep the store's UTF-16 offsets (JavaScript string indices).
 */
export function claimRecord(claim: ExportClaim) {
  const { article } = claim;
  return {
    articleId: claim.articleId,
    id: claim.id,
    speaker: claim.speaker && { id: claim.speaker.id, name: claim.speaker.name, kind: claim.speaker.kind },
    mention: claim.mention && span(claim.mention),
    cue: claim.cue && span(claim.cue),
    content: span(claim.content),
    kind: claim.kind,
    statedOn: claim.statedOn,
    statedOnText: claim.statedOnText,
    status: claim.status,
    verdict: claim.verdict && { key: claim.verdict.key, label: claim.verdict.label },
    verdictNote: claim.verdictNote,
    reviewer: claim.reviewer,
    reviewedAt: claim.reviewedAt,
    links: claim.links.map((link) => ({ type: link.type, toClaimId: link.toClaimId })),
    extractor: { name: claim.extractor.name, version: claim.extractor.version },
    article: {
      title: article.title,
      url: article.url,
      outlet: article.outlet,
      lang: article.lang,
      publishedAt: article.publishedAt,
    },
  };
}

export type ClaimRecord = ReturnType<typeof claimRecord>;

function span(value: { start: number; end: number; text: string }) {
  return { start: value.start, end: value.end, text: value.text };
}

/** One line of JSONL, newline included. JSON.stringify keeps Arabic and emoji as they are. */
export function claimToJsonLine(claim: ExportClaim): string {
  return `${JSON.stringify(claimRecord(claim))}\n`;
}

export function toJsonl(claims: ClaimSource): AsyncGenerator<string> {
  return mapClaims(claims, claimToJsonLine);
}
