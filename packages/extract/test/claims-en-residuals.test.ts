import { describe, expect, it } from "vitest";
import { englishOn, said } from "./english.ts";

// Sentence shapes behind the residual errors of the fitted English sets, each written as a made-up
// paragraph; no text here comes from a fixture. 2026-11-30 is a Monday.
const run = englishOn("2026-11-30");

describe("English passives with a negation or an adverb inside", () => {
  it("gives no claim to the one who 'was never told' or 'were not warned' something", () => {
    const claims = run(
      "The harbour master was never told that the breakwater had shifted. " +
        "Tenants were not warned that the lifts would close for a month. " +
        "Ada Brill, a ward nurse, said she was also told that the ward would shut.",
    );
    expect(said(claims, "breakwater")).toBeUndefined();
    expect(said(claims, "lifts would close")).toBeUndefined();
    const brill = claims.filter((c) => c.content.text.includes("ward would shut"));
    expect(brill).toHaveLength(1);
    expect(brill[0]?.speaker.name).toBe("Ada Brill");
    expect(brill[0]?.content.text).toBe("she was also told that the ward would shut");
  });
});

describe("English hearer, then a clause of its own before a later 'that'", () => {
  it("starts the content at the subject after the hearer ('told a tribunal she was never warned that …')", () => {
    const claims = run(
      "The former head of the port authority has told a tribunal she was never warned that the pier was unsafe. " +
        "Coach Lena Marsh told reporters he believed that the squad was ready.",
    );
    expect(said(claims, "pier was unsafe")?.content.text).toBe(
      "she was never warned that the pier was unsafe",
    );
    expect(said(claims, "squad was ready")?.content.text).toBe("he believed that the squad was ready");
  });
});

describe("English speakers described by a restrictive clause with a name inside", () => {
  it("takes 'The company that ran Harbour Point' and 'The man who founded Acme Foods' as the speaker, not the name", () => {
    const claims = run(
      "The company that ran Harbour Point marina has told investors it expects a loss this year. " +
        "The man who founded Acme Foods said the brand would survive.",
    );
    const company = said(claims, "expects a loss");
    expect(company?.speaker.mention?.text).toBe("The company that ran Harbour Point marina");
    expect(company?.speaker.name).not.toContain("Harbour Point");
    const man = said(claims, "brand would survive");
    expect(man?.speaker.mention?.text).toBe("The man who founded Acme Foods");
    expect(man?.speaker.name).not.toContain("Acme");
  });
});

describe("English delayed identification across a paragraph with no claim", () => {
  it("names the lede's former chief executive after the person the next paragraph opens with", () => {
    const claims = run(
      "The former chief executive of the company that operated Westway Buses has told MPs he was never shown the safety audit.\n" +
        "Martin Cole, who ran Westway Buses from 2018 until 2024, was giving evidence to the transport committee on Monday.\n" +
        "Mr Cole said the audit had been filed with the wrong department.",
    );
    expect(said(claims, "safety audit")?.speaker.name).toBe("Martin Cole");
    expect(said(claims, "wrong department")?.speaker.name).toBe("Martin Cole");
  });

  it("leaves the lede's role unnamed when the paragraph between opens with someone else", () => {
    const claims = run(
      "A senior minister has said the budget will be delayed.\n" +
        "The finance committee met on Monday to review the accounts.\n" +
        "Jane Roe, a backbench MP, said the delay was a scandal.",
    );
    expect(said(claims, "budget will be delayed")?.speaker.name).not.toBe("Jane Roe");
  });
});

describe("English linking word before an interrupting speaker", () => {
  it("reads 'Still, Lee said, …' and 'However, the mayor said, …' as the content after the speaker", () => {
    const claims = run(
      "Still, Dr Ana Lee said, the findings matched what nurses see on the wards. " +
        "However, the mayor said, the coast road would stay open through the winter.",
    );
    expect(said(claims, "findings matched")?.content.text).toBe(
      "the findings matched what nurses see on the wards",
    );
    expect(said(claims, "coast road")?.content.text).toBe(
      "the coast road would stay open through the winter",
    );
  });
});

describe("English interrupting speaker followed by what the speaker left out", () => {
  it("ends the content before ', but it did not say …' and ', but gave no figures'", () => {
    const claims = run(
      "Farms will be exempt from the new rules, the ministry said in Monday's statement, but it did not say how much water they use. " +
        "Two depots will close next year, the operator said on Tuesday, but gave no figures for job losses.",
    );
    expect(said(claims, "Farms will be exempt")?.content.text).toBe(
      "Farms will be exempt from the new rules",
    );
    expect(said(claims, "Two depots")?.content.text).toBe("Two depots will close next year");
  });
});

describe("English hearer, place and day before a content without 'that'", () => {
  it("starts the content after 'told reporters at City Hall on Thursday' and 'told KTVB 7 on Friday'", () => {
    const claims = run(
      "Councillor Mia Dunn told reporters at City Hall on Thursday the council had broken its promise. " +
        "Sheriff Tom Hale told KTVB 7 on Friday his deputies got two calls about the driver.",
    );
    const dunn = said(claims, "broken its promise");
    expect(dunn?.content.text).toBe("the council had broken its promise");
    expect(dunn?.date).toBe("2026-11-26");
    const hale = said(claims, "two calls");
    expect(hale?.content.text).toBe("his deputies got two calls about the driver");
    expect(hale?.date).toBe("2026-11-27");
  });
});
