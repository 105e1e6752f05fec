import { createHash } from "node:crypto";
import type { Db } from "@sayso/db";

/** An emoji first (2 UTF-16 units, 1 code point), Arabic, and CSV-hostile comma, quotes and newline. */
export const ARABIC_TEXT =
  '🔥 عاجل: قال الوزير إن «الأسعار انخفضت بنسبة 5%»، وأضاف أن "الأجور, سترتفع"\nقريبا.';
export const ENGLISH_TEXT = "The ministry said that exports grew. Critics said nothing.";

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

function span(text: string, needle: string) {
  const start = text.indexOf(needle);
  if (start < 0) throw new Error(`"${needle}" not in text`);
  return { start, end: start + needle.length, text: needle };
}

/**
 * Two articles and three claims written with Prisma directly: a verified claim with a verdict,
 * reviewer and link; an unreviewed one; a verified one without verdict in an article with no URL.
 */
export async function seedExportData(db: Db) {
  const reviewer = await db.user.create({
    data: { email: `rev-${Date.now()}@example.org`, name: "Rana Reviewer" },
  });
  await db.ratingLevel.upsert({
    where: { key: "false" },
    update: {},
    create: { key: "false", label: "False", position: 4 },
  });
  const falseLabel = (await db.ratingLevel.findUniqueOrThrow({ where: { key: "false" } })).label;
  const arabic = await db.article.create({
    data: {
      title: "عاجل",
      outlet: "Example News",
      url: "https://news.example/ar/1",
      lang: "ar",
      publishedAt: new Date("2025-11-25T00:00:00Z"),
      text: ARABIC_TEXT,
      textSha256: sha256(ARABIC_TEXT),
      ingestState: "done",
    },
  });
  const english = await db.article.create({
    data: { lang: "en", text: ENGLISH_TEXT, textSha256: sha256(ENGLISH_TEXT), ingestState: "done" },
  });
  const minister = await db.speaker.create({ data: { name: "الوزير", nameKey: "الوزير", kind: "person" } });
  const ministry = await db.speaker.create({
    data: { name: "The ministry", nameKey: "the ministry", kind: "organisation" },
  });

  const claimData = (
    articleId: string,
    text: string,
    content: string,
    extra: { cue?: string; mention?: string } = {},
  ) => {
    const c = span(text, content);
    const cue = extra.cue ? span(text, extra.cue) : null;
    const mention = extra.mention ? span(text, extra.mention) : null;
    return {
      articleId,
      contentStart: c.start,
      contentEnd: c.end,
      contentText: c.text,
      contentNorm: c.text,
      cueStart: cue?.start,
      cueEnd: cue?.end,
      cueText: cue?.text,
      mentionStart: mention?.start,
      mentionEnd: mention?.end,
      mentionText: mention?.text,
      extractorName: "test",
      extractorVersion: "1",
    };
  };

  const prices = await db.claim.create({
    data: {
      ...claimData(arabic.id, ARABIC_TEXT, "الأسعار انخفضت بنسبة 5%", { cue: "قال", mention: "الوزير" }),
      speakerId: minister.id,
      kind: "direct",
      statedOn: new Date("2025-11-25T00:00:00Z"),
      statedOnText: "عاجل",
      status: "verified",
      verdictKey: "false",
      verdictNote: 'Prices rose, "3%"',
      reviewerId: reviewer.id,
      reviewedAt: new Date("2025-11-26T10:00:00Z"),
    },
  });
  const wages = await db.claim.create({
    data: {
      ...claimData(arabic.id, ARABIC_TEXT, "الأجور, سترتفع", { cue: "وأضاف" }),
      speakerId: minister.id,
      kind: "indirect",
    },
  });
  const exports = await db.claim.create({
    data: {
      ...claimData(english.id, ENGLISH_TEXT, "exports grew", { cue: "said", mention: "The ministry" }),
      speakerId: ministry.id,
      kind: "indirect",
      status: "verified",
    },
  });
  await db.claimLink.create({ data: { fromId: prices.id, toId: exports.id, type: "contradicts" } });
  return { arabic, english, prices, wages, exports, reviewer, falseLabel };
}
