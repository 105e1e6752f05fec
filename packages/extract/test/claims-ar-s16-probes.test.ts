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

describe("«المصارف تطالب بـ…» over «اعتبرت جمعية المصارف في لبنان …»: an association's short name in a headline", () => {
  it("speaks as the association the body names", () => {
    const text = [
      "المزارعون يطالبون بتعويضات عاجلة",
      'أكد اتحاد المزارعين في الأردن، في بيان أمس، أن الخسائر "فادحة".',
    ].join("\n");
    expect(run(text).map((c) => c.speaker.name)).toEqual([
      "اتحاد المزارعين في الأردن",
      "اتحاد المزارعين في الأردن",
    ]);
  });
});

describe("«وزارة المالية في حكومة إقليم كوردستان، …»: a body «في» the larger body it belongs to", () => {
  it("keeps the larger body in the speaker's name", () => {
    const [c] = run("وأعلنت وزارة التربية في حكومة الوحدة الوطنية، أمس، أنها ستؤجل الامتحانات.");
    expect([c?.speaker.name, c?.content.text]).toEqual([
      "وزارة التربية في حكومة الوحدة الوطنية",
      "ستؤجل الامتحانات",
    ]);
  });
  it("does not take the body's report for a larger body («في تقرير صدر أمس»)", () => {
    const [c] = run("وأكدت منظمة الصحة العالمية في تقرير صدر أمس أن الإصابات تراجعت.");
    expect(c?.speaker.name).toBe("منظمة الصحة العالمية");
  });
});

describe("«المدير العام لهيئة موانئ ومناطق جيبوتي الحرة، X، أن …»: a ل-body's joined genitives and a place's name", () => {
  it("reads the whole body in the title, and the content after the complementizer", () => {
    const [c] = run(
      'واعتبر المدير العام لهيئة مطارات وموانئ عدن الدولية، سالم أحمد باعوم، أن التوسعة "ضرورية".',
    );
    expect([c?.speaker.name, c?.content.text]).toEqual(["سالم أحمد باعوم", 'التوسعة "ضرورية"']);
  });
});

describe("«وبحسب مدير الشركة، السيد X، فإن …»: the source's name in an apposition before «فإن»", () => {
  it("takes the apposition into the source and starts the content after «فإن»", () => {
    const [c] = run("وبحسب مدير شركة الكهرباء، السيد آدم محمد نور، فإن التيار سيعود مساء اليوم.");
    expect([c?.speaker.name, c?.content.text]).toEqual(["آدم محمد نور", "التيار سيعود مساء اليوم"]);
  });
});
