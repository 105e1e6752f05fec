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
    // (nor, since session 16, to a question raised in public)
    expect(said(claims, "lease deals were legal")).toBeUndefined();
  });
});

describe("English days told relative to another day", () => {
  it("dates what was said 'a day after' a dated event from the day before, and a headline from its statement", () => {
    const claims = run(
      "Brindle shares slump after CEO warns demand is weak\n" +
        "Shares of Brindle Outdoor fell 12% on Friday, a day after its CEO warned investors that demand was weak.\n" +
        '"We see no recovery," CEO Ines Varga said on a call with analysts Thursday.\n' +
        "The strike began on Wednesday, the day after the union said talks had failed.",
    );
    expect(said(claims, "demand was weak")?.date).toBe("2026-12-03");
    expect(said(claims, "demand is weak")?.date).toBe("2026-12-03");
    expect(said(claims, "talks had failed")?.date).toBe("2026-12-01");
  });
  it("reads 'Black Friday' and 'Super Tuesday' as named days, not the week's", () => {
    const claims = run(
      "On Monday, the retailer said prices would not rise before Black Friday. " +
        "The campaign said it would win every state on Super Tuesday.",
    );
    expect(said(claims, "prices would not rise")?.date).toBe("2026-11-30");
    expect(said(claims, "win every state")?.date).toBe("2026-11-30");
  });
});

describe("English pledges and plans inside someone's statement", () => {
  it("gives no claim of its own to 'had promised to …' inside another speaker's content", () => {
    const claims = run(
      'Opposition leader Tara Voss told reporters on Thursday the council had promised to "fix the roads" and had failed. ' +
        'Rep. Ann Lee told the chamber the council was raising fees when it had promised in its 2022 manifesto to "cut costs".',
    );
    expect(claims.filter((c) => c.content.text.startsWith("in its 2022 manifesto"))).toHaveLength(0);
    expect(said(claims, "raising fees")?.speaker.name).toBe("Ann Lee");
    expect(said(claims, "the council had promised")?.speaker.name).toBe("Tara Voss");
    expect(claims.filter((c) => c.content.text.startsWith('to "fix'))).toHaveLength(0);
    const plain = run("The mayor has promised to resign if the vote fails.");
    expect(said(plain, "to resign if")?.speaker.name).toBe("mayor");
  });
});

describe("English newsroom findings without 'that'", () => {
  it("gives no claim to an act inside 'X News has learned the council … asked …'", () => {
    const claims = run(
      "Metro News has learned the council first asked the army for help on Friday, but the request was refused. " +
        "The mayor said the delay cost lives.",
    );
    expect(said(claims, "for help on Friday")).toBeUndefined();
    expect(said(claims, "delay cost lives")?.speaker.name).toBe("mayor");
  });
});

describe("English contents beside a writer's 'as' clause with its own speaker", () => {
  it("ends 'called for funding as the MP said …' before 'as', but not 'as wealthy as X claims' nor ', as X noted,'", () => {
    const claims = run(
      "Housing row deepens\n" +
        "The charity called for emergency funding as the MP said families were living in offices.\n" +
        "Lee said the rules let someone as wealthy as Mr. Hart claims to be pay no tax.\n" +
        "The emails show she kept the schedule even if, as Ms Adair noted at one point, it was tiring.",
    );
    expect(said(claims, "emergency funding")?.content.text).toBe("emergency funding");
    expect(said(claims, "families were living")?.speaker.mention?.text).toBe("the MP");
    expect(said(claims, "someone as wealthy")?.content.text).toContain("pay no tax");
    expect(said(claims, "kept the schedule")?.content.text).toContain("it was tiring");
  });
});
