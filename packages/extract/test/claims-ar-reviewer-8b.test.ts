// Arabic news read as a careful reviewer reads it (session 8, second round): made-up sentences, one rule each.
import { describe, expect, it } from "vitest";
import { one } from "./arabic.ts";

describe("a family name with the article that folds like a preposition", () => {
  it("reads «وقالت العلي في لقاء …» as the subject: no preposition takes the article", () => {
    const c = one("وقالت العلي في لقاء تلفزيوني إن البلدية ستعيد فتح السوق.");
    expect(c && [c.speaker.name, c.content.text]).toEqual(["العلي", "البلدية ستعيد فتح السوق"]);
  });
});
