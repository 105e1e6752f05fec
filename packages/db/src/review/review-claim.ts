import type { Claim } from "../generated/prisma/client.ts";
import { audit, changedFields } from "./audit.ts";
import { type Db, type Prisma, sql } from "./db.ts";
import { NotFoundError, parseInput, ValidationError } from "./errors.ts";
import { type ReviewInput, reviewInputSchema } from "./inputs.ts";
import { invalidateCounts } from "./list-claims.ts";

/** Locks the claim row for the rest of the transaction; NotFoundError when it does not exist. */
export async function lockClaim(tx: Prisma.TransactionClient, claimId: string): Promise<Claim> {
  await tx.$queryRaw(sql`SELECT id FROM "Claim" WHERE id = ${claimId} FOR UPDATE`);
  const claim = await tx.claim.findUnique({ where: { id: claimId } });
  if (!claim) throw new NotFoundError("claim", claimId);
  return claim;
}

export async function assertVerdictKey(tx: Prisma.TransactionClient, key: string): Promise<void> {
  const level = await tx.ratingLevel.findUnique({ where: { key } });
  if (!level)
    throw new ValidationError(`unknown verdict "${key}"`, [
      { path: "verdictKey", message: "unknown verdict" },
    ]);
}

/**
 * Sets the review status and/or verdict (null clears the verdict), stamps reviewer, reviewedAt and
 * humanTouchedAt, and records the changed fields in the audit log — all in one transaction.
 */
export async function reviewClaim(db: Db, input: ReviewInput): Promise<Claim> {
  const { claimId, actor, status, verdictKey, verdictNote } = parseInput(reviewInputSchema, input);
  const result = await db.$transaction(async (tx) => {
    const before = await lockClaim(tx, claimId);
    if (verdictKey) await assertVerdictKey(tx, verdictKey);
    const now = new Date();
    const after = await tx.claim.update({
      where: { id: claimId },
      data: {
        ...(status !== undefined && { status }),
        ...(verdictKey !== undefined && { verdictKey }),
        ...(verdictNote !== undefined && { verdictNote }),
        reviewerId: actor.id,
        reviewedAt: now,
        humanTouchedAt: now,
      },
    });
    const diff = changedFields(before, after, ["status", "verdictKey", "verdictNote", "reviewerId"]);
    await audit(tx, actor, {
      action: "claim.review",
      entity: "claim",
      entityId: claimId,
      before: diff?.before ?? {},
      after: diff?.after ?? {},
    });
    return after;
  });
  invalidateCounts(db);
  return result;
}
