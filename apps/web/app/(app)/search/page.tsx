import { listFacets, listRatingLevels, search } from "@sayso/db/review";
import type { Metadata } from "next";
import Link from "next/link";
import { ClaimSnippetLink } from "@/components/claim-snippet-link";
import { FilterForm } from "@/components/filter-form";
import { Highlighted } from "@/components/highlighted";
import { StatusBadge, VerdictLabel } from "@/components/status-badge";
import { getDb } from "@/lib/db";
import { claimFilter, parseFilterParams, withParams } from "@/lib/filters";
import { formatDate } from "@/lib/labels";
import { directionOf } from "@/lib/segments";
import { requirePageActor } from "@/lib/session";

export const metadata: Metadata = { title: "Search" };

export default async function SearchPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const params = parseFilterParams(await searchParams);
  await requirePageActor(withParams("/search", params, {}));
  const db = getDb();
  const { q, ...filter } = claimFilter(params);
  const [result, facets, levels] = await Promise.all([
    q ? search(db, { q, filter, cursor: params.cursor ?? null }) : Promise.resolve(null),
    listFacets(db),
    listRatingLevels(db),
  ]);

  return (
    <main>
      <h1>Search</h1>
      <FilterForm path="/search" params={params} facets={facets} labels={{}} withQuery />
      {!result && (
        <p className="muted">
          Words are matched with Arabic letter variants and diacritics folded (أ/إ/ا, ة/ه, ى/ي).
        </p>
      )}
      {result && result.articles.length > 0 && (
        <section>
          <h2>Articles</h2>
          <ul data-testid="article-hits">
            {result.articles.map((article) => (
              <li key={article.id}>
                <Link prefetch={false} href={`/articles/${article.id}`}>
                  <bdi>
                    <Highlighted text={article.title ?? "Untitled"} query={q} />
                  </bdi>
                </Link>{" "}
                <span className="small muted">
                  <bdi>{article.outlet ?? ""}</bdi> {formatDate(article.publishedAt)}
                </span>
                <div
                  className="snippet small"
                  dir={directionOf(article.lang)}
                  lang={article.lang ?? undefined}
                >
                  <Highlighted text={article.snippet} query={q} />
                </div>
              </li>
            ))}
          </ul>
        </section>
      )}
      {result && (
        <section>
          <h2>Claims</h2>
          {result.claims.length === 0 ? (
            <p className="muted">No claims match.</p>
          ) : (
            <table className="claims" data-testid="claim-hits">
              <tbody>
                {result.claims.map((claim) => (
                  <tr key={claim.id}>
                    <td>
                      <StatusBadge status={claim.status} />{" "}
                      <VerdictLabel verdictKey={claim.verdictKey} levels={levels} />
                    </td>
                    <td>
                      <bdi>{claim.speaker?.name ?? "unknown"}</bdi>
                    </td>
                    <td>
                      <ClaimSnippetLink claim={claim}>
                        <Highlighted text={claim.contentText} query={q} />
                      </ClaimSnippetLink>
                    </td>
                    <td className="small">
                      <Link prefetch={false} href={`/articles/${claim.article.id}#claim-${claim.id}`}>
                        <bdi>{claim.article.title ?? "Untitled"}</bdi>
                      </Link>
                    </td>
                    <td className="mono small nowrap">
                      {formatDate(claim.statedOn ?? claim.article.publishedAt)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {result.nextCursor && (
            <Link prefetch={false} href={withParams("/search", params, { cursor: result.nextCursor })}>
              More results »
            </Link>
          )}
        </section>
      )}
    </main>
  );
}
