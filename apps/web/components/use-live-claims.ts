"use client";
import type { ClaimRow } from "@sayso/db/review";
import { useEffect, useRef } from "react";

/**
 * Subscribes to /api/live (server-sent events) and hands over claims stored after `since` — the
 * server time at which the page read its data, so nothing stored while the page loads is missed.
 */
export function useLiveClaims(options: {
  enabled: boolean;
  since: string;
  articleId?: string;
  onClaims: (rows: ClaimRow[]) => void;
}) {
  const { enabled, since, articleId } = options;
  const onClaims = useRef(options.onClaims);
  onClaims.current = options.onClaims;

  useEffect(() => {
    if (!enabled || typeof EventSource === "undefined") return;
    const query = new URLSearchParams({ since });
    if (articleId) query.set("articleId", articleId);
    const source = new EventSource(`/api/live?${query}`);
    source.addEventListener("claims", (event) => {
      const rows = JSON.parse((event as MessageEvent<string>).data) as (ClaimRow & { createdAt: string })[];
      onClaims.current(rows.map((row) => ({ ...row, createdAt: new Date(row.createdAt) })));
    });
    source.addEventListener("signed-out", () => source.close());
    return () => source.close();
  }, [enabled, since, articleId]);
}
