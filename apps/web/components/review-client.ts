"use client";
import type { Status } from "@/lib/labels";

export interface ReviewChange {
  status?: Status;
  verdictKey?: string | null;
  verdictNote?: string | null;
}

/** Writes a review through the JSON endpoint; throws with the server's message on failure. */
export async function submitReview(claimId: string, change: ReviewChange): Promise<void> {
  const response = await fetch(`/api/claims/${encodeURIComponent(claimId)}/review`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(change),
  });
  if (!response.ok) {
    const body = (await response.json().catch(() => ({}))) as { error?: string };
    throw new Error(body.error ?? `Saving failed (${response.status}).`);
  }
}
