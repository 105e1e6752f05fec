// Builders for the review data-layer tests: articles whose claims point at real spans of their text.
import type { Db } from "../src/client.ts";
import { foldText, speakerNameKey } from "../src/fold.ts";
import { sha256Hex } from "../src/hash.ts";
import type { Actor } from "../src/review/index.ts";

export interface ClaimSpec {
  content: string;
  speaker?: string;
  status?: "unreviewed" | "verified" | "rejected" | "needs_work";
  statedOn?: string;
  createdAt?: Date;
}

export interface ArticleSpec {
  title?: string;
  outlet?: string;
  lang?: string;
  publishedAt?: string;
  /** plain text and claims, concatenated in order */
  parts: (string | ClaimSpec)[];
  createdAt?: Date;
}

export async function speakerNamed(db: Db, name: string) {
  const nameKey = speakerNameKey(name);
  return db.speaker.upsert({ where: { nameKey }, update: {}, create: { name, nameKey, kind: "person" } });
}

/** Creates the article and its claims; returns ids in the order the claims appear. */
export async function seedArticle(
  db: Db,
  spec: ArticleSpec,
): Promise<{ articleId: string; claimIds: string[]; text: string }> {
  let text = "";
  const claims: (ClaimSpec & { start: number; end: number })[] = [];
  for (const part of spec.parts) {
    if (typeof part === "string") text += part;
    else {
      claims.push({ ...part, start: text.length, end: text.length + part.content.length });
      text += part.content;
    }
  }
  const article = await db.article.create({
    data: {
      title: spec.title ?? null,
      outlet: spec.outlet ?? null,
      lang: spec.lang ?? null,
      publishedAt: spec.publishedAt ? new Date(`${spec.publishedAt}T00:00:00Z`) : null,
      text,
      textSha256: sha256Hex(text),
      ingestState: "done",
    },
  });
  const claimIds: string[] = [];
  for (const c of claims) {
    const speaker = c.speaker ? await speakerNamed(db, c.speaker) : null;
    const created = await db.claim.create({
      data: {
        articleId: article.id,
        speakerId: speaker?.id ?? null,
        contentStart: c.start,
        contentEnd: c.end,
        contentText: c.content,
        contentNorm: foldText(c.content),
        kind: "direct",
        status: c.status ?? "unreviewed",
        statedOn: c.statedOn ? new Date(`${c.statedOn}T00:00:00Z`) : null,
        extractorName: "test",
        extractorVersion: "1",
        createdAt: c.createdAt ?? spec.createdAt ?? new Date(),
      },
    });
    claimIds.push(created.id);
  }
  return { articleId: article.id, claimIds, text };
}

export async function createReviewer(db: Db, name = "Rana Reviewer"): Promise<Actor> {
  const user = await db.user.create({
    data: { email: `${name.replace(/\W+/g, ".").toLowerCase()}@example.org`, name, role: "reviewer" },
  });
  return { id: user.id, name: user.name, role: "reviewer" };
}
