import type { Facets } from "@sayso/db/review";
import Link from "next/link";
import type { FilterParams } from "@/lib/filters";
import { withParams } from "@/lib/filters";

/** GET form: filters live in the URL, so every view is linkable and the back button works. */
export function FilterForm({
  path,
  params,
  facets,
  labels,
  withQuery = false,
}: {
  path: string;
  params: FilterParams;
  facets: Facets;
  labels: { speaker?: string | null; article?: string | null };
  withQuery?: boolean;
}) {
  return (
    <form className="filters" method="get" action={path}>
      {withQuery && (
        <label>
          Search claims and articles
          <input
            id="search-input"
            type="search"
            name="q"
            defaultValue={params.q ?? ""}
            size={40}
            dir="auto"
            placeholder="e.g. كازاخستان"
          />
        </label>
      )}
      {params.status && <input type="hidden" name="status" value={params.status} />}
      {params.speakerId && <input type="hidden" name="speakerId" value={params.speakerId} />}
      {params.articleId && <input type="hidden" name="articleId" value={params.articleId} />}
      <label>
        Outlet
        <select name="outlet" defaultValue={params.outlet ?? ""}>
          <option value="">All</option>
          {facets.outlets.map((o) => (
            <option key={o.value} value={o.value}>
              {o.value} ({o.articles})
            </option>
          ))}
        </select>
      </label>
      <label>
        Language
        <select name="lang" defaultValue={params.lang ?? ""}>
          <option value="">All</option>
          {facets.langs.map((l) => (
            <option key={l.value} value={l.value}>
              {l.value} ({l.articles})
            </option>
          ))}
        </select>
      </label>
      <label>
        From
        <input type="date" name="from" defaultValue={params.from ?? ""} />
      </label>
      <label>
        To
        <input type="date" name="to" defaultValue={params.to ?? ""} />
      </label>
      <label>
        Sort
        <select name="sort" defaultValue={params.sort ?? "newest"}>
          <option value="newest">Newest first</option>
          <option value="oldest">Oldest first</option>
        </select>
      </label>
      <button className="btn primary" type="submit">
        Apply
      </button>
      {params.speakerId && (
        <span className="chip">
          Speaker: <bdi>{labels.speaker ?? params.speakerId}</bdi>
          <Link
            prefetch={false}
            href={withParams(path, params, { speakerId: undefined, cursor: undefined })}
            aria-label="Remove speaker filter"
          >
            ×
          </Link>
        </span>
      )}
      {params.articleId && (
        <span className="chip">
          Article: <bdi>{labels.article ?? params.articleId}</bdi>
          <Link
            prefetch={false}
            href={withParams(path, params, { articleId: undefined, cursor: undefined })}
            aria-label="Remove article filter"
          >
            ×
          </Link>
        </span>
      )}
    </form>
  );
}
