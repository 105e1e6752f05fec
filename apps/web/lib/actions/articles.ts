"use server";
import { setArticleState, upsertArticle } from "@sayso/db/articles";
import { enqueueExtract } from "@sayso/queue";
import { redirect } from "next/navigation";
import { z } from "zod";
import { getDb } from "@/lib/db";
import { getExtractQueue } from "@/lib/queue";
import { type ActionResult, field, runAction } from "./run";

const MAX_TEXT = 200_000;

const articleSchema = z.object({
  text: z
    .string()
    .min(20, "The text is too short.")
    .max(MAX_TEXT, "The text is too long for the form; use `sayso enqueue`."),
  title: z.string().max(500).optional(),
  outlet: z.string().max(200).optional(),
  url: z
    .url({ protocol: /^https?$/ })
    .max(2000)
    .optional(),
  lang: z.enum(["ar", "en"]).optional(),
  publishedAt: z.iso.date().optional(),
});

/** Stores an article and queues it for extraction; the article page then shows claims as they land. */
export async function addArticleAction(form: FormData): Promise<ActionResult> {
  let articleId: string | undefined;
  let queued = false;
  const result = await runAction("addArticle", async () => {
    // the text is kept exactly as pasted (spans index into it), apart from Windows line endings
    const rawText =
      typeof form.get("text") === "string" ? (form.get("text") as string).replace(/\r\n?/g, "\n") : "";
    const input = articleSchema.parse({
      text: rawText,
      title: field.text(form, "title"),
      outlet: field.text(form, "outlet"),
      url: field.text(form, "url"),
      lang: field.text(form, "lang"),
      publishedAt: field.text(form, "publishedAt"),
    });
    const db = getDb();
    const { article, created } = await upsertArticle(db, input);
    if (!created && article.ingestState === "failed") await setArticleState(db, article.id, "queued");
    articleId = article.id;
    try {
      const queue = await getExtractQueue();
      await enqueueExtract(queue, {
        articleId: article.id,
        textSha256: article.textSha256,
        requestedBy: "web",
      });
      queued = true;
    } catch (error) {
      console.error(error);
      return "Stored, but the queue (Redis) is unreachable: run `sayso reprocess` once it is back.";
    }
    return created ? "Queued." : "This text was already stored.";
  });
  if (result.ok && articleId && queued) redirect(`/articles/${articleId}`);
  return result;
}
