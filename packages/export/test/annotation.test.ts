import { describe, expect, it } from "vitest";
import {
  annotations,
  claimToAnnotation,
  toAnnotationCollection,
  toAnnotationLines,
} from "../src/annotation.ts";
import type { ExportClaim } from "../src/types.ts";
import { makeClaim, saarClaim } from "./fixtures.ts";

/** What a W3C consumer does with a TextPositionSelector: index the text by code points. */
function selectByCodePoints(text: string, start: number, end: number): string {
  return Array.from(text).slice(start, end).join("");
}

function selectors(annotation: ReturnType<typeof claimToAnnotation>) {
  const [position, quote] = annotation.target.selector;
  return { position, quote };
}

describe("Web Annotation", () => {
  it("converts UTF-16 offsets to code points when an emoji comes before the claim", () => {
    const text = "🔥🔥 عاجل: قال الوزير إن «الأسعار انخفضت» اليوم";
    const claim = makeClaim(text, "الأسعار انخفضت");
    const { position, quote } = selectors(claimToAnnotation(claim));
    // two emoji: 4 UTF-16 units but 2 code points, so code-point offsets are 2 smaller
    expect(claim.content.start).toBe(26);
    expect(position).toEqual({ type: "TextPositionSelector", start: 24, end: 38 });
    expect(selectByCodePoints(text, 24, 38)).toBe("الأسعار انخفضت");
    expect(quote).toEqual({
      type: "TextQuoteSelector",
      exact: "الأسعار انخفضت",
      prefix: "🔥🔥 عاجل: قال الوزير إن «",
      suffix: "» اليوم",
    });
  });

  it("describes the sample Arabic claim with speaker, tags, verdict and reviewer", () => {
    const claim = saarClaim({ verdict: { key: "misleading", label: "مضلل" }, verdictNote: "السياق ناقص" });
    const annotation = claimToAnnotation(claim);
    expect(annotation["@context"]).toBe("http://www.w3.org/ns/anno.jsonld");
    expect(annotation.id).toBe("urn:sayso:claim:clm_1");
    expect(annotation.type).toBe("Annotation");
    expect(annotation.motivation).toBe("assessing");
    expect(annotation.created).toBe("2025-11-26T09:30:00.000Z");
    expect(annotation.creator).toEqual({ type: "Person", name: "Rana Reviewer" });
    expect(annotation.body).toEqual([
      { type: "TextualBody", purpose: "identifying", value: "جدعون ساعر" },
      { type: "TextualBody", purpose: "tagging", value: "kind:indirect" },
      { type: "TextualBody", purpose: "tagging", value: "status:verified" },
      { type: "TextualBody", purpose: "tagging", value: "statedOn:2025-11-25" },
      { type: "TextualBody", purpose: "assessing", value: "مضلل" },
      { type: "TextualBody", purpose: "commenting", value: "السياق ناقص" },
    ]);
    expect(annotation.target.source).toBe("https://news.example/ar/saar");
    const { position, quote } = selectors(annotation);
    // Arabic is all in the Basic Multilingual Plane: code points equal UTF-16 units here
    expect(position).toEqual({
      type: "TextPositionSelector",
      start: claim.content.start,
      end: claim.content.end,
    });
    const text = claim.article.text ?? "";
    expect(quote).toEqual({
      type: "TextQuoteSelector",
      exact: claim.content.text,
      prefix: text.slice(claim.content.start - 32, claim.content.start),
      suffix: text.slice(claim.content.end, claim.content.end + 32),
    });
    expect((quote as { prefix: string }).prefix.endsWith("ساعر، الثلاثاء، ")).toBe(true);
  });

  it("targets a sayso URN and describes (not assesses) an unreviewed claim", () => {
    const claim = saarClaim({
      status: "unreviewed",
      reviewer: null,
      reviewedAt: null,
      speaker: null,
      article: { ...saarClaim().article, url: null },
    });
    const annotation = claimToAnnotation(claim);
    expect(annotation.motivation).toBe("describing");
    expect(annotation.target.source).toBe("urn:sayso:article:art_1");
    expect(annotation).not.toHaveProperty("creator");
    expect(annotation.body.map((body) => body.value)).toEqual([
      "kind:indirect",
      "status:unreviewed",
      "statedOn:2025-11-25",
    ]);
  });

  it("uses a caller's quote context, and only a quote selector when it has neither context nor text", () => {
    const given = { prefix: "p", suffix: "s", codePointStart: 3, codePointEnd: 7 };
    const base = saarClaim();
    const withoutText: ExportClaim = { ...base, article: { ...base.article, text: undefined } };
    expect(selectors(claimToAnnotation({ ...withoutText, quoteContext: given })).position).toEqual({
      type: "TextPositionSelector",
      start: 3,
      end: 7,
    });
    expect(claimToAnnotation(withoutText).target.selector).toEqual([
      { type: "TextQuoteSelector", exact: base.content.text },
    ]);
  });

  it("refuses a span that does not select the stored content", () => {
    const claim = makeClaim("abc def", "def");
    expect(() => claimToAnnotation({ ...claim, content: { ...claim.content, start: 3 } })).toThrow(
      /does not hold/,
    );
  });

  it("converts many spans of one article in order, reusing one counter", async () => {
    const text = `${"😀 ".repeat(50)}first claim ${"🎉".repeat(10)} second claim`;
    const claims = [
      makeClaim(text, "first claim", { id: "a" }),
      makeClaim(text, "second claim", { id: "b" }),
    ];
    const found: string[] = [];
    for await (const annotation of annotations(claims)) {
      const { start, end } = selectors(annotation).position as { start: number; end: number };
      found.push(selectByCodePoints(text, start, end));
    }
    expect(found).toEqual(["first claim", "second claim"]);
  });

  it("streams JSON lines, or one AnnotationCollection document", async () => {
    const claims = [saarClaim({ id: "a" }), saarClaim({ id: "b" })];
    let lines = "";
    for await (const chunk of toAnnotationLines(claims)) lines += chunk;
    expect(
      lines
        .trimEnd()
        .split("\n")
        .map((line) => JSON.parse(line).id),
    ).toEqual(["urn:sayso:claim:a", "urn:sayso:claim:b"]);
    let document = "";
    for await (const chunk of toAnnotationCollection(claims, { label: "sayso export" })) document += chunk;
    const collection = JSON.parse(document);
    expect(collection["@context"]).toBe("http://www.w3.org/ns/anno.jsonld");
    expect(collection.type).toBe("AnnotationCollection");
    expect(collection.label).toBe("sayso export");
    expect(collection.first.type).toBe("AnnotationPage");
    expect(collection.first.items.map((item: { id: string }) => item.id)).toEqual([
      "urn:sayso:claim:a",
      "urn:sayso:claim:b",
    ]);
    let empty = "";
    for await (const chunk of toAnnotationCollection([])) empty += chunk;
    expect(JSON.parse(empty).first.items).toEqual([]);
  });
});
