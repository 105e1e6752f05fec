// Session 22 (pn): cue shapes PolNeAR dev showed unread. Made-up sentences; no text here comes from a fixture,
// a probe or a corpus.
import { describe, expect, it } from "vitest";
import { englishOn } from "./english.ts";

const en = englishOn("2026-11-30");
const claims = (text: string) => en(text).map((c) => [c.speaker.name, c.cue.text, c.content.text]);

describe("an expectation put as object and infinitive", () => {
  it("reads a pronoun object before the infinitive ('expects them to …')", () => {
    expect(claims("Mr. Orrin Vale expects them to become scarcer over the next decade.")).toEqual([
      ["Orrin Vale", "expects", "them to become scarcer over the next decade"],
    ]);
  });

  it("reads a bare plural object before the infinitive ('expect rates to …')", () => {
    expect(claims("Most mortgage brokers expect rates to fall before the spring.")).toEqual([
      ["Most mortgage brokers", "expect", "rates to fall before the spring"],
    ]);
  });

  it("still reads no claim in an expectation of one's own act or a plain object", () => {
    expect(claims("The ferry company expects to add two routes next year.")).toEqual([]);
    expect(claims("Mr. Orrin Vale expects visitors at the harbour on Sunday.")).toEqual([]);
  });
});

describe("a verb of belief after 'and', with its clause", () => {
  it("reports the clause of the coordinated verb ('… and believes they will …', '… and expects them to …')", () => {
    expect(
      claims("Ms. Petra Lund is wary of the new levy and believes shops will pass it on to buyers."),
    ).toEqual([["Petra Lund", "believes", "shops will pass it on to buyers"]]);
    expect(
      claims("Mr. Orrin Vale is gloomy about ferry fares and expects them to rise again in May."),
    ).toEqual([["Orrin Vale", "expects", "them to rise again in May"]]);
  });

  it("still reads no claim in a coordinated verb of belief without a clause", () => {
    expect(claims("Ms. Petra Lund grew up in the valley and believes in hard work.")).toEqual([]);
    expect(claims("Mr. Orrin Vale sold the boat and expects a quieter summer.")).toEqual([]);
  });
});

describe("a part of a group before the base form ('A majority of voters say …')", () => {
  it("reads 'a majority of', 'a third of', 'a number of' as plural subjects", () => {
    expect(claims("A majority of commuters say the timetable is worse than last year.")).toEqual([
      ["majority of commuters", "say", "the timetable is worse than last year"],
    ]);
    expect(claims("A third of growers believe the frost will cut the harvest.")).toEqual([
      ["third of growers", "believe", "the frost will cut the harvest"],
    ]);
    expect(claims("A number of tenants say the repairs were never finished.")).toEqual([
      ["number of tenants", "say", "the repairs were never finished"],
    ]);
  });

  it("still reads no claim in a singular noun before the base form ('a June report say')", () => {
    expect(claims("A harbour survey show the pier needs repairs.")).toEqual([]);
  });
});
