// Session 18 (fitar): rules for how Arabic news is written, found fitting Arabic batch 31 and the Arabic leftovers
// of 1.62. Made-up sentences; no text here comes from a fixture.
import { describe, expect, it } from "vitest";
import { run } from "./arabic.ts";

// (a Wednesday)
const ar = (text: string) => run(text, "2026-05-06");
const arSpeakers = (text: string) => ar(text).map((c) => [c.speaker.name, c.content.text]);
const names = (text: string) => ar(text).map((c) => c.speaker.name);

describe("a possessive title before a name names the person", () => {
  it("names X in «أمينها العام، X» and «أمينه العام، X»", () => {
    expect(
      names(
        "وأغلقت رابطة الصيادلة أبواب الصيدليات يوم الأحد. وقال أمينها العام، نزار القباني، للصحفيين: «لن نتراجع». وأضاف أن الوزارة «تتجاهل مطالبنا».",
      ),
    ).toEqual(["نزار القباني", "نزار القباني"]);
    expect(
      names("وعقد حزب الوسط مؤتمره السنوي. وقال أمينه العام، سامر الحلبي، إن الحزب «سيشارك في الانتخابات»."),
    ).toEqual(["سامر الحلبي"]);
  });
});
