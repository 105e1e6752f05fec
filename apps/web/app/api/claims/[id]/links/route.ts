import { linkClaims } from "@sayso/db/review";
import { z } from "zod";
import { handleWrite, readJson } from "@/lib/api";
import { getDb } from "@/lib/db";

const body = z.object({
  toId: z.string().min(1).max(64),
  type: z.enum(["same", "supports", "contradicts", "updates"]),
  note: z.string().max(2000).nullable().optional(),
});

/** Links this claim to another one. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return handleWrite(request, "link", async (actor) => {
    const { id } = await params;
    const input = body.parse(await readJson(request));
    return linkClaims(getDb(), { fromId: id, actor, ...input });
  });
}
