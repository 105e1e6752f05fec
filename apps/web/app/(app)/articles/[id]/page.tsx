import { getArticleView, listRatingLevels } from "@sayso/db/review";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArticleReader } from "@/components/article-reader";
import { Legend } from "@/components/article-text";
import { getDb } from "@/lib/db";
import { formatDate } from "@/lib/labels";
import { requirePageActor } from "@/lib/session";

export const metadata: Metadata = { title: "Article" };

export default async function ArticlePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requirePageActor(`/articles/${encodeURIComponent(id)}`);
  const db = getDb();
  const readAt = new Date().toISOString();
  const [view, levels] = await Promise.all([getArticleView(db, id), listRatingLevels(db)]);
  if (!view) notFound();
  const { article, claims } = view;
  return (
    <main>
      <h1 dir="auto">
        <bdi>{article.title ?? "Untitled article"}</bdi>
      </h1>
      <p className="small muted row">
        {article.outlet && <bdi>{article.outlet}</bdi>}
        <span className="mono">{formatDate(article.publishedAt)}</span>
        <span>lang: {article.lang ?? "unknown"}</span>
        {article.url && /^https?:\/\//i.test(article.url) && (
          <a href={article.url} rel="noreferrer noopener" target="_blank">
            source
          </a>
        )}
        <Link prefetch={false} href={`/queue?articleId=${encodeURIComponent(article.id)}`}>
          claims in the queue
        </Link>
      </p>
      <Legend />
      <ArticleReader
        articleId={article.id}
        text={article.text}
        lang={article.lang}
        initialClaims={claims}
        levels={levels}
        liveSince={readAt}
        ingestState={article.ingestState}
      />
    </main>
  );
}
