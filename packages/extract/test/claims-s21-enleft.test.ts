// Session 21 (enleft): English constructions left by this session's probes. Made-up sentences; none comes
// from a fixture or a probe.
import { describe, expect, it } from "vitest";
import { englishOn } from "./english.ts";

const en = englishOn("2026-11-20");
const who = (text: string) => en(text).map((c) => [c.speaker.name, c.speaker.mention?.text ?? null]);

describe("a press or news release as the subject of “said”", () => {
  it("reads the release like “the statement”", () => {
    expect(who("The press release said the bakery would reopen after the floods.")).toEqual([
      ["press release", "The press release"],
    ]);
  });
  it("speaks for the body named before it", () => {
    expect(
      who(
        "Harlow Mills Ltd cut its night shift on Friday. The news release said 40 jobs would go by spring.",
      ),
    ).toEqual([["Harlow Mills Ltd", "The news release"]]);
  });
});

describe("a “who” clause opening with an auxiliary between the speaker and the verb", () => {
  it("walks over “who was not …” to the head", () => {
    expect(who("A bidder who was not shortlisted said the tender had been rigged.")).toEqual([
      ["bidder who was not shortlisted", "A bidder who was not shortlisted"],
    ]);
  });
  it("walks over “who has lived … for 30 years”", () => {
    const [claim] = en(
      "A fisherman who has worked the bay for 25 years told the inquiry the nets were empty.",
    );
    expect(claim?.speaker.mention?.text).toBe("A fisherman who has worked the bay for 25 years");
    expect(claim?.content.text).toBe("the nets were empty");
  });
  it("does not reach over the modal of another clause", () => {
    expect(
      who("The mayor said tenants who were behind on rent could apply for a hardship plan.").map((w) => w[1]),
    ).toEqual(["The mayor"]);
  });
});

describe("“PRO” (public relations officer) as a title", () => {
  it("is a title before the name", () => {
    expect(who("PRO Abena Quartey said the ferry would resume on Thursday.")).toEqual([
      ["Abena Quartey", "PRO Abena Quartey"],
    ]);
  });
  it("points back to the Public Relations Officer named earlier", () => {
    const claims = en(
      "The Public Relations Officer of the Volta Fire Service, Kofi Mensah-Bonsu, said the blaze started at dawn. " +
        "A trader said she lost everything. The PRO said an inquiry had begun.",
    );
    expect(claims.map((c) => c.speaker.name)).toEqual(["Kofi Mensah-Bonsu", "trader", "Kofi Mensah-Bonsu"]);
  });
});

describe("a country whose name holds “and the” opening a body’s name", () => {
  it("keeps the whole body without brackets after it", () => {
    expect(who("The Saint Vincent and the Grenadines Red Cross said 300 families needed shelter.")).toEqual([
      ["Saint Vincent and the Grenadines Red Cross", "The Saint Vincent and the Grenadines Red Cross"],
    ]);
  });
});

describe("a participle of promising right after a reported clause", () => {
  it("continues the reported clause, not a claim of the speaker", () => {
    const claims = en(
      "Fishermen said the harbour board had moved them to a new jetty in May, promising them free moorings.",
    );
    expect(claims.map((c) => c.cue.text)).toEqual(["said"]);
  });
  it("still reads a participle after the speaker’s own clause", () => {
    expect(
      en("The governor toured the jetty, promising fishermen free moorings.").map((c) => c.cue.text),
    ).toEqual(["promising"]);
  });
});

describe("a verb of expecting or planning after “and” inside a reported clause", () => {
  it("keeps the coordinated verb of the reported subject in the content", () => {
    const [claim] = en(
      "The mayor said the depot had taken delivery of 12 trams and expected six more by July.",
    );
    expect(claim?.content.text).toBe(
      "the depot had taken delivery of 12 trams and expected six more by July",
    );
  });
  it("still ends the content before a verb with its own that-clause", () => {
    const claims = en(
      "The mayor said the depot had taken delivery of 12 trams and warned that fares would rise.",
    );
    expect(claims.map((c) => c.content.text)).toEqual([
      "the depot had taken delivery of 12 trams",
      "fares would rise",
    ]);
  });
});
