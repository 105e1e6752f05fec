import { z } from "zod";

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, "must be a lowercase hex sha256");

/** The extract job carries ids, never the article text: the text lives in Postgres. */
export const extractJobSchema = z.object({
  articleId: z.string().min(1),
  textSha256: sha256Hex,
  reprocess: z.boolean().optional(),
  requestedBy: z.string().min(1).optional(),
});
export type ExtractJobData = z.infer<typeof extractJobSchema>;

/** What a finished extract job returns (stored by BullMQ as the job's return value). */
export const extractJobResultSchema = z.object({
  articleId: z.string(),
  state: z.enum(["done", "unsupported"]),
  extractor: z.string(),
  claims: z.number().int().nonnegative(),
  skipped: z.boolean(),
});
export type ExtractJobResult = z.infer<typeof extractJobResultSchema>;

/**
 * One article enqueued twice is processed once: the id depends only on the text. BullMQ ignores an
 * add whose id already exists, and refuses ids containing ":", hence the dashes.
 */
export function extractJobId(textSha256: string): string {
  return `extract-${sha256Hex.parse(textSha256)}`;
}

/** A reprocess request is a new job on purpose; the stamp keeps repeated requests distinct. */
export function reprocessJobId(textSha256: string, extractor: string, stamp: number = Date.now()): string {
  const safeExtractor = extractor.replace(/[^A-Za-z0-9._@-]/g, "_");
  return `reprocess-${sha256Hex.parse(textSha256)}-${safeExtractor}-${stamp}`;
}
