import { z } from "zod";

export const STATUSES = ["unreviewed", "verified", "rejected", "needs_work"] as const;
export const LINK_TYPES = ["same", "supports", "contradicts", "updates"] as const;
export const CLAIM_KINDS = ["direct", "indirect", "mixed"] as const;
export const SPEAKER_KINDS = ["person", "organisation", "unknown"] as const;

const id = z.string().min(1).max(64);
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "expected YYYY-MM-DD")
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)), "not a date");
const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

export const actorSchema = z.object({
  id: id,
  name: z.string().min(1).max(200),
  role: z.enum(["admin", "reviewer"]),
});
export type Actor = z.infer<typeof actorSchema>;

/** Filters of the review queue and of search; empty strings count as "no filter" (form fields). */
export const claimFilterSchema = z
  .object({
    status: z.preprocess(blankToUndefined, z.enum(STATUSES).optional()),
    speakerId: z.preprocess(blankToUndefined, id.optional()),
    articleId: z.preprocess(blankToUndefined, id.optional()),
    outlet: z.preprocess(blankToUndefined, z.string().max(200).optional()),
    lang: z.preprocess(blankToUndefined, z.string().max(20).optional()),
    /** inclusive; compared with the claim's statement date, or the article's publication date when unknown */
    from: z.preprocess(blankToUndefined, isoDate.optional()),
    to: z.preprocess(blankToUndefined, isoDate.optional()),
    q: z.preprocess(blankToUndefined, z.string().max(500).optional()),
  })
  .default({});
export type ClaimFilter = z.input<typeof claimFilterSchema>;
export type ParsedClaimFilter = z.output<typeof claimFilterSchema>;

export const pageSchema = z
  .object({
    cursor: z.string().max(200).nullish(),
    limit: z.number().int().min(1).max(200).default(50),
    sort: z.enum(["newest", "oldest"]).default("newest"),
  })
  .default({ limit: 50, sort: "newest" });
export type PageInput = z.input<typeof pageSchema>;

export const reviewInputSchema = z.object({
  claimId: id,
  actor: actorSchema,
  status: z.enum(STATUSES).optional(),
  verdictKey: z.string().min(1).max(64).nullable().optional(),
  verdictNote: z.string().max(5000).nullable().optional(),
});
export type ReviewInput = z.input<typeof reviewInputSchema>;

export const correctInputSchema = z.object({
  claimId: id,
  actor: actorSchema,
  speakerId: id.nullable().optional(),
  newSpeaker: z
    .object({ name: z.string().trim().min(1).max(300), kind: z.enum(SPEAKER_KINDS).default("unknown") })
    .optional(),
  contentStart: z.number().int().min(0).optional(),
  contentEnd: z.number().int().min(0).optional(),
  kind: z.enum(CLAIM_KINDS).optional(),
  statedOn: isoDate.nullable().optional(),
});
export type CorrectInput = z.input<typeof correctInputSchema>;

export const linkInputSchema = z.object({
  fromId: id,
  toId: id,
  type: z.enum(LINK_TYPES),
  note: z.string().max(2000).nullable().optional(),
  actor: actorSchema,
});
export type LinkInput = z.input<typeof linkInputSchema>;

export const unlinkInputSchema = z.object({ linkId: id, actor: actorSchema });
export type UnlinkInput = z.input<typeof unlinkInputSchema>;

export const mergeInputSchema = z.object({ keepId: id, mergeId: id, actor: actorSchema });
export type MergeInput = z.input<typeof mergeInputSchema>;

export const idSchema = id;
export { isoDate };
