import { describe, expect, it } from "vitest";
import { highlightPieces } from "../lib/highlight";

const hits = (text: string, q: string) =>
  highlightPieces(text, q)
    .filter((p) => p.hit)
    .map((p) => p.text);

describe("highlightPieces", () => {
  it("matches Arabic letter variants and diacritics the way search folds them", () => {
    expect(hits("أعلن وزير الخارجية الإسرائيلي", "اسرائيلي")).toEqual(["الإسرائيلي".slice(2)]);
    expect(hits("مدينةٌ جميلة", "مدينه")).toEqual(["مدينةٌ"]);
    expect(hits("قالَ الوزيرُ", "قال الوزير")).toEqual(["قالَ", "الوزيرُ"]);
  });

  it("keeps every character of the text, in order", () => {
    const text = "🎉 Reuters: قال ساعر إن “الشراكة” ستتضاعف";
    const pieces = highlightPieces(text, "reuters الشراكه");
    expect(pieces.map((p) => p.text).join("")).toBe(text);
    expect(pieces.filter((p) => p.hit).map((p) => p.text)).toEqual(["Reuters", "الشراكة"]);
  });

  it("returns the text unmarked when nothing matches or the query is empty", () => {
    expect(highlightPieces("نص", "")).toEqual([{ text: "نص", hit: false }]);
    expect(highlightPieces("نص", "كلمة")).toEqual([{ text: "نص", hit: false }]);
  });
});
