import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type ClaimSpans, directionOf, paragraphRanges, segmentArticle } from "../lib/segments";

const claim = (
  id: string,
  content: [number, number],
  cue?: [number, number],
  mention?: [number, number],
): ClaimSpans => ({
  id,
  content: { start: content[0], end: content[1] },
  cue: cue ? { start: cue[0], end: cue[1] } : null,
  mention: mention ? { start: mention[0], end: mention[1] } : null,
});

describe("paragraphRanges", () => {
  it("splits on line breaks and drops blank lines", () => {
    const text = "أ ب\n\n  \nج د\n";
    expect(paragraphRanges(text).map((r) => text.slice(r.start, r.end))).toEqual(["أ ب", "ج د"]);
  });
});

describe("segmentArticle", () => {
  it("slices by UTF-16 offsets, so an emoji before a claim does not shift it", () => {
    const text = "🎉 قال ساعر إن “AI 2030”.";
    const start = text.indexOf("AI");
    const end = text.indexOf("”");
    const [paragraph] = segmentArticle(text, [claim("c1", [start, end])]);
    const content = paragraph?.segments
      .filter((s) => s.roles.content.includes("c1"))
      .map((s) => s.text)
      .join("");
    expect(content).toBe("AI 2030");
    expect(start).toBe(text.indexOf("AI")); // "🎉" is two code units: JS strings count the same way
  });

  it("splits overlapping and nested spans at every boundary", () => {
    const text = "وقال الوزير إن الشراكة تنمو";
    const outer = claim("a", [0, text.length], [0, 4], [5, 11]);
    const inner = claim("b", [15, 22]);
    const [paragraph] = segmentArticle(text, [outer, inner]);
    const segments = paragraph?.segments ?? [];
    expect(segments.map((s) => s.text).join("")).toBe(text);
    const shared = segments.find((s) => s.text === "الشراكة");
    expect(shared?.roles.content).toEqual(["a", "b"]);
    expect(segments.find((s) => s.text === "وقال")?.roles).toEqual({
      mention: [],
      cue: ["a"],
      content: ["a"],
    });
    expect(segments.find((s) => s.text === "الوزير")?.roles.mention).toEqual(["a"]);
  });

  it("splits a span that crosses a line break into both paragraphs and leaves out invalid spans", () => {
    const text = "سطر أول\nسطر ثان";
    const paragraphs = segmentArticle(text, [
      claim("x", [4, 11]),
      claim("bad", [5, 99]),
      claim("empty", [3, 3]),
    ]);
    const pieces = paragraphs.flatMap((p) =>
      p.segments.filter((s) => s.roles.content.length).map((s) => s.text),
    );
    expect(pieces).toEqual(["أول", "سطر"]);
    expect(paragraphs.flatMap((p) => p.segments).some((s) => s.roles.content.includes("bad"))).toBe(false);
  });

  it("always reproduces the text and each span exactly (property)", () => {
    const textArb = fc
      .array(fc.constantFrom("ق", "ا", "ل", " ", "A", "7", "🎉", "\n", "،", "“"), {
        minLength: 1,
        maxLength: 60,
      })
      .map((parts) => parts.join(""));
    fc.assert(
      fc.property(
        textArb.chain((text) =>
          fc.tuple(
            fc.constant(text),
            fc.array(fc.tuple(fc.nat(text.length), fc.nat(text.length)), { maxLength: 6 }),
          ),
        ),
        ([text, pairs]) => {
          const claims = pairs.map(([a, b], i) => claim(`c${i}`, [Math.min(a, b), Math.max(a, b)]));
          const paragraphs = segmentArticle(text, claims);
          // every non-blank line is reproduced exactly
          for (const p of paragraphs)
            expect(p.segments.map((s) => s.text).join("")).toBe(text.slice(p.start, p.end));
          // each valid span is covered exactly by its segments, minus line breaks
          for (const c of claims) {
            if (c.content.start >= c.content.end) continue;
            const covered = paragraphs
              .flatMap((p) => p.segments)
              .filter((s) => s.roles.content.includes(c.id))
              .map((s) => s.text)
              .join("");
            const expected = paragraphRanges(text)
              .map((p) => text.slice(Math.max(p.start, c.content.start), Math.min(p.end, c.content.end)))
              .join("");
            expect(covered).toBe(expected);
          }
        },
      ),
    );
  });
});

describe("directionOf", () => {
  it("maps right-to-left languages to rtl", () => {
    expect(directionOf("ar")).toBe("rtl");
    expect(directionOf("ar-EG")).toBe("rtl");
    expect(directionOf("en")).toBe("ltr");
    expect(directionOf(null)).toBe("auto");
  });
});
