// Arabic probes of session 16: made-up reports in outlets no batch covers (Somali, Djiboutian, Chadian, a Lebanese
// economic paper, Rudaw, Saba, Athir, Echaab, Al-Arab, Libya Observer); one rule each, then the reports whole.
import { describe, expect, it } from "vitest";
import { run } from "./arabic.ts";

describe("«عدد من سكان مدينة سبها»: some of the people of a place named without the article", () => {
  it("keeps the place in the group that speaks", () => {
    const [c] = run("وأكد عدد من سكان بلدة الزاوية أن المياه مقطوعة منذ أسبوع.");
    expect([c?.speaker.name, c?.content.text]).toEqual([
      "عدد من سكان بلدة الزاوية",
      "المياه مقطوعة منذ أسبوع",
    ]);
  });
});

describe("«غير أن عددا من التجار أكدوا أن …»: a counted group in the accusative after «أن»", () => {
  it("reads the group as the subject, named in the nominative", () => {
    const [c] = run('غير أن عددا من التجار أكدوا للصحيفة أن الأسعار "لم تنخفض".');
    expect([c?.speaker.name, c?.cue.text, c?.content.text]).toEqual([
      "عدد من التجار",
      "أكدوا",
      'الأسعار "لم تنخفض"',
    ]);
  });
});
