import type { Db } from "./client.ts";
import { optionalIsoDate } from "./dates.ts";
import type { Article, IngestState, Prisma } from "./generated/prisma/client.ts";
import { sha256Hex } from "./hash.ts";

export interface ArticleInput {
  title?: string | null;
  outlet?: string | null;
  url?: string | null;
  lang?: string | null;
  /** YYYY-MM-DD */
  publishedAt?: string | null;
  /** Stored exactly as given: spans index into it. */
  text: string;
}

type ArticleWriter = Pick<Prisma.TransactionClient, "article">;

function givenMetadata(input: ArticleInput) {
  const publishedAt = optionalIsoDate(input.publishedAt, "publishedAt");
  const fields = { title: input.title, outlet: input.outlet, url: input.url, lang: input.lang, publishedAt };
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined && v !== null)) as {
    title?: string;
    outlet?: string;
    url?: string;
    lang?: string;
    publishedAt?: Date;
  };
}

/**
 * The article with this exact text (by SHA-256), created if new. For an existing article only the
 * metadata given here (not undefined, not null) is updated; its text and state are left alone.
 */
export async function upsertArticle(
  db: Db | ArticleWriter,
  input: ArticleInput,
): Promise<{ article: Article; created: boolean }> {
  const textSha256 = sha256Hex(input.text);
  const metadata = givenMetadata(input);
  const existing = await db.article.findUnique({ where: { textSha256 } });
  if (existing) return { article: await updateIfChanged(db, existing, metadata), created: false };
  try {
    const article = await db.article.create({ data: { ...metadata, text: input.text, textSha256 } });
    return { article, created: true };
  } catch (error) {
    // someone stored the same text between our read and our write
    if ((error as { code?: string }).code !== "P2002") throw error;
    const raced = await db.article.findUniqueOrThrow({ where: { textSha256 } });
    return { article: await updateIfChanged(db, raced, metadata), created: false };
  }
}

async function updateIfChanged(
  db: ArticleWriter,
  article: Article,
  metadata: ReturnType<typeof givenMetadata>,
): Promise<Article> {
  const changed = Object.entries(metadata).filter(([key, value]) => {
    const current = article[key as keyof Article];
    return current instanceof Date && value instanceof Date
      ? current.getTime() !== value.getTime()
      : current !== value;
  });
  if (changed.length === 0) return article;
  return db.article.update({ where: { id: article.id }, data: Object.fromEntries(changed) });
}

/** Moves an article through queued → processing → done | failed | unsupported; `error` goes to lastError. */
export async function setArticleState(
  db: Db | ArticleWriter,
  articleId: string,
  state: IngestState,
  error: string | null = null,
): Promise<Article> {
  return db.article.update({ where: { id: articleId }, data: { ingestState: state, lastError: error } });
}
