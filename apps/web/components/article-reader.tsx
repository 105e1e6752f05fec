"use client";
import type { ArticleViewClaim } from "@sayso/db/review";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { formatDate, KIND_LABELS, type RatingLevelView } from "@/lib/labels";
import { directionOf } from "@/lib/segments";
import { ArticleText } from "./article-text";
import { StatusBadge, VerdictLabel } from "./status-badge";
import { useLiveClaims } from "./use-live-claims";
import { useReviewKeys } from "./use-review-keys";

/** The article with its highlighted claims beside a keyboard-driven list of them. */
export function ArticleReader({
  articleId,
  text,
  lang,
  initialClaims,
  levels,
  liveSince,
  ingestState,
}: {
  articleId: string;
  text: string;
  lang: string | null;
  initialClaims: ArticleViewClaim[];
  levels: RatingLevelView[];
  liveSince: string;
  ingestState: string;
}) {
  const router = useRouter();
  // the feed starts where the first render's data ends; later refreshes do not reconnect it
  const [firstLiveSince] = useState(liveSince);
  const [claims, setClaims] = useState(initialClaims);
  const [selected, setSelected] = useState(0);
  const [liveNote, setLiveNote] = useState<string | null>(null);
  const { message } = useReviewKeys({ claims, setClaims, levels, selected, setSelected });
  const current = claims[selected] ?? null;

  useEffect(() => setClaims(initialClaims), [initialClaims]);

  useEffect(() => {
    const match = /^#claim-(.+)$/.exec(window.location.hash);
    const index = match ? initialClaims.findIndex((c) => c.id === decodeURIComponent(match[1] ?? "")) : -1;
    if (index >= 0) setSelected(index);
  }, [initialClaims]);

  useEffect(() => {
    if (!current) return;
    document.getElementById(`claim-${current.id}`)?.scrollIntoView({ block: "nearest", behavior: "smooth" });
    document.querySelector(`li[data-claim-id="${current.id}"]`)?.scrollIntoView({ block: "nearest" });
  }, [current]);

  useLiveClaims({
    enabled: true,
    since: firstLiveSince,
    articleId,
    onClaims: (rows) => {
      const known = new Set(claims.map((c) => c.id));
      const added = rows.filter((row) => !known.has(row.id)).length;
      if (added === 0) return;
      setLiveNote(`${added} new claim${added === 1 ? "" : "s"} extracted`);
      router.refresh();
    },
  });

  return (
    <div className="columns">
      <ArticleText
        text={text}
        lang={lang}
        claims={claims}
        currentId={current?.id ?? null}
        onSegmentClick={(id) => {
          const index = claims.findIndex((c) => c.id === id);
          if (index >= 0) setSelected(index);
        }}
      />
      <aside className="panel sticky" aria-label="Claims in this article">
        <h2>
          Claims <span className="muted">({claims.length})</span>
        </h2>
        {liveNote && (
          <p className="notice small" role="status">
            {liveNote}
          </p>
        )}
        {claims.length === 0 && (
          <p className="muted" data-testid="no-claims">
            {ingestState === "queued" || ingestState === "processing"
              ? "Waiting for extraction: claims appear here as they are found."
              : ingestState === "unsupported"
                ? "The extractor does not support this article's language."
                : ingestState === "failed"
                  ? "Extraction failed; see `sayso status` and retry."
                  : "No claims found in this article."}
          </p>
        )}
        <ul className="claim-list" aria-label="Claims" data-testid="article-claims">
          {claims.map((claim, index) => (
            <li
              key={claim.id}
              data-claim-id={claim.id}
              aria-current={index === selected ? "true" : undefined}
            >
              <button type="button" className="claim-pick" onClick={() => setSelected(index)}>
                <span className="row small">
                  <StatusBadge status={claim.status} />
                  <VerdictLabel verdictKey={claim.verdictKey} levels={levels} />
                  <bdi>{claim.speaker?.name ?? "unknown speaker"}</bdi>
                  <span className="muted">{KIND_LABELS[claim.kind]}</span>
                </span>
                <span className="snippet" dir={directionOf(lang)} lang={lang ?? undefined}>
                  {text.slice(claim.content.start, claim.content.end)}
                </span>
              </button>
              <span className="small muted row">
                <span className="mono">{formatDate(claim.statedOn)}</span>
                <Link prefetch={false} href={`/claims/${claim.id}`}>
                  Open
                </Link>
              </span>
            </li>
          ))}
        </ul>
        {message && (
          <div className="toast" role="status">
            {message}
          </div>
        )}
      </aside>
    </div>
  );
}
