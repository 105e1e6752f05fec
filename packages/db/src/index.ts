export { type ArticleInput, setArticleState, upsertArticle } from "./articles.ts";
export { type AuditActor, type AuditInput, recordAudit } from "./audit.ts";
export { checkDb, closeDb, createDb, type Db, databaseUrlFromEnv, getDb } from "./client.ts";
export { DbUnavailableError, isConnectionError, SpanMismatchError } from "./errors.ts";
export {
  type ExportClaimRow,
  type ExportClaimsOptions,
  type ExportSpanRow,
  type ExportStatusFilter,
  exportClaims,
} from "./export-query.ts";
export { saveExtraction, splitExtractor } from "./extraction/save.ts";
export type {
  ClaimInput,
  ClaimSpeakerInput,
  ExtractionInput,
  SaveExtractionResult,
  SpanInput,
} from "./extraction/types.ts";
export { foldText, speakerNameKey } from "./fold.ts";
export type {
  Account,
  Article,
  AuditEvent,
  Claim,
  ClaimLink,
  RatingLevel,
  Session,
  Speaker,
  User,
} from "./generated/prisma/client.ts";
export { Prisma, PrismaClient } from "./generated/prisma/client.ts";
export type {
  ClaimKind,
  IngestState,
  LinkType,
  ReviewStatus,
  Role,
  SpeakerKind,
} from "./generated/prisma/enums.ts";
export { sha256Hex } from "./hash.ts";
export { EditedMigrationError, type MigrateOptions, type MigrateResult, migrate } from "./migrate/apply.ts";
export { pendingSchemaChange } from "./migrate/diff.ts";
export { DEFAULT_DATABASE_URL, redactUrl } from "./url.ts";
