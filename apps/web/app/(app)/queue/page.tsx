import { countClaimsByStatus, listClaims, listFacets, listRatingLevels } from "@sayso/db/review";
import type { Metadata } from "next";
import Link from "next/link";
import { FilterForm } from "@/components/filter-form";
import { ReviewQueue } from "@/components/review-queue";
import { StatusCountsProvider, StatusTabs } from "@/components/status-counts";
import { getDb } from "@/lib/db";
import { claimFilter, parseFilterParams, withParams } from "@/lib/filters";
import { STATUS_LABELS, STATUSES } from "@/lib/labels";
import { requirePageActor } from "@/lib/session";

export const metadata: Metadata = { title: "Review queue" };

const PAGE_SIZE = 50;

export default async function QueuePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = parseFilterParams(await searchParams);
  await requirePageActor(withParams("/queue", params, {}));
  const db = getDb();
  const readAt = new Date().toISOString();
  const filter = claimFilter(params);
  const { status: _status, ...filterWithoutStatus } = filter;
  const [page, counts, levels, facets] = await Promise.all([
    listClaims(db, filter, {
      cursor: params.cursor ?? null,
      limit: PAGE_SIZE,
      sort: params.sort ?? "newest",
    }),
    countClaimsByStatus(db, filterWithoutStatus),
    listRatingLevels(db),
    listFacets(db),
  ]);
  const first = page.items[0];
  const speakerLabel = params.speakerId
    ? (page.items.find((c) => c.speaker?.id === params.speakerId)?.speaker?.name ?? null)
    : null;
  const articleLabel = params.articleId ? (first?.article.title ?? null) : null;

  return (
    <main>
      <StatusCountsProvider key={JSON.stringify(params)} initial={counts}>
        <h1>Review queue</h1>
        <StatusTabs
          tabs={[
            {
              status: "all",
              label: "All",
              href: withParams("/queue", params, { status: undefined, cursor: undefined }),
              current: !params.status,
            },
            ...STATUSES.map((status) => ({
              status,
              label: STATUS_LABELS[status],
              href: withParams("/queue", params, { status, cursor: undefined }),
              current: params.status === status,
            })),
          ]}
        />
        <FilterForm
          path="/queue"
          params={params}
          facets={facets}
          labels={{ speaker: speakerLabel, article: articleLabel }}
        />
        <ReviewQueue
          key={JSON.stringify(params)}
          initialRows={page.items}
          levels={levels}
          liveSince={readAt}
          live={!params.cursor && (params.sort ?? "newest") === "newest"}
          filter={filter}
        />
        <nav className="pager" aria-label="Pages">
          {params.cursor && (
            <Link prefetch={false} href={withParams("/queue", params, { cursor: undefined })}>
              « First page
            </Link>
          )}
          {page.nextCursor && (
            <Link
              prefetch={false}
              href={withParams("/queue", params, { cursor: page.nextCursor })}
              rel="next"
            >
              Next page »
            </Link>
          )}
        </nav>
      </StatusCountsProvider>
    </main>
  );
}
