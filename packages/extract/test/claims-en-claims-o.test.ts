import { describe, expect, it } from "vitest";
import { extract } from "../src/index.ts";

// Made-up sentences for the English claim and date rules fitted after set O.
const run = (text: string, publishedAt = "2026-05-14") =>
  extract({ text, publishedAt, lang: "en" }).claims.map((c) => ({
    mention: c.speaker.mention?.text ?? null,
    cue: c.cue.text,
    content: c.content.text,
    date: c.date,
  }));

describe("English claims fitted after set O", () => {
  it("reads an outlet's own finding ('X understands', 'has learned') as no claim, nor what lies inside it", () => {
    const out = run(
      "The Herald understands the council will announce a new bypass in March. BBC Sport has learned that the club sacked its manager on Monday. The mayor said the plan was sound. Officials understand that the deal is close.",
    );
    expect(out.map((c) => c.cue)).toEqual(["said", "understand"]);
  });
  it("reads 'When asked whether …, X said' as X's answer, not a claim by 'When'", () => {
    const out = run(
      'When asked whether the coach still had the board\'s backing, a club spokesman said: "Absolutely." When asked what she wanted, the striker said she would stay. If asked about the fee, Smith says it was fair.',
    );
    expect(out.map((c) => [c.mention, c.cue])).toEqual([
      ["a club spokesman", "said"],
      ["the striker", "said"],
      ["Smith", "says"],
    ]);
  });
  it("reads a plea in court and a silence with only its topic as no claims", () => {
    const out = run(
      "Jason Reid, from Hull, pleaded not guilty to charges including burglary, threatening behaviour and affray. The club has not commented publicly on the transfer. Her lawyer would not comment on the allegations. The coach said the fee was fair.",
    );
    expect(out.map((c) => c.cue)).toEqual(["said"]);
  });
  it("starts the content after a manner adverb and its colon ('said simply: \"…\"')", () => {
    const out = run(
      'Asked about the winner, the striker said simply: "It went in." Her manager added bluntly: "We were poor."',
    );
    expect(out.map((c) => c.content)).toEqual(['"It went in."', '"We were poor."']);
  });
  it("reads 'warns' before a bare clause as the verb, not a plural noun", () => {
    const out = run("Bus fares soar as union warns drivers are 'at breaking point'\nBody text follows.");
    expect(out.map((c) => [c.mention, c.cue, c.content])).toEqual([
      ["union", "warns", "drivers are 'at breaking point'"],
    ]);
  });
});
