import { describe, expect, it } from "vitest";
import { claimToJsonLine, toJsonl } from "../src/jsonl.ts";
import { arabicText, makeClaim, saarClaim } from "./fixtures.ts";

async function collect(chunks: AsyncIterable<string>): Promise<string> {
  let out = "";
  for await (const chunk of chunks) out += chunk;
  return out;
}

describe("JSONL", () => {
  it("writes one object per line with a stable key order", async () => {
    const claims = [
      saarClaim(),
      saarClaim({ id: "clm_2", verdict: { key: "false", label: "خطأ", position: 1 } }),
    ];
    const out = await collect(toJsonl(claims));
    const lines = out.split("\n");
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe("");
    const record = JSON.parse(lines[0] ?? "");
    expect(Object.keys(record)).toEqual([
      "articleId",
      "id",
      "speaker",
      "mention",
      "cue",
      "content",
      "kind",
      "statedOn",
      "statedOnText",
      "status",
      "verdict",
      "verdictNote",
      "reviewer",
      "reviewedAt",
      "links",
      "extractor",
      "article",
    ]);
    expect(JSON.parse(lines[1] ?? "").verdict).toEqual({ key: "false", label: "خطأ" });
  });

  it("keeps Arabic as text and offsets that select the content from the article", () => {
    const line = claimToJsonLine(saarClaim());
    expect(line).toContain("رغبة تل أبيب");
    expect(line).not.toMatch(/\\u06/);
    const record = JSON.parse(line);
    for (const key of ["content", "cue", "mention"]) {
      expect(arabicText.slice(record[key].start, record[key].end)).toBe(record[key].text);
    }
    expect(record.speaker).toEqual({ id: "spk_1", name: "جدعون ساعر", kind: "person" });
    expect(record.kind).toBe("indirect");
    expect(record.statedOn).toBe("2025-11-25");
    expect(record.status).toBe("verified");
  });

  it("round-trips every field except the article text", () => {
    const claim = makeClaim('😀 Minister: «Prices fell, "a lot"»\nnext', 'Prices fell, "a lot"', {
      links: [{ type: "contradicts", toClaimId: "clm_9" }],
      verdictNote: "line one\nline two",
    });
    const record = JSON.parse(claimToJsonLine(claim));
    const { text: _text, textLength: _length, id: _id, ...article } = claim.article;
    expect(record).toEqual({ ...claim, article, quoteContext: undefined });
    expect(claim.article.text?.slice(record.content.start, record.content.end)).toBe(record.content.text);
  });
});
