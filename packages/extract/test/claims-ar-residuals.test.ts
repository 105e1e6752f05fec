// Arabic shapes behind the residual errors of the fitted held-out sets (batches 1–22): made-up
// sentences, one rule each.
import { describe, expect, it } from "vitest";
import { one } from "./arabic.ts";

describe("an unnamed group and how the outlet reached it", () => {
  it("names «شهود عيان تحدثوا لـ…» by the group; the contact is neither name nor content", () => {
    const c = one("وقال شهود عيان تحدثوا لوكالة الأنباء إن الطريق أغلق منذ الصباح.");
    expect(c && [c.speaker.name, c.content.text]).toEqual(["شهود عيان", "الطريق أغلق منذ الصباح"]);
  });
  it("reads past «التقتهم الصحيفة في …» to the complementizer", () => {
    const c = one('وأكد متسوقون التقتهم "النهار" في السوق الشعبي بأنهم ينتظرون الشاحنات منذ الفجر.');
    expect(c && [c.speaker.name, c.content.text]).toEqual(["متسوقون", "ينتظرون الشاحنات منذ الفجر"]);
  });
});
