import type { ClaimLink } from "../generated/prisma/client.ts";
import { audit, type Snapshot } from "./audit.ts";
import type { Db, Prisma } from "./db.ts";
import { NotFoundError, parseInput, ValidationError } from "./errors.ts";
import {
  type Actor,
  type LinkInput,
  linkInputSchema,
  type UnlinkInput,
  unlinkInputSchema,
} from "./inputs.ts";

/** Link types that read the same both ways: A same B ⇔ B same A. */
const SYMMETRIC = new Set<ClaimLink["type"]>(["same", "contradicts"]);

const linkSnapshot = (link: ClaimLink): Snapshot => ({
  linkId: link.id,
  type: link.type,
  fromId: link.fromId,
  toId: link.toId,
  note: link.note,
});

/** Writes the event on both claims' histories and marks both as touched by a person. */
async function recordOnBothClaims(
  tx: Prisma.TransactionClient,
  actor: Actor,
  action: string,
  link: ClaimLink,
  change: { before?: Snapshot; after?: Snapshot },
): Promise<void> {
  for (const entityId of [link.fromId, link.toId])
    await audit(tx, actor, { action, entity: "claim", entityId, ...change });
  await tx.claim.updateMany({
    where: { id: { in: [link.fromId, link.toId] } },
    data: { humanTouchedAt: new Date() },
  });
}

async function findExisting(
  tx: Prisma.TransactionClient,
  fromId: string,
  toId: string,
  type: ClaimLink["type"],
) {
  const directions = SYMMETRIC.has(type)
    ? [
        { fromId, toId },
        { fromId: toId, toId: fromId },
      ]
    : [{ fromId, toId }];
  return tx.claimLink.findFirst({ where: { type, OR: directions } });
}

/**
 * Links two claims. Linking a claim to itself is refused; asking for a link that already exists
 * (either way round for symmetric types) returns it with `created: false` and writes nothing.
 */
export async function linkClaims(db: Db, input: LinkInput): Promise<ClaimLink & { created: boolean }> {
  const { fromId, toId, type, note, actor } = parseInput(linkInputSchema, input);
  if (fromId === toId)
    throw new ValidationError("a claim cannot be linked to itself", [{ path: "toId", message: "self" }]);
  try {
    return await createLink(db, { fromId, toId, type, note: note ?? null, actor });
  } catch (error) {
    // the same link created concurrently: the unique index (fromId, toId, type) refused ours
    if ((error as { code?: string }).code !== "P2002") throw error;
    const existing = await findExisting(db, fromId, toId, type);
    if (!existing) throw error;
    return { ...existing, created: false };
  }
}

async function createLink(
  db: Db,
  {
    fromId,
    toId,
    type,
    note,
    actor,
  }: { fromId: string; toId: string; type: ClaimLink["type"]; note: string | null; actor: Actor },
): Promise<ClaimLink & { created: boolean }> {
  return db.$transaction(async (tx) => {
    const found = await tx.claim.findMany({ where: { id: { in: [fromId, toId] } }, select: { id: true } });
    for (const id of [fromId, toId])
      if (!found.some((c) => c.id === id)) throw new NotFoundError("claim", id);
    const existing = await findExisting(tx, fromId, toId, type);
    if (existing) return { ...existing, created: false };
    const link = await tx.claimLink.create({
      data: { fromId, toId, type, note: note ?? null, createdById: actor.id },
    });
    await recordOnBothClaims(tx, actor, "claim.link", link, { after: linkSnapshot(link) });
    return { ...link, created: true };
  });
}

/** Removes a link; both claims' histories record what it was. */
export async function unlinkClaims(db: Db, input: UnlinkInput): Promise<ClaimLink> {
  const { linkId, actor } = parseInput(unlinkInputSchema, input);
  return db.$transaction(async (tx) => {
    const link = await tx.claimLink.findUnique({ where: { id: linkId } });
    if (!link) throw new NotFoundError("link", linkId);
    await tx.claimLink.delete({ where: { id: linkId } });
    await recordOnBothClaims(tx, actor, "claim.unlink", link, { before: linkSnapshot(link) });
    return link;
  });
}
