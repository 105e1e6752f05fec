import { describe, expect, it } from "vitest";
import { englishOn, said } from "./english.ts";

// 2026-11-20 is a Friday
const run = englishOn("2026-11-20");

describe("English news constructions (held-out set H)", () => {
  it("dates a lede with no day by the weekday of the paragraph after it ('was giving evidence on Wednesday')", () => {
    const claims = run(
      "The former head of the harbour trust has told a tribunal that safety checks on the cranes were routinely skipped.\n" +
        "Amos Reed, who ran the trust for six years, was giving evidence on Wednesday at the tribunal in Hull.\n" +
        'Lawyers for the dockers\' union, which brought the case, told the tribunal last week that the trust had ignored "dozens" of complaints.\n' +
        "Mr Reed said he had never seen those complaints.",
    );
    expect(said(claims, "checks on the cranes")?.date).toBe("2026-11-18");
    expect(said(claims, "never seen those complaints")?.date).toBe("2026-11-18");
  });
  it("keeps lowercase particles inside a name ('Lotte van den Berg', 'said Jan de Wet')", () => {
    const claims = run(
      "The chair of the residents' association, Lotte van den Berg, said on Thursday the new rates were unfair.\n" +
        '"We were never consulted," said Jan de Wet, a shop owner.',
    );
    expect(said(claims, "rates were unfair")?.speaker.name).toBe("Lotte van den Berg");
    expect(said(claims, "never consulted")?.speaker.name).toBe("Jan de Wet");
  });
});
