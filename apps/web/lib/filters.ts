import { isStatus, type Status } from "./labels";

/** The queue and search filters as they travel in the URL (all optional strings). */
export interface FilterParams {
  status?: Status;
  speakerId?: string;
  articleId?: string;
  outlet?: string;
  lang?: string;
  from?: string;
  to?: string;
  q?: string;
  sort?: "newest" | "oldest";
  cursor?: string;
}

type RawParams = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined): string | undefined => {
  const v = Array.isArray(value) ? value[0] : value;
  const trimmed = v?.trim();
  return trimmed ? trimmed.slice(0, 500) : undefined;
};
const isoDate = (value: string | undefined) =>
  value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined;

export function parseFilterParams(raw: RawParams): FilterParams {
  const status = first(raw.status);
  const sort = first(raw.sort);
  const params: FilterParams = {
    status: isStatus(status) ? status : undefined,
    speakerId: first(raw.speakerId),
    articleId: first(raw.articleId),
    outlet: first(raw.outlet),
    lang: first(raw.lang),
    from: isoDate(first(raw.from)),
    to: isoDate(first(raw.to)),
    q: first(raw.q),
    sort: sort === "oldest" ? "oldest" : "newest",
    cursor: first(raw.cursor),
  };
  return Object.fromEntries(Object.entries(params).filter(([, v]) => v !== undefined)) as FilterParams;
}

/** The data layer's filter (no paging or sorting fields). */
export function claimFilter(params: FilterParams) {
  const { sort: _sort, cursor: _cursor, ...filter } = params;
  return filter;
}

/** A URL for the same page with some parameters changed (undefined removes one). */
export function withParams(
  path: string,
  params: FilterParams,
  changes: Partial<Record<keyof FilterParams, string | undefined>>,
): string {
  const merged: Record<string, string | undefined> = { ...params, ...changes };
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(merged)) if (value) query.set(key, value);
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}
