import { reviewClaim } from "@sayso/db/review";
import { z } from "zod";
import { handleWrite, readJson } from "@/lib/api";
import { getDb } from "@/lib/db";

const body = z.object({
  status: z.enum(["unreviewed", "verified", "rejected", "needs_work"]).optional(),
  verdictKey: z.string().min(1).max(64).nullable().optional(),
  verdictNote: z.string().max(5000).nullable().optional(),
});

/** Sets status and/or verdict of a claim (used by the keyboard flow). */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return handleWrite(request, "review", async (actor) => {
    const { id } = await params;
    const input = body.parse(await readJson(request));
    return reviewClaim(getDb(), { claimId: id, actor, ...input });
  });
}
