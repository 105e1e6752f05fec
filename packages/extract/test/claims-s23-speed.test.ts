// Session 23 (speed): helpers made faster without changing what they return.
import { describe, expect, it } from "vitest";
import { lowercase } from "../src/text/chars.ts";
import { forgetWords } from "../src/text/word-memo.ts";

describe("lowercase, no longer remembered per article", () => {
  it("gives toLowerCase of slices of a two-byte text, the same word again and after the article is forgotten", () => {
    const text = "“Mayor Ilse Varnholt SAID the Ferry would run,” Varnholt said. İstanbul ÉTÉ Straße 𝐀B";
    const words = text.split(/\s+/).map((w) => text.slice(text.indexOf(w), text.indexOf(w) + w.length));
    for (let round = 0; round < 3; round++) {
      for (const w of words) expect(lowercase(w)).toBe(w.toLowerCase());
      forgetWords();
    }
  });
  it("returns the very string when nothing would change", () => {
    const word = "ferry-run’s";
    expect(lowercase(word)).toBe(word);
  });
});
