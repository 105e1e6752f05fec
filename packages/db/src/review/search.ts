import { articleFilterConditions, articleTextConditions, claimFilterConditions } from "./claim-filter.ts";
import { whereAll } from "./claim-row.ts";
import { type Db, sql } from "./db.ts";
import { parseInput } from "./errors.ts";
import type { ParsedClaimFilter } from "./inputs.ts";
import { type ClaimFilter, claimFilterSchema } from "./inputs.ts";
import { orderFor, pageOfClaims } from "./list-claims.ts";
import { searchWords } from "./search-terms.ts";
import { snippetAround } from "./snippet.ts";
import type { ArticleRef, ClaimRow } from "./types.ts";

export interface ArticleHit extends ArticleRef {
  snippet: string;
}

export interface SearchResult {
  claims: ClaimRow[];
  /** only on the first page (no cursor): the newest matching articles */
  articles: ArticleHit[];
  nextCursor: string | null;
}

const ARTICLE_HITS = 10;
const RECENT_WINDOW = 2000;

type ArticleRecord = ArticleRef & { text: string };
const ARTICLE_COLUMNS = sql`a.id, a.title, a.outlet, a.lang, to_char(a."publishedAt", 'YYYY-MM-DD') AS "publishedAt", a.text`;

/**
 * The newest matching articles (publication date, undated last). Article texts are long, so a
 * common word would make the trigram-index plan recheck thousands of texts; the planner cannot
 * tell (no statistics on values that wide). So first the newest RECENT_WINDOW dated articles are
 * scanned in publication order, which settles common words; only when they hold too few hits does
 * the index plan run, and then the word is rare enough for it to be cheap.
 */
async function articleHits(db: Db, filter: ParsedClaimFilter): Promise<ArticleRecord[]> {
  const recent = await db.$queryRaw<ArticleRecord[]>(sql`
    SELECT ${ARTICLE_COLUMNS} FROM (
      SELECT a.* FROM "Article" a
      WHERE a."publishedAt" IS NOT NULL AND ${whereAll(articleFilterConditions(filter, { text: false }))}
      ORDER BY a."publishedAt" DESC, a.id DESC LIMIT ${RECENT_WINDOW}) a
    WHERE ${whereAll(articleTextConditions(filter))}
    ORDER BY a."publishedAt" DESC, a.id DESC LIMIT ${ARTICLE_HITS}`);
  if (recent.length === ARTICLE_HITS) return recent;
  return db.$queryRaw<ArticleRecord[]>(sql`
    SELECT ${ARTICLE_COLUMNS} FROM "Article" a WHERE ${whereAll(articleFilterConditions(filter))}
    ORDER BY a."publishedAt" DESC NULLS LAST, a.id DESC LIMIT ${ARTICLE_HITS}`);
}

/**
 * Full text over claims and articles. The query is folded like the stored text (Arabic letter
 * variants, diacritics, case) and every word must occur (substring match, served by trigram GIN
 * indexes on Claim.contentNorm and Article.searchNorm). Claims come newest first by cursor, with the
 * review-queue filters; articles (title + text) obey outlet, language, dates, article and speaker.
 */
export async function search(
  db: Db,
  input: { q: string; filter?: ClaimFilter; cursor?: string | null; limit?: number },
): Promise<SearchResult> {
  const filter = parseInput(claimFilterSchema, { ...(input.filter ?? {}), q: input.q });
  const words = searchWords(filter.q);
  if (words.length === 0) return { claims: [], articles: [], nextCursor: null };
  const claimsPage = pageOfClaims(
    db,
    claimFilterConditions(filter),
    { cursor: input.cursor ?? null, limit: input.limit ?? 50 },
    orderFor(filter),
  );
  const articles = input.cursor ? Promise.resolve([]) : articleHits(db, filter);
  const [page, articleRows] = await Promise.all([claimsPage, articles]);
  return {
    claims: page.items,
    articles: articleRows.map(({ text, ...ref }) => ({ ...ref, snippet: snippetAround(`${text}`, words) })),
    nextCursor: page.nextCursor,
  };
}
