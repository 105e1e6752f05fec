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

describe("a military rank of two words before a name", () => {
  it("reads «الفريق أول (ركن)» as the rank, the name after it the speaker, also when the rank comes back alone", () => {
    const [a, b, c] = run(
      "وقال الفريق أول ركن سليم العبدالله إن الحدود آمنة. وأضاف الفريق أول أن الدوريات زادت. وقال الفريق نبيل حداد إن التدريب مستمر.",
    );
    expect([a?.speaker.name, a?.content.text, b?.speaker.name, c?.speaker.name, c?.content.text]).toEqual([
      "سليم العبدالله",
      "الحدود آمنة",
      "سليم العبدالله",
      "نبيل حداد",
      "التدريب مستمر",
    ]);
  });
});

describe("a quotation first, then the cue, the speaker and where he is from", () => {
  it("reads «من قرية/مخيم …» after the speaker as his place: the speaker is the name, the quote the content", () => {
    const [a] = run(
      "وعاد الأهالي إلى بيوتهم المدمرة. «خسرنا كل المحصول هذا العام»، يقول الفلاح سعيد النجار من بلدة عبسان.",
    );
    expect([a?.speaker.name, a?.content.text, a?.kind]).toEqual([
      "سعيد النجار",
      "«خسرنا كل المحصول هذا العام»",
      "direct",
    ]);
  });
});

describe("«الإمام» as the subject after the verb", () => {
  it("reads «وقال الإمام إن …» as the imam speaking, not an implicit subject («أمام» still an adjunct)", () => {
    const [a, b] = run("وقال الوزير سامر علي إن الموازنة جاهزة. وأكد الإمام أن صلاة العيد ستقام في الساحة.");
    expect([a?.speaker.name, b?.speaker.name, b?.content.text]).toEqual([
      "سامر علي",
      "الإمام",
      "صلاة العيد ستقام في الساحة",
    ]);
  });
});
