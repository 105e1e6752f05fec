import { readFileSync } from "node:fs";
import type { ExportClaim, ExportSpan } from "../src/types.ts";

export const arabicText = readFileSync(
  new URL("../../../fixtures/ar-saar-kazakhstan.txt", import.meta.url),
  "utf8",
);

/** The span of the first occurrence of `needle` in `text` (UTF-16 offsets). */
export function spanOf(text: string, needle: string, from = 0): ExportSpan {
  const start = text.indexOf(needle, from);
  if (start < 0) throw new Error(`"${needle}" not in text`);
  return { start, end: start + needle.length, text: needle };
}

/** A claim on `text` whose content is `content`; everything else can be overridden. */
export function makeClaim(text: string, content: string, overrides: Partial<ExportClaim> = {}): ExportClaim {
  return {
    id: "clm_1",
    articleId: "art_1",
    article: {
      id: "art_1",
      title: "ساعر في كازاخستان",
      url: "https://news.example/ar/saar",
      outlet: "Example News",
      lang: "ar",
      publishedAt: "2025-11-25",
      textLength: text.length,
      text,
    },
    speaker: { id: "spk_1", name: "جدعون ساعر", kind: "person" },
    mention: null,
    cue: null,
    content: spanOf(text, content),
    kind: "direct",
    statedOn: "2025-11-25",
    statedOnText: "الثلاثاء",
    status: "verified",
    verdict: null,
    verdictNote: null,
    reviewer: "Rana Reviewer",
    reviewedAt: "2025-11-26T09:30:00.000Z",
    extractor: { name: "sayso-rules", version: "0.1.0" },
    links: [],
    ...overrides,
  };
}

/** The sample article's first gold claim: indirect, with mention and cue spans. */
export function saarClaim(overrides: Partial<ExportClaim> = {}): ExportClaim {
  return makeClaim(arabicText, "رغبة تل أبيب في تعزيز شراكتها الاقتصادية مع كازاخستان", {
    mention: spanOf(arabicText, "وزير الخارجية الإسرائيلي جدعون ساعر"),
    cue: spanOf(arabicText, "أعلن"),
    kind: "indirect",
    ...overrides,
  });
}
