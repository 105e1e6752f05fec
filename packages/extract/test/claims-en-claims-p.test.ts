import { describe, expect, it } from "vitest";
import { englishOn, said } from "./english.ts";

// Claim rules written for the spurious claims of set P; every text here is made up.
// 2026-12-04 is a Friday
const run = englishOn("2026-12-04");

describe("English data lines after a label and a colon", () => {
  it("reads 'Revenue: $2.3 billion vs. $2.5 billion expected' as a figure, not someone's words", () => {
    const claims = run(
      "Here's how the company did, based on a survey of analysts:\n" +
        "Revenue: $2.3 billion vs. $2.5 billion expected\n" +
        "Margins: 41% vs. 44% expected\n" +
        "Okafor: 5,000 jobs will be cut",
    );
    expect(said(claims, "$2.3 billion")).toBeUndefined();
    expect(said(claims, "41% vs.")).toBeUndefined();
    expect(said(claims, "5,000 jobs will be cut")?.speaker.name).toBe("Okafor");
  });
});

describe("English questions in a clause that leads to the answer or describes the asker", () => {
  it("gives no claim to 'When X asked whether …, Y said' nor to ', who asked whether …'", () => {
    const claims = run(
      "When Citi analyst Mara Lind asked whether stores would close, Oduya said the chain was reviewing leases. " +
        "The reply angered Councillor Bea Hart, who asked why the figures had been withheld. " +
        "Lawmakers also asked whether the lease deals were legal.",
    );
    expect(said(claims, "stores would close")).toBeUndefined();
    expect(said(claims, "reviewing leases")?.speaker.name).toBe("Oduya");
    expect(said(claims, "figures had been withheld")).toBeUndefined();
    expect(said(claims, "lease deals were legal")?.speaker.name).toBe("Lawmakers");
  });
});
