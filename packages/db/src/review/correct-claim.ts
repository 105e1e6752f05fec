import { foldText, speakerNameKey } from "../fold.ts";
import type { Claim, Speaker } from "../generated/prisma/client.ts";
import { audit, changedFields } from "./audit.ts";
import type { Db, Prisma } from "./db.ts";
import { NotFoundError, parseInput, ValidationError } from "./errors.ts";
import { type Actor, type CorrectInput, correctInputSchema } from "./inputs.ts";
import { invalidateCounts } from "./list-claims.ts";
import { lockClaim } from "./review-claim.ts";
import { normalizeSpan } from "./span.ts";

const AUDITED: (keyof Claim & string)[] = [
  "speakerId",
  "mentionStart",
  "mentionEnd",
  "mentionText",
  "contentStart",
  "contentEnd",
  "contentText",
  "kind",
  "statedOn",
  "statedOnText",
];

/** The speaker with this name (by name key), created when there is none. */
async function findOrCreateSpeaker(
  tx: Prisma.TransactionClient,
  actor: Actor,
  input: { name: string; kind: Speaker["kind"] },
): Promise<Speaker> {
  const nameKey = speakerNameKey(input.name);
  if (!nameKey)
    throw new ValidationError("speaker name has no letters", [{ path: "newSpeaker.name", message: "empty" }]);
  const existing = await tx.speaker.findUnique({ where: { nameKey } });
  if (existing) return existing;
  const created = await tx.speaker.create({ data: { name: input.name, nameKey, kind: input.kind } });
  await audit(tx, actor, {
    action: "speaker.create",
    entity: "speaker",
    entityId: created.id,
    after: { name: created.name, nameKey, kind: created.kind },
  });
  return created;
}

/**
 * A reviewer's correction: speaker (existing, new or none), content span, kind and statement date.
 * The span is checked against the article text; contentText/contentNorm follow it. Changing the
 * speaker drops the old speaker mention span; setting the date drops the words it was read from.
 */
export async function correctClaim(db: Db, input: CorrectInput): Promise<Claim> {
  const args = parseInput(correctInputSchema, input);
  const { claimId, actor } = args;
  const result = await db.$transaction(async (tx) => {
    const before = await lockClaim(tx, claimId);
    const data: Prisma.ClaimUncheckedUpdateInput = { humanTouchedAt: new Date() };

    let speakerId = before.speakerId;
    if (args.newSpeaker) speakerId = (await findOrCreateSpeaker(tx, actor, args.newSpeaker)).id;
    else if (args.speakerId !== undefined) {
      if (
        args.speakerId &&
        !(await tx.speaker.findUnique({ where: { id: args.speakerId }, select: { id: true } }))
      )
        throw new NotFoundError("speaker", args.speakerId);
      speakerId = args.speakerId;
    }
    if (speakerId !== before.speakerId)
      Object.assign(data, { speakerId, mentionStart: null, mentionEnd: null, mentionText: null });

    if (args.contentStart !== undefined || args.contentEnd !== undefined) {
      const article = await tx.article.findUniqueOrThrow({
        where: { id: before.articleId },
        select: { text: true },
      });
      const span = normalizeSpan(article.text, {
        start: args.contentStart ?? before.contentStart,
        end: args.contentEnd ?? before.contentEnd,
      });
      if (span.start !== before.contentStart || span.end !== before.contentEnd) {
        const clash = await tx.claim.findFirst({
          where: {
            articleId: before.articleId,
            contentStart: span.start,
            contentEnd: span.end,
            id: { not: claimId },
          },
          select: { id: true },
        });
        if (clash)
          throw new ValidationError(`claim ${clash.id} already has this span`, [
            { path: "content", message: "taken" },
          ]);
        const contentText = article.text.slice(span.start, span.end);
        Object.assign(data, {
          contentStart: span.start,
          contentEnd: span.end,
          contentText,
          contentNorm: foldText(contentText),
        });
      }
    }
    if (args.kind !== undefined) data.kind = args.kind;
    if (args.statedOn !== undefined) {
      const statedOn = args.statedOn === null ? null : new Date(`${args.statedOn}T00:00:00Z`);
      if (statedOn?.getTime() !== before.statedOn?.getTime())
        Object.assign(data, { statedOn, statedOnText: null, statedOnStart: null, statedOnEnd: null });
    }

    const after = await tx.claim.update({ where: { id: claimId }, data });
    const diff = changedFields(before, after, AUDITED);
    if (diff)
      await audit(tx, actor, { action: "claim.correct", entity: "claim", entityId: claimId, ...diff });
    return after;
  });
  invalidateCounts(db);
  return result;
}
