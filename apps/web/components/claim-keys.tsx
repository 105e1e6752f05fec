"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { RatingLevelView, Status } from "@/lib/labels";
import { type ReviewChange, submitReview } from "./review-client";
import { useKeyboard } from "./use-keyboard";

/** Shortcuts on a claim page: j/k to the next/previous claim of the article, v/x/n, 1–5, l. */
export function ClaimKeys({
  claimId,
  status,
  levels,
  previousId,
  nextId,
}: {
  claimId: string;
  status: Status;
  levels: RatingLevelView[];
  previousId: string | null;
  nextId: string | null;
}) {
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);

  async function save(change: ReviewChange, thenNext: boolean) {
    try {
      await submitReview(claimId, change);
      setMessage("Saved");
      if (thenNext && nextId) router.push(`/claims/${nextId}`);
      else router.refresh();
    } catch (error) {
      setMessage(error instanceof Error ? error.message : "Saving failed.");
    }
  }
  const verdict = (index: number) => () => {
    const level = levels[index];
    if (level)
      void save(
        { ...(status === "unreviewed" ? { status: "verified" as const } : {}), verdictKey: level.key },
        true,
      );
  };

  useKeyboard({
    next: () => nextId && router.push(`/claims/${nextId}`),
    previous: () => previousId && router.push(`/claims/${previousId}`),
    verify: () => void save({ status: "verified" }, false),
    reject: () => void save({ status: "rejected" }, false),
    needsWork: () => void save({ status: "needs_work" }, false),
    verdict1: verdict(0),
    verdict2: verdict(1),
    verdict3: verdict(2),
    verdict4: verdict(3),
    verdict5: verdict(4),
    link: () => {
      window.history.replaceState(null, "", "#link");
      document.getElementById("link-target")?.focus();
    },
  });

  return message ? (
    <div className="toast" role="status">
      {message}
    </div>
  ) : null;
}
