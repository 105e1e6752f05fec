"use server";
import { correctClaim, linkClaims, reviewClaim, unlinkClaims } from "@sayso/db/review";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getDb } from "@/lib/db";
import { LINK_TYPES, STATUSES } from "@/lib/labels";
import { type ActionResult, field, runAction } from "./run";

const id = z.string().min(1).max(64);

export async function reviewAction(form: FormData): Promise<ActionResult> {
  return runAction("review", async (actor) => {
    const input = z
      .object({
        claimId: id,
        status: z.enum(STATUSES),
        verdictKey: z.string().max(64).nullable(),
        verdictNote: z.string().max(5000).nullable(),
      })
      .parse({
        claimId: field.text(form, "claimId"),
        status: field.text(form, "status"),
        verdictKey: field.text(form, "verdictKey") ?? null,
        verdictNote: field.text(form, "verdictNote") ?? null,
      });
    await reviewClaim(getDb(), { ...input, actor });
    revalidatePath(`/claims/${input.claimId}`);
    return "Review saved.";
  });
}

export async function correctAction(form: FormData): Promise<ActionResult> {
  return runAction("correct", async (actor) => {
    const claimId = id.parse(field.text(form, "claimId"));
    const speakerChoice = field.text(form, "speakerId");
    const newSpeakerName = field.text(form, "newSpeakerName");
    const kind = z.enum(["direct", "indirect", "mixed"]).optional().parse(field.text(form, "kind"));
    const statedOn = field.text(form, "statedOn");
    await correctClaim(getDb(), {
      claimId,
      actor,
      ...(newSpeakerName
        ? {
            newSpeaker: {
              name: newSpeakerName,
              kind: z
                .enum(["person", "organisation", "unknown"])
                .catch("unknown")
                .parse(field.text(form, "newSpeakerKind")),
            },
          }
        : speakerChoice
          ? { speakerId: speakerChoice === "none" ? null : speakerChoice }
          : {}),
      ...(kind ? { kind } : {}),
      ...(form.has("statedOn") ? { statedOn: statedOn ?? null } : {}),
    });
    revalidatePath(`/claims/${claimId}`);
    return "Correction saved.";
  });
}

/** A new content span from a text selection; offsets are UTF-16 code units of the article text. */
export async function adjustSpanAction(claimId: string, start: number, end: number): Promise<ActionResult> {
  return runAction("correct", async (actor) => {
    const input = z
      .object({ claimId: id, start: z.number().int().min(0), end: z.number().int().min(1) })
      .refine((v) => v.start < v.end, "The selection is empty.")
      .parse({ claimId, start, end });
    await correctClaim(getDb(), {
      claimId: input.claimId,
      actor,
      contentStart: input.start,
      contentEnd: input.end,
    });
    revalidatePath(`/claims/${input.claimId}`);
    return "Content span updated.";
  });
}

export async function linkAction(form: FormData): Promise<ActionResult> {
  return runAction("link", async (actor) => {
    const input = z
      .object({ fromId: id, toId: id, type: z.enum(LINK_TYPES), note: z.string().max(2000).nullable() })
      .parse({
        fromId: field.text(form, "fromId"),
        toId: extractClaimId(field.text(form, "toId")),
        type: field.text(form, "type"),
        note: field.text(form, "note") ?? null,
      });
    await linkClaims(getDb(), { ...input, actor });
    revalidatePath(`/claims/${input.fromId}`);
    return "Linked.";
  });
}

export async function unlinkAction(form: FormData): Promise<ActionResult> {
  return runAction("link", async (actor) => {
    const linkId = id.parse(field.text(form, "linkId"));
    const claimId = id.parse(field.text(form, "claimId"));
    await unlinkClaims(getDb(), { linkId, actor });
    revalidatePath(`/claims/${claimId}`);
    return "Link removed.";
  });
}

/** Accepts a bare claim id or a pasted claim URL (…/claims/<id>). */
function extractClaimId(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const match = /\/claims\/([^/?#\s]+)/.exec(value);
  return match?.[1] ?? value;
}
