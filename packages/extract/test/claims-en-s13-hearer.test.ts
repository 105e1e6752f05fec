// Where a hearer ends before reported words with no "that": a capitalised outlet or body, then the words' own
// capitalised subject ("told the BBC Kenya had agreed …"), and a hearer with an "of"-phrase ("told members of
// Congress the plan …"). Made-up sentences.
import { describe, expect, it } from "vitest";
import { englishOn } from "./english.ts";

const en = englishOn("2026-05-20");
const brief = (text: string) => en(text).map((c) => [c.speaker.name, c.cue.text, c.content.text]);

describe("an outlet's or a body's name ends the hearer before a capitalised subject", () => {
  it("keeps the subject in the words after an outlet", () => {
    expect(brief("The minister told the BBC Kenya and Uganda had agreed to share the costs.")).toEqual([
      ["minister", "told", "Kenya and Uganda had agreed to share the costs"],
    ]);
    expect(brief("The minister told CNN Kenya had agreed to share the costs.")).toEqual([
      ["minister", "told", "Kenya had agreed to share the costs"],
    ]);
    expect(brief("The spokesman told Reuters Israel would not attend the talks.")).toEqual([
      ["spokesman", "told", "Israel would not attend the talks"],
    ]);
    expect(brief("The mayor told Sky News London was ready for the games.")).toEqual([
      ["mayor", "told", "London was ready for the games"],
    ]);
    expect(brief("The governor told Fox News Texas will sue.")).toEqual([
      ["governor", "told", "Texas will sue"],
    ]);
    expect(brief("The envoy told Al Jazeera Egypt and Qatar were mediating.")).toEqual([
      ["envoy", "told", "Egypt and Qatar were mediating"],
    ]);
    expect(en("He told The Irish Times Dublin would bid again.")[0]?.content.text).toBe(
      "Dublin would bid again",
    );
    expect(en("He told The New York Times Biden had been briefed.")[0]?.content.text).toBe(
      "Biden had been briefed",
    );
  });
  it("does the same after a body ('told Parliament', 'told the Senate')", () => {
    expect(brief("The minister told Parliament Kenya had agreed to share the costs.")).toEqual([
      ["minister", "told", "Kenya had agreed to share the costs"],
    ]);
    expect(brief("The official told the Senate Republicans would block the bill.")).toEqual([
      ["official", "told", "Republicans would block the bill"],
    ]);
  });
  it("leaves hearers before a lowercase subject or a 'that' as they were", () => {
    expect(brief("The minister told the BBC the plan was dead.")).toEqual([
      ["minister", "told", "the plan was dead"],
    ]);
    expect(brief("The minister told Reuters that Kenya had agreed.")).toEqual([
      ["minister", "told", "Kenya had agreed"],
    ]);
    expect(brief("The coach told ESPN Radio the team was ready.")).toEqual([
      ["coach", "told", "the team was ready"],
    ]);
  });
});

describe("a hearer's 'of'-phrase is no part of the words", () => {
  it("ends the hearer after a capitalised or lowercase 'of'-phrase", () => {
    expect(en("She told members of Congress the plan was dead.")[0]?.content.text).toBe("the plan was dead");
    expect(en("She told leaders of the union the plan was dead.")[0]?.content.text).toBe("the plan was dead");
    expect(brief("The mayor told residents of Springfield the water was safe.")).toEqual([
      ["mayor", "told", "the water was safe"],
    ]);
    expect(brief("The minister told members of parliament the budget would be cut.")).toEqual([
      ["minister", "told", "the budget would be cut"],
    ]);
    expect(brief("The judge told members of the jury they must ignore the remark.")).toEqual([
      ["judge", "told", "they must ignore the remark"],
    ]);
    expect(brief("The governor told leaders of both parties the state would default.")).toEqual([
      ["governor", "told", "the state would default"],
    ]);
    expect(en("He told the families of the victims the inquiry would reopen.")[0]?.content.text).toBe(
      "the inquiry would reopen",
    );
    expect(en("She told the people of Gaza help was coming.")[0]?.content.text).toBe("help was coming");
    expect(en("He told a meeting of the council the budget was short.")[0]?.content.text).toBe(
      "the budget was short",
    );
    expect(en("She told members of Congress Kenya had agreed.")[0]?.content.text).toBe("Kenya had agreed");
  });
  it("keeps 'told members of Congress that …' and 'told of …'", () => {
    expect(en("She told members of Congress that the plan was dead.")[0]?.content.text).toBe(
      "the plan was dead",
    );
    expect(en("He told of the horror he had seen.").length).toBeLessThanOrEqual(1);
    expect(en("He told the story of the war the army had hidden.")[0]?.content.text).toBe(
      "the story of the war the army had hidden",
    );
  });
});
