// Arabic news read as a careful reviewer reads it (session 8, second round): made-up sentences, one rule each.
import { describe, expect, it } from "vitest";
import { one } from "./arabic.ts";

describe("a family name with the article that folds like a preposition", () => {
  it("reads «وقالت العلي في لقاء …» as the subject: no preposition takes the article", () => {
    const c = one("وقالت العلي في لقاء تلفزيوني إن البلدية ستعيد فتح السوق.");
    expect(c && [c.speaker.name, c.content.text]).toEqual(["العلي", "البلدية ستعيد فتح السوق"]);
  });
});

describe("a ب-object with an indefinite genitive after a family name with the article", () => {
  it("ends the name before «بفتح تحقيق» when the verb takes ب", () => {
    const c = one("وطالبت النائبة ريم الساعدي بسحب ثقة من الحكومة.");
    expect(c && [c.speaker.name, c.content.text]).toEqual(["ريم الساعدي", "بسحب ثقة من الحكومة"]);
  });
});
