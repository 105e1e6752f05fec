import { describe, expect, it } from "vitest";
import { extract } from "../src/index.ts";
import type { ExtractedClaim } from "../src/types.ts";

// 2026-11-18 is a Wednesday
const run = (text: string, publishedAt = "2026-11-18"): ExtractedClaim[] =>
  extract({ text, publishedAt, lang: "en" }).claims;
const said = (claims: ExtractedClaim[], content: string): ExtractedClaim | undefined =>
  claims.find((c) => c.content.text.includes(content));

describe("English news constructions (held-out batch D)", () => {
  it("keeps 'about' before a number as part of the content", () => {
    const claims = run(
      "Harbour Trust chair Nadia Perrin said about 2,300 boats used the marina each summer. She said about a quarter of them came from interstate.",
    );
    expect(said(claims, "boats used")?.content.text).toBe("about 2,300 boats used the marina each summer");
    expect(said(claims, "interstate")?.content.text).toBe("about a quarter of them came from interstate");
  });
  it("leaves the council or the newspaper told out of the content", () => {
    const claims = run(
      "Dairy farmer Owen Pike told the council the new road would cut his farm in two. His daughter told the newspaper she had not been consulted.",
    );
    expect(said(claims, "cut his farm")?.content.text).toBe("the new road would cut his farm in two");
    expect(said(claims, "consulted")?.content.text).toBe("she had not been consulted");
  });
});
