import type { Prisma } from "./generated/prisma/client.ts";

/** Who did it: a name ("worker", "cli", a user's name) or a signed-in user. */
export type AuditActor = string | { id: string | null; name: string };

export interface AuditInput {
  /** The user's id when a signed-in person acted. */
  actorId?: string | null;
  actor: AuditActor;
  /** Dotted verb, e.g. "extraction.saved", "claim.reviewed". */
  action: string;
  /** What was acted on, e.g. "article", "claim", "speaker". */
  entity: string;
  entityId: string;
  before?: Prisma.InputJsonValue | null;
  after?: Prisma.InputJsonValue | null;
}

type AuditWriter = Pick<Prisma.TransactionClient, "auditEvent">;

/**
 * Appends one audit event. Pass the transaction that makes the change, so the change and its record
 * commit together. The table refuses UPDATE and DELETE (a trigger), so events are never rewritten.
 */
export async function recordAudit(tx: AuditWriter, input: AuditInput) {
  const actorName = typeof input.actor === "string" ? input.actor : input.actor.name;
  const actorId = input.actorId ?? (typeof input.actor === "string" ? null : input.actor.id);
  return tx.auditEvent.create({
    data: {
      actorId,
      actor: actorName,
      action: input.action,
      entity: input.entity,
      entityId: input.entityId,
      before: input.before ?? undefined,
      after: input.after ?? undefined,
    },
  });
}
