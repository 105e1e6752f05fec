import { describe, expect, it } from "vitest";
import { extract } from "../src/index.ts";
import type { ExtractedClaim } from "../src/types.ts";

const run = (text: string, publishedAt = "2025-11-26"): ExtractedClaim[] =>
  extract({ text, publishedAt }).claims;
const brief = (c: ExtractedClaim | undefined) =>
  c && {
    speaker: c.speaker.name,
    mention: c.speaker.mention?.text ?? null,
    cue: c.cue.text,
    content: c.content.text,
  };

describe("English cues and content", () => {
  it("reads subject-verb-that with the time words between", () => {
    const [c] = run("Sen. Maria Lopez said on Monday that the budget would pass.");
    expect(brief(c)).toEqual({
      speaker: "Maria Lopez",
      mention: "Sen. Maria Lopez",
      cue: "said",
      content: "the budget would pass",
    });
    expect(c?.speaker.titles).toEqual(["senator"]);
    expect([c?.date, c?.dateSource?.text]).toEqual(["2025-11-24", "Monday"]);
  });
  it("reads inverted order and a quote that runs on after the speaker", () => {
    const [a] = run('"The plan is dead," said John Smith, a spokesman.');
    expect(brief(a)).toMatchObject({ speaker: "John Smith", cue: "said", content: '"The plan is dead,"' });
    const [b] = run("“We have the votes,” Lopez said. “Nobody should doubt it.”");
    expect(b?.content.text).toBe("“We have the votes,” Lopez said. “Nobody should doubt it.”");
    expect(b?.kind).toBe("direct");
  });
  it("keeps a quote spanning sentences as one claim", () => {
    const claims = run("“First point. Second point. Third point,” the governor said.");
    expect(claims).toHaveLength(1);
    expect(claims[0]?.content.text).toBe("“First point. Second point. Third point,”");
  });
  it("reads according to, before and after the content", () => {
    const claims = run(
      "According to the report, unemployment fell.\nPrices rose, according to the Labor Department.",
    );
    expect(claims.map(brief)).toEqual([
      { speaker: "report", mention: "the report", cue: "According to", content: "unemployment fell" },
      {
        speaker: "Labor Department",
        mention: "the Labor Department",
        cue: "according to",
        content: "Prices rose",
      },
    ]);
  });
  it("skips the hearer of told and reads participles and colon introductions", () => {
    const claims = run(
      'Mr. Brown told reporters he would stay, adding that the party was united. He said: "We move on."',
    );
    expect(claims.map(brief)).toEqual([
      { speaker: "Brown", mention: "Mr. Brown", cue: "told", content: "he would stay" },
      { speaker: "Brown", mention: "Mr. Brown", cue: "adding", content: "the party was united" },
      { speaker: "Brown", mention: "He", cue: "said", content: '"We move on."' },
    ]);
  });
  it("reads a quote followed by a speaker line and a transcript label", () => {
    const [line] = run("“We are proud of this city.” ― Jane Doe\n");
    expect(brief(line)).toMatchObject({
      speaker: "Jane Doe",
      cue: "―",
      content: "“We are proud of this city.”",
    });
    const [label] = run("SMITH: We never agreed to that.");
    expect(brief(label)).toMatchObject({ mention: "SMITH", cue: ":", content: "We never agreed to that" });
  });
  it("resolves pronouns and titles to the fullest name", () => {
    const claims = run(
      "Governor Ann Lee spoke in Ohio. Lee said taxes would fall. She added that schools would reopen. The governor said nothing else mattered.",
    );
    expect(claims.map((c) => c.speaker.name)).toEqual(["Ann Lee", "Ann Lee", "Ann Lee"]);
    expect(claims.map((c) => c.speaker.mention?.text)).toEqual(["Lee", "She", "The governor"]);
  });
  it("separates capitalised titles from the name and skips time words before the verb", () => {
    const [a] = run("Senate Minority Leader Mitch Carter said the bill was dead.");
    expect(a && [a.speaker.name, a.speaker.titles]).toEqual(["Mitch Carter", ["Senate Minority Leader"]]);
    const [b] = run("The White House on Tuesday defended the plan, saying it would protect jobs.");
    expect(b && [b.speaker.name, b.speaker.mention?.text, b.date]).toEqual([
      "White House",
      "The White House",
      "2025-11-25",
    ]);
  });
  it("does not take nouns or passives for reporting verbs", () => {
    expect(
      run("The report was released. Critics were told nothing. The 9/11 attacks changed everything."),
    ).toEqual([]);
  });
});
