"use client";
import type { ClaimRow } from "@sayso/db/review";
import Link from "next/link";
import { useSearchParams } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import type { FilterParams } from "@/lib/filters";
import { formatDate, KIND_LABELS, type RatingLevelView } from "@/lib/labels";
import { ClaimSnippetLink } from "./claim-snippet-link";
import { StatusBadge, VerdictLabel } from "./status-badge";
import { useStatusCounts } from "./status-counts";
import { useLiveClaims } from "./use-live-claims";
import { useReviewKeys } from "./use-review-keys";

type Row = ClaimRow & { fresh?: boolean };

/** Whether a live claim belongs on the current (first, newest-first) page of the queue. */
function matches(row: ClaimRow, filter: Omit<FilterParams, "sort" | "cursor">): boolean {
  if (filter.status && row.status !== filter.status) return false;
  if (filter.speakerId && row.speaker?.id !== filter.speakerId) return false;
  if (filter.articleId && row.article.id !== filter.articleId) return false;
  if (filter.outlet && row.article.outlet !== filter.outlet) return false;
  if (filter.lang && row.article.lang !== filter.lang) return false;
  const date = row.statedOn ?? row.article.publishedAt;
  if (filter.from && (!date || date < filter.from)) return false;
  if (filter.to && (!date || date > filter.to)) return false;
  return !filter.q;
}

export function ReviewQueue({
  initialRows,
  levels,
  live,
  filter,
  liveSince,
}: {
  initialRows: ClaimRow[];
  levels: RatingLevelView[];
  live: boolean;
  filter: Omit<FilterParams, "sort" | "cursor">;
  liveSince: string;
}) {
  const [rows, setRows] = useState<Row[]>(initialRows);
  // the feed starts where the first render's data ends; later refreshes do not reconnect it
  const [firstLiveSince] = useState(liveSince);
  const [selected, setSelected] = useState(0);
  const tableRef = useRef<HTMLTableElement>(null);
  const seen = useRef(new Set(initialRows.map((row) => row.id)));
  const searchParams = useSearchParams();
  const filterHref = (key: "speakerId" | "articleId", value: string) => {
    const next = new URLSearchParams(searchParams.toString());
    next.set(key, value);
    next.delete("cursor");
    return `/queue?${next}`;
  };
  const statusCounts = useStatusCounts();
  const { message } = useReviewKeys({
    claims: rows,
    setClaims: setRows,
    levels,
    selected,
    setSelected,
    onStatusChange: statusCounts?.moved,
  });

  useLiveClaims({
    enabled: live,
    since: firstLiveSince,
    onClaims: (incoming) => {
      const fresh = incoming.filter((row) => !seen.current.has(row.id));
      for (const row of fresh) seen.current.add(row.id);
      // counted by the server already if stored before the page read its data
      const since = new Date(firstLiveSince).getTime();
      for (const row of fresh)
        if (row.createdAt.getTime() > since && matches(row, { ...filter, status: undefined }))
          statusCounts?.added(row.status);
      const shown = fresh.filter((row) => matches(row, filter)).map((row) => ({ ...row, fresh: true }));
      if (shown.length === 0) return;
      setRows((current) => [...shown.reverse(), ...current]);
      setSelected((s) => (rows.length === 0 ? 0 : s + shown.length));
    },
  });

  useEffect(() => {
    tableRef.current?.querySelector(`tr[data-index="${selected}"]`)?.scrollIntoView({ block: "nearest" });
  }, [selected]);

  if (rows.length === 0) {
    return (
      <p className="panel muted">
        No claims match these filters. New claims appear here as they are extracted.
      </p>
    );
  }
  return (
    <>
      <table className="claims" ref={tableRef} aria-label="Claims" data-testid="queue">
        <thead>
          <tr>
            <th scope="col">Status</th>
            <th scope="col">Speaker</th>
            <th scope="col">Claim</th>
            <th scope="col">Article</th>
            <th scope="col">Said on</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr
              key={row.id}
              data-index={index}
              data-claim-id={row.id}
              aria-selected={index === selected}
              className={row.fresh ? "fresh" : undefined}
              onClick={() => setSelected(index)}
            >
              <td>
                <StatusBadge status={row.status} />{" "}
                <VerdictLabel verdictKey={row.verdictKey} levels={levels} />
              </td>
              <td>
                {row.speaker ? (
                  <>
                    <Link prefetch={false} href={`/speakers/${row.speaker.id}`}>
                      <bdi>{row.speaker.name}</bdi>
                    </Link>
                    <FilterLink href={filterHref("speakerId", row.speaker.id)} what="speaker" />
                  </>
                ) : (
                  <span className="muted">unknown</span>
                )}
              </td>
              <td>
                <ClaimSnippetLink claim={row} />
                <span className="small muted">{KIND_LABELS[row.kind]}</span>
              </td>
              <td className="small">
                <Link prefetch={false} href={`/articles/${row.article.id}#claim-${row.id}`}>
                  <bdi>{row.article.title ?? "Untitled article"}</bdi>
                </Link>
                <FilterLink href={filterHref("articleId", row.article.id)} what="article" />
                <div className="muted">
                  <bdi>{row.article.outlet ?? ""}</bdi> {row.article.lang ? `· ${row.article.lang}` : ""}
                </div>
              </td>
              <td className="small mono nowrap">{formatDate(row.statedOn ?? row.article.publishedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="small muted">
        <kbd>j</kbd>/<kbd>k</kbd> move · <kbd>v</kbd> verify · <kbd>x</kbd> reject · <kbd>n</kbd> needs work ·{" "}
        <kbd>1</kbd>–<kbd>5</kbd> verdict and next · <kbd>o</kbd> open · <kbd>l</kbd> link · <kbd>?</kbd> all
        keys
      </p>
      {message && (
        <div className="toast" role="status">
          {message}
        </div>
      )}
    </>
  );
}

/** The ⊂ link beside a speaker or article that narrows the queue to its claims. */
function FilterLink({ href, what }: { href: string; what: "speaker" | "article" }) {
  return (
    <Link prefetch={false} className="filter-link" href={href} title={`Only this ${what}`}>
      <span aria-hidden="true">⊂</span>
      <span className="visually-hidden">only this {what}'s claims</span>
    </Link>
  );
}
