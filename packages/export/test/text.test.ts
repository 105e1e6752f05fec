import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CodePointCounter, codePointIndex, quoteContext, splitsSurrogatePair } from "../src/text.ts";

describe("code point offsets", () => {
  it("an emoji before a span shifts UTF-16 offsets but not code points", () => {
    const text = "🇵🇸 👍 قال: نعم";
    const start = text.indexOf("نعم");
    expect(start).toBe(13); // flag: 2 code points, 4 units; space; thumbs up: 1 point, 2 units; space; "قال: "
    expect(codePointIndex(text, start)).toBe(10);
    expect(Array.from(text).slice(10, 13).join("")).toBe("نعم");
  });

  it("Arabic text (all in the BMP) has the same offsets in both units", () => {
    const text = "قال الوزير إن «الاقتصاد ينمو»";
    for (let i = 0; i <= text.length; i++) expect(codePointIndex(text, i)).toBe(i);
  });

  it("refuses an offset inside a surrogate pair or outside the text", () => {
    const text = "a😀b";
    expect(splitsSurrogatePair(text, 2)).toBe(true);
    expect(() => codePointIndex(text, 2)).toThrow(/surrogate pair/);
    expect(() => codePointIndex(text, 5)).toThrow(/outside/);
    expect(() => codePointIndex(text, -1)).toThrow(/outside/);
  });

  it("matches Array.from for any text and boundary, in any query order", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), fc.array(fc.nat()), (text, picks) => {
        const boundaries = [...Array(text.length + 1).keys()].filter((i) => !splitsSurrogatePair(text, i));
        const counter = new CodePointCounter(text);
        for (const pick of picks) {
          const i = boundaries[pick % boundaries.length] ?? 0;
          expect(counter.codePointIndex(i)).toBe(Array.from(text.slice(0, i)).length);
        }
      }),
    );
  });
});

describe("quoteContext", () => {
  it("takes at most 32 code points each side without splitting an emoji", () => {
    const before = `${"x".repeat(40)}${"😀".repeat(31)}`;
    const text = `${before}[quote]😀${"y".repeat(40)}`;
    const start = before.length;
    const context = quoteContext(text, start, start + "[quote]".length);
    expect(Array.from(context.prefix)).toHaveLength(32);
    expect(context.prefix).toBe(`x${"😀".repeat(31)}`);
    expect(context.suffix).toBe(`😀${"y".repeat(31)}`);
    expect(context.codePointStart).toBe(71);
    expect(context.codePointEnd).toBe(78);
  });

  it("is short at the edges of the text", () => {
    const context = quoteContext("قال نعم", 4, 7);
    expect(context).toEqual({ prefix: "قال ", suffix: "", codePointStart: 4, codePointEnd: 7 });
  });

  it("refuses a reversed span", () => {
    expect(() => quoteContext("abc", 2, 1)).toThrow(/ends before/);
  });
});
