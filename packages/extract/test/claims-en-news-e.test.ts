import { describe, expect, it } from "vitest";
import { englishOn, said } from "./english.ts";
import { scoreGold } from "./gold.ts";

// 2026-11-10 is a Tuesday
const run = englishOn("2026-11-10");

describe("English news constructions (held-out batch E)", () => {
  it("reads 'said U.S. tariffs …' as the content, not an inverted 'said U.S.'", () => {
    const claims = run(
      "Trade Minister Olivia Grange, speaking after the vote, said U.S. duties on Jamaican rum would be lifted.",
    );
    expect(said(claims, "duties on Jamaican rum")?.speaker.name).toBe("Olivia Grange");
  });
  it("names a body 'the X Y Alliance' by its own name and lets 'the lobby' speak for the group that spoke", () => {
    const claims = run(
      "According to the National Statistics Bureau, exports fell in May.\nMeanwhile, the Coastal Fisheries Alliance warned that the quota would ruin small boats. In a letter signed by its chairman, Tom Reece, the lobby said it would go to court.",
    );
    expect(said(claims, "ruin small boats")?.speaker.name).toBe("Coastal Fisheries Alliance");
    expect(said(claims, "go to court")?.speaker.name).toBe("Coastal Fisheries Alliance");
  });
  it("takes the whole capitalised name when a long affiliation fills the speaker walk", () => {
    const claims = run(
      "Economist Amina Odhiambo of the Mombasa-based Centre for Coastal Trade Policy said the port fees were too high.",
    );
    expect(said(claims, "port fees")?.speaker.name).toBe("Amina Odhiambo");
  });
  it("names the person in 'The chairperson of the X and Y Committee, Hon. Name, told'", () => {
    const claims = run(
      "The chairperson of the Health and Welfare Committee, Hon. Rose Achieng, told reporters that the report was ready.",
    );
    expect(said(claims, "report was ready")?.speaker.name).toContain("Rose Achieng");
  });
  it("keeps 'and' inside 'the Centers for Disease Control and Prevention'", () => {
    const claims = run(
      "Flu cases doubled in a week, according to the Centers for Disease Control and Prevention.",
    );
    expect(said(claims, "Flu cases doubled")?.speaker.name).toBe(
      "Centers for Disease Control and Prevention",
    );
  });
  it("starts the content after 'told the jury on Monday', not at a 'that' inside a quotation", () => {
    const claims = run(
      'Barrister Anna Hale told the jury on Monday her client "admits that he lied" but denied the fraud. Ms Hale later told ITV\'s "Good Morning Britain" on Friday that she was relieved.',
    );
    expect(said(claims, "admits")?.content.text).toBe('her client "admits that he lied"');
    expect(said(claims, "relieved")?.content.text).toBe("she was relieved");
  });
  it("leaves a bare plural hearer ('told jurors', 'told councillors') out of the content", () => {
    const claims = run(
      "The coroner told jurors the evidence was incomplete. The mayor told councillors the budget was balanced.",
    );
    expect(said(claims, "evidence was")?.content.text).toBe("the evidence was incomplete");
    expect(said(claims, "budget was")?.content.text).toBe("the budget was balanced");
  });
  it("reads '41 confirmed cases' as a count, and ends the content before the speaker line and 'up from …'", () => {
    const claims = run(
      "The mumps outbreak has grown to 17 confirmed cases, the county health department said Monday, up from nine a week earlier.",
    );
    expect(claims.map((c) => c.cue.text)).toEqual(["said"]);
    expect(claims[0]?.content.text).toBe("The mumps outbreak has grown to 17 confirmed cases");
    expect(claims[0]?.date).toBe("2026-11-09");
  });
  it("keeps 'and was asking …' inside the reported clause it continues", () => {
    const claims = run(
      "Principal Jo Marsh told parents on Monday that the boiler had failed and was asking pupils to wear coats.",
    );
    expect(claims).toHaveLength(1);
    expect(claims[0]?.content.text).toBe("the boiler had failed and was asking pupils to wear coats");
  });
  it("reads court, hospital, school and church roles after a modifier as speakers ('The defence barrister said')", () => {
    const claims = run(
      "Fraud trial adjourned\nThe defence barrister said the evidence was thin. The school's principal said the roof was safe. A hospital epidemiologist said cases were falling.",
    );
    expect(said(claims, "evidence was thin")?.speaker.mention?.text).toBe("The defence barrister");
    expect(said(claims, "roof was safe")?.speaker.mention?.text).toBe("The school's principal");
    expect(said(claims, "cases were falling")?.speaker.mention?.text).toBe("A hospital epidemiologist");
  });
  it("names 'Hon. Name' and 'Name KC' without the honorific and the post-nominal letters", () => {
    const claims = run(
      "Majority Whip Hon. Agnes Chebet said the vote would go ahead. Defence counsel Paul Grady KC said his client was innocent.",
    );
    expect(said(claims, "vote would")?.speaker.name).toBe("Agnes Chebet");
    expect(said(claims, "client was")?.speaker.name).toBe("Paul Grady");
  });
});

describe("the English held-out articles of batch E (fixtures/en-heldout-e)", () => {
  // unseen (English rules of branch wt-q2 at 5a926c0, gold committed first in 6f41310): 57 of 59 matched
  // (68 predicted), names 0.93, dates 0.91
  it("finds, names and dates the claims (at least as well as after the batch-E rules)", () => {
    const t = scoreGold("en-heldout-e");
    expect(t.matched).toBeGreaterThanOrEqual(59);
    expect(t.predicted).toBeLessThanOrEqual(66);
    expect(t.attributed / t.matched).toBeGreaterThanOrEqual(0.98);
    expect(t.datedRight / t.dated).toBeGreaterThanOrEqual(0.97);
  });
});
