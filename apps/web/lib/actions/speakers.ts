"use server";
import { mergeSpeakers } from "@sayso/db/review";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getDb } from "@/lib/db";
import { type ActionResult, field, runAction } from "./run";

/** Admins only: the speaker `mergeId` is the same person as `keepId`; its claims move over. */
export async function mergeSpeakersAction(form: FormData): Promise<ActionResult> {
  return runAction("mergeSpeakers", async (actor) => {
    const input = z
      .object({ keepId: z.string().min(1).max(64), mergeId: z.string().min(1).max(64) })
      .parse({ keepId: field.text(form, "keepId"), mergeId: field.text(form, "speakerId") });
    const kept = await mergeSpeakers(getDb(), { ...input, actor });
    revalidatePath(`/speakers/${input.keepId}`);
    return `Merged: ${kept.movedClaims} claim(s) moved to ${kept.name}.`;
  });
}
