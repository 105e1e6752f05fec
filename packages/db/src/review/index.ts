// The reviewers' dashboard data layer ("@sayso/db/review"): every query and mutation apps/web needs.
export { type ArticleView, type ArticleViewClaim, getArticleView } from "./article-view.ts";
export { type ClaimDetail, type ClaimLinkView, getClaimDetail } from "./claim-detail.ts";
export { correctClaim } from "./correct-claim.ts";
export { type CursorKey, decodeCursor, encodeCursor } from "./cursor.ts";
export { NotFoundError, ValidationError } from "./errors.ts";
export { type Facets, listFacets, listRatingLevels } from "./facets.ts";
export {
  type Actor,
  CLAIM_KINDS,
  type ClaimFilter,
  type CorrectInput,
  LINK_TYPES,
  type LinkInput,
  type MergeInput,
  type PageInput,
  type ReviewInput,
  SPEAKER_KINDS,
  STATUSES,
  type UnlinkInput,
} from "./inputs.ts";
export { linkClaims, unlinkClaims } from "./links.ts";
export { claimsSince, countClaimsByStatus, listClaims } from "./list-claims.ts";
export { mergeSpeakers } from "./merge-speakers.ts";
export { reviewClaim } from "./review-claim.ts";
export { type ArticleHit, type SearchResult, search } from "./search.ts";
export {
  getSpeakerPage,
  listSpeakers,
  type SpeakerPage,
  type SpeakerRow,
  searchSpeakers,
} from "./speakers.ts";
export { type LinkSuggestion, suggestLinks } from "./suggest.ts";
export type {
  ArticleRef,
  ClaimKind,
  ClaimPage,
  ClaimRow,
  LinkType,
  ReviewStatus,
  Span,
  StatusCounts,
} from "./types.ts";
