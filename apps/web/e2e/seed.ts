// Test data: the sample Arabic article run through the real rule extractor, plus a short mixed
// Arabic/Latin article with an emoji before its claim (UTF-16 offsets) and hand-made spans.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type Db, saveExtraction, setArticleState, upsertArticle } from "@sayso/db";
import { ruleExtractor } from "@sayso/extract";
import { REPO_DIR } from "./harness.ts";

export const SAMPLE = {
  title: "ساعر: تل أبيب تسعى إلى تعزيز شراكتها الاقتصادية مع كازاخستان",
  outlet: "sample",
  lang: "ar",
  publishedAt: "2025-11-25",
};

export async function seedSampleArticle(
  db: Db,
): Promise<{ articleId: string; text: string; claims: number }> {
  const text = readFileSync(join(REPO_DIR, "fixtures/ar-saar-kazakhstan.txt"), "utf8");
  const { article } = await upsertArticle(db, { ...SAMPLE, text });
  const result = ruleExtractor.extract({ text, lang: SAMPLE.lang, publishedAt: SAMPLE.publishedAt });
  if (result.claims.length < 3)
    throw new Error(`the extractor found only ${result.claims.length} claims in the sample`);
  await saveExtraction(db, article.id, result);
  await setArticleState(db, article.id, "done");
  return { articleId: article.id, text, claims: result.claims.length };
}

/** A second article: an emoji (two UTF-16 code units) and Latin words and digits before the claim. */
export const MIXED_TEXT =
  "🎉 Reuters — 26/11/2025\nوقال ساعر في Astana إن “الشراكة مع كازاخستان ستتضاعف بحلول 2030 في مجالات AI والمياه”، بحسب البيان.";

function span(text: string, part: string, from = 0) {
  const start = text.indexOf(part, from);
  if (start < 0) throw new Error(`"${part}" not in text`);
  return { start, end: start + part.length, text: part };
}

export async function seedMixedArticle(db: Db): Promise<{ articleId: string; content: string }> {
  const text = MIXED_TEXT;
  const { article } = await upsertArticle(db, {
    title: "Mixed: ساعر في Astana",
    outlet: "wire",
    lang: "ar",
    publishedAt: "2025-11-26",
    text,
  });
  const content = "الشراكة مع كازاخستان ستتضاعف بحلول 2030 في مجالات AI والمياه";
  await saveExtraction(db, article.id, {
    extractor: "e2e-hand@1",
    lang: "ar",
    supported: true,
    reason: null,
    claims: [
      {
        speaker: { name: "جدعون ساعر", kind: "person", mention: span(text, "ساعر"), titles: [] },
        cue: span(text, "وقال"),
        content: span(text, content),
        kind: "direct",
        date: "2025-11-26",
        dateSource: null,
        why: "hand-made for the e2e test",
      },
    ],
  });
  return { articleId: article.id, content };
}
