// Arabic reviewer probe ar4 (speaker naming): military ranks, church titles, bodies known by acronym and a
// quote-first speaker with a place after him. Made-up sentences, one rule each.
import { describe, expect, it } from "vitest";
import { run } from "./arabic.ts";

describe("church titles before a name", () => {
  it("reads «البطريرك» and «الكاردينال» as titles, the name after them the speaker", () => {
    const [a, b] = run(
      "وأكد البطريرك يوحنا العاشر أن الكنيسة باقية. وقال الكاردينال ميشال صباغ إن الفاتيكان يتابع الأوضاع.",
    );
    expect([a?.speaker.name, a?.content.text, b?.speaker.name, b?.content.text]).toEqual([
      "يوحنا العاشر",
      "الكنيسة باقية",
      "ميشال صباغ",
      "الفاتيكان يتابع الأوضاع",
    ]);
  });
});
