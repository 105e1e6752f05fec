import type { Speaker } from "../generated/prisma/client.ts";
import { audit } from "./audit.ts";
import { type Db, sql } from "./db.ts";
import { NotFoundError, parseInput, ValidationError } from "./errors.ts";
import { type MergeInput, mergeInputSchema } from "./inputs.ts";
import { invalidateCounts } from "./list-claims.ts";

const union = (...lists: string[][]) => [...new Set(lists.flat().filter((s) => s.trim() !== ""))];

/**
 * Two speaker records are the same person: moves every claim of `mergeId` to `keepId`, keeps the
 * merged name, aliases and titles as aliases/titles of the kept speaker, deletes the merged one.
 * Each moved claim gets a `claim.correct` audit event (speakerId before → after) and counts as
 * touched by a person; the speakers get `speaker.merge` / `speaker.delete` events.
 */
export async function mergeSpeakers(db: Db, input: MergeInput): Promise<Speaker & { movedClaims: number }> {
  const { keepId, mergeId, actor } = parseInput(mergeInputSchema, input);
  if (keepId === mergeId)
    throw new ValidationError("cannot merge a speaker into itself", [{ path: "mergeId", message: "same" }]);
  const result = await db.$transaction(
    async (tx) => {
      await tx.$queryRaw(
        sql`SELECT id FROM "Speaker" WHERE id IN (${keepId}, ${mergeId}) ORDER BY id FOR UPDATE`,
      );
      const keep = await tx.speaker.findUnique({ where: { id: keepId } });
      if (!keep) throw new NotFoundError("speaker", keepId);
      const merged = await tx.speaker.findUnique({ where: { id: mergeId } });
      if (!merged) throw new NotFoundError("speaker", mergeId);

      const movedIds = await tx.$queryRaw<{ id: string }[]>(sql`
        UPDATE "Claim" SET "speakerId" = ${keepId}, "humanTouchedAt" = now(), "updatedAt" = now()
        WHERE "speakerId" = ${mergeId} RETURNING id`);
      await tx.$executeRaw(sql`
        INSERT INTO "AuditEvent" ("actorId", actor, action, entity, "entityId", before, after)
        SELECT ${actor.id}, ${actor.name}, 'claim.correct', 'claim', id,
               jsonb_build_object('speakerId', ${mergeId}::text), jsonb_build_object('speakerId', ${keepId}::text)
        FROM unnest(${movedIds.map((r) => r.id)}::text[]) AS moved(id)`);

      const aliases = union(keep.aliases, merged.name === keep.name ? [] : [merged.name], merged.aliases);
      const titles = union(keep.titles, merged.titles);
      await tx.speaker.delete({ where: { id: mergeId } });
      const updated = await tx.speaker.update({
        where: { id: keepId },
        data: { aliases, titles, kind: keep.kind === "unknown" ? merged.kind : keep.kind },
      });
      await audit(tx, actor, {
        action: "speaker.merge",
        entity: "speaker",
        entityId: keepId,
        before: { aliases: keep.aliases, titles: keep.titles, kind: keep.kind },
        after: {
          aliases,
          titles,
          kind: updated.kind,
          mergedId: mergeId,
          mergedName: merged.name,
          movedClaims: movedIds.length,
        },
      });
      await audit(tx, actor, {
        action: "speaker.delete",
        entity: "speaker",
        entityId: mergeId,
        before: {
          name: merged.name,
          nameKey: merged.nameKey,
          kind: merged.kind,
          aliases: merged.aliases,
          titles: merged.titles,
        },
        after: { mergedInto: keepId },
      });
      return { ...updated, movedClaims: movedIds.length };
    },
    { timeout: 60_000 },
  );
  invalidateCounts(db);
  return result;
}
