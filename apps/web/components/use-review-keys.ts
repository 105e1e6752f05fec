"use client";
import { useRouter } from "next/navigation";
import { useCallback, useState } from "react";
import type { RatingLevelView, Status } from "@/lib/labels";
import { type ReviewChange, submitReview } from "./review-client";
import { useKeyboard } from "./use-keyboard";

export interface ReviewableClaim {
  id: string;
  status: Status;
  verdictKey: string | null;
}

/**
 * The keyboard review flow shared by the queue and the article view: j/k move, v/x/n set a
 * status, 1–5 record a verdict (confirming an unreviewed claim) and move on, o opens, l links.
 */
export function useReviewKeys<T extends ReviewableClaim>(options: {
  claims: T[];
  setClaims: (update: (claims: T[]) => T[]) => void;
  levels: readonly RatingLevelView[];
  selected: number;
  setSelected: (index: number) => void;
  /** called once a status change is saved (the queue's counts follow it) */
  onStatusChange?: (from: Status, to: Status) => void;
}) {
  const { claims, setClaims, levels, selected, setSelected, onStatusChange } = options;
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);

  const flash = useCallback((text: string) => {
    setMessage(text);
    window.setTimeout(() => setMessage((current) => (current === text ? null : current)), 2500);
  }, []);

  const move = useCallback(
    (delta: number) => {
      if (claims.length === 0) return;
      const next = Math.min(claims.length - 1, Math.max(0, selected + delta));
      setSelected(next);
    },
    [claims.length, selected, setSelected],
  );

  const apply = useCallback(
    async (change: ReviewChange, thenMove: boolean) => {
      const claim = claims[selected];
      if (!claim) return;
      const before = { status: claim.status, verdictKey: claim.verdictKey };
      const patch = (c: T): T => ({ ...c, ...change });
      setClaims((all) => all.map((c) => (c.id === claim.id ? patch(c) : c)));
      if (thenMove) move(1);
      try {
        await submitReview(claim.id, change);
        flash("Saved");
        if (change.status && change.status !== before.status) onStatusChange?.(before.status, change.status);
      } catch (error) {
        setClaims((all) => all.map((c) => (c.id === claim.id ? { ...c, ...before } : c)));
        flash(error instanceof Error ? error.message : "Saving failed.");
      }
    },
    [claims, selected, setClaims, move, flash, onStatusChange],
  );

  const verdict = (position: number) => () => {
    const level = [...levels].sort((a, b) => a.position - b.position)[position];
    const claim = claims[selected];
    if (!level || !claim) return;
    const status = claim.status === "unreviewed" ? { status: "verified" as const } : {};
    void apply({ ...status, verdictKey: level.key }, true);
  };

  useKeyboard({
    next: () => move(1),
    previous: () => move(-1),
    verify: () => void apply({ status: "verified" }, false),
    reject: () => void apply({ status: "rejected" }, false),
    needsWork: () => void apply({ status: "needs_work" }, false),
    verdict1: verdict(0),
    verdict2: verdict(1),
    verdict3: verdict(2),
    verdict4: verdict(3),
    verdict5: verdict(4),
    open: () => {
      const claim = claims[selected];
      if (claim) router.push(`/claims/${claim.id}`);
    },
    link: () => {
      const claim = claims[selected];
      if (claim) router.push(`/claims/${claim.id}#link`);
    },
  });

  return { message, apply };
}
