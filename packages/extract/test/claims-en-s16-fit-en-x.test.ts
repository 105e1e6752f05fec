import { describe, expect, it } from "vitest";
import { englishOn, said } from "./english.ts";

// Made-up sentences for the constructions English set X (fixtures/en-heldout-x) showed the rules reading wrong
// (session 16); no text here comes from a fixture. 2026-07-10 is a Friday.
const run = englishOn("2026-07-10");

describe("the East African title 'Eng.' (engineer) before a name", () => {
  it("ends no sentence: the fronted day and the title stay with the claim", () => {
    const c = said(
      run(
        "Water tariffs to rise in August\n" +
          "Speaking to reporters on Thursday, WASAC Chief Executive Eng. Felix Gakuba said the new tariff would fund repairs to old pipes.",
      ),
      "the new tariff",
    );
    expect(c?.speaker.name).toBe("Felix Gakuba");
    expect(c?.speaker.mention?.text).toBe("WASAC Chief Executive Eng. Felix Gakuba");
    expect(c?.date).toBe("2026-07-09");
  });
});

describe("'According to the association, …' in the paragraph right after the association's dated statement", () => {
  it("goes on with that statement's day", () => {
    const claims = run(
      "Coffee growers to get higher prices\n" +
        "The Coffee Growers Association said in a statement on Tuesday that farm-gate prices would rise by 8 per cent.\n" +
        "According to the association, the rise will apply to all grades from next month.",
    );
    expect(said(claims, "the rise will apply")?.date).toBe("2026-07-07");
  });
  it("not when the statement took its day from an occasion told elsewhere", () => {
    const claims = run(
      "Coffee growers to get higher prices\n" +
        "The association met on Tuesday to review prices.\n" +
        "The Coffee Growers Association said in a statement after the meeting that farm-gate prices would rise by 8 per cent.\n" +
        "According to the association, some 40,000 farmers grow coffee in the region.",
    );
    expect(said(claims, "some 40,000 farmers")?.date ?? null).toBeNull();
  });
});
