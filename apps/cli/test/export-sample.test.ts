import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { saveExtraction, upsertArticle } from "@sayso/db";
import { createTestDatabase } from "@sayso/db/testing";
import type { ClaimRecord, WebAnnotation } from "@sayso/export";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// The sample Arabic article and its 24 gold claims, stored the way the worker stores them.
const fixtures = new URL("../../../fixtures/", import.meta.url);
const bin = fileURLToPath(new URL("../bin/sayso.mjs", import.meta.url));

interface GoldSpan {
  text: string;
  span: [number, number];
}
interface GoldClaim {
  speaker: string;
  mention: GoldSpan | null;
  cue: GoldSpan;
  content: GoldSpan;
  date: string | null;
  kind: "direct" | "indirect" | "mixed";
}

const asSpan = (gold: GoldSpan) => ({ start: gold.span[0], end: gold.span[1], text: gold.text });

let testDb: Awaited<ReturnType<typeof createTestDatabase>>;
let text: string;
let gold: GoldClaim[];

beforeAll(async () => {
  text = await readFile(new URL("ar-saar-kazakhstan.txt", fixtures), "utf8");
  gold = JSON.parse(await readFile(new URL("ar-saar-kazakhstan.gold.json", fixtures), "utf8")).claims;
  testDb = await createTestDatabase("sayso_t_export");
  const { article } = await upsertArticle(testDb.db, { text, lang: "ar", publishedAt: "2025-11-25" });
  await saveExtraction(testDb.db, article.id, {
    extractor: "gold@1",
    lang: "ar",
    supported: true,
    reason: null,
    claims: gold.map((claim) => ({
      speaker: {
        name: claim.speaker,
        kind: "person",
        mention: claim.mention && asSpan(claim.mention),
        titles: [],
      },
      cue: asSpan(claim.cue),
      content: asSpan(claim.content),
      kind: claim.kind,
      date: claim.date,
      dateSource: null,
      why: "gold",
    })),
  });
}, 120_000);

afterAll(async () => {
  await testDb?.drop();
});

async function exportAll<T>(format: string): Promise<T[]> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [bin, "export", "--format", format, "--status", "all"],
    {
      env: { ...process.env, DATABASE_URL: testDb.url },
    },
  );
  return stdout
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as T);
}

describe("sayso export on the sample Arabic article", { timeout: 120_000 }, () => {
  it("prints all 24 claims in text order, each with spans that hold in the article", async () => {
    const records = await exportAll<ClaimRecord>("jsonl");
    expect(records).toHaveLength(gold.length);
    expect(records.map((r) => r.content.start)).toEqual(
      gold.map((c) => c.content.span[0]).sort((a, b) => a - b),
    );
    for (const record of records) {
      expect(text.slice(record.content.start, record.content.end)).toBe(record.content.text);
      expect(record.cue && text.slice(record.cue.start, record.cue.end)).toBe(record.cue?.text);
      if (record.mention)
        expect(text.slice(record.mention.start, record.mention.end)).toBe(record.mention.text);
      expect(record.speaker?.name).toBeTruthy();
      expect(record.status).toBe("unreviewed");
      expect(record.extractor).toEqual({ name: "gold", version: "1" });
    }
    expect(records[0]).toMatchObject({
      kind: "indirect",
      statedOn: "2025-11-25",
      speaker: { name: "جدعون ساعر" },
    });
  });

  it("annotates all 24 claims with selectors that find them in the article", async () => {
    const annotations = await exportAll<WebAnnotation>("annotation");
    expect(annotations).toHaveLength(gold.length);
    const codePoints = Array.from(text);
    for (const annotation of annotations) {
      const [position, quote] = annotation.target.selector;
      if (position?.type !== "TextPositionSelector" || quote?.type !== "TextQuoteSelector") {
        throw new Error(`unexpected selectors ${JSON.stringify(annotation.target.selector)}`);
      }
      expect(codePoints.slice(position.start, position.end).join("")).toBe(quote.exact);
      expect(text).toContain(`${quote.prefix ?? ""}${quote.exact}${quote.suffix ?? ""}`);
      expect(annotation.target.source).toMatch(/^urn:sayso:article:/);
    }
  });
});
