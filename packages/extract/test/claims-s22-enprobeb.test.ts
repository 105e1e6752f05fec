// Session 22 (enprobeb): content edges, cue forms and days met in made-up reports in the styles of Sierra
// Leonean, Bruneian, Maldivian, Virgin Islands and Turks and Caicos outlets. Made-up sentences; none comes
// from a fixture or a probe.
import { describe, expect, it } from "vitest";
import { englishOn } from "./english.ts";

const en = englishOn("2026-11-20");
const contents = (text: string) => en(text).map((c) => [c.cue.text, c.content.text]);

describe("a participle after “and” that shares the passive of the reported clause", () => {
  it("goes on with the words (“would be checked … and sealed again”)", () => {
    expect(
      contents(
        "Headline\nThe engineer said that the pipes would be checked “twice a year” and sealed again where they leak.",
      ),
    ).toEqual([["said", "the pipes would be checked “twice a year” and sealed again where they leak"]]);
    expect(
      contents(
        "Headline\nThe warden said the gates had been locked at dusk and raised again at first light.",
      ),
    ).toEqual([["said", "the gates had been locked at dusk and raised again at first light"]]);
  });
  it("still ends the words at the speaker’s own next act with an object", () => {
    expect(
      contents(
        "Headline\nThe engineer said the pipes would be checked every year and raised concerns about the budget.",
      )[0],
    ).toEqual(["said", "the pipes would be checked every year"]);
  });
});

describe("an inverted “said” before a long title and a Malay name with its styles", () => {
  it("still reads the speaker after the verb (thirteen words)", () => {
    const [c] = en(
      "Headline\nThe new jetty at Kampong Sungai Besar will open before the fasting month, said Minister of Transport Dato Seri Paduka Awang Haji Rosli Hamdan bin Haji Osman Ali.",
    );
    expect([c?.speaker.mention?.text, c?.content.text]).toEqual([
      "Minister of Transport Dato Seri Paduka Awang Haji Rosli Hamdan bin Haji Osman Ali",
      "The new jetty at Kampong Sungai Besar will open before the fasting month",
    ]);
  });
});

describe("“…, according to X” right after X’s words that took the day running on", () => {
  it("goes on with X’s day", () => {
    const claims = en(
      "Headline\nThe harbour master told reporters on Monday that the channel would be dredged.\nHe said two more buoys would be laid before the regatta.\nThe grounded yacht was towed off the reef and is now moored at the fuel dock, according to the harbour master.",
      "2026-11-20",
    );
    expect(claims.map((c) => [c.cue.text, c.date])).toEqual([
      ["told", "2026-11-16"],
      ["said", "2026-11-16"],
      ["according to", "2026-11-16"],
    ]);
  });
});

describe("“and expected to …” inside a reported clause", () => {
  it("goes on with the words after “said in a statement that …”", () => {
    expect(
      contents(
        'Headline\nThe utility said in a Monday statement that crews had isolated the leak and expected to restore the supply "by the weekend," adding that customers should boil water.',
      ),
    ).toEqual([
      ["said", 'crews had isolated the leak and expected to restore the supply "by the weekend,"'],
      ["adding", "customers should boil water"],
    ]);
  });
  it("goes on after a backshifted weak verb of the reported clause (“had found … and expected”)", () => {
    expect(
      contents(
        "Headline\nThe utility said that crews had found the leak and expected to restore the supply by Friday.",
      ),
    ).toEqual([["said", "crews had found the leak and expected to restore the supply by Friday"]]);
  });
});

describe("“was quick to point out”, “was careful to stress”: the verb after “be” and an adjective of manner", () => {
  it("reports with the subject before “was”", () => {
    expect(
      contents(
        "Headline\nThe harbour master was quick to point out, however, that the channel had been dredged in May.",
      ),
    ).toEqual([["was quick to point out", "the channel had been dredged in May"]]);
    expect(
      contents("Headline\nShe was careful to stress that no decision had been taken on the ferry fares."),
    ).toEqual([["was careful to stress", "no decision had been taken on the ferry fares"]]);
  });
});
describe("“was quick to” before a weak verb", () => {
  it("stays no claim when only an object follows (“was quick to dismiss the plan”)", () => {
    expect(contents("Headline\nThe union was quick to dismiss the plan.")).toEqual([]);
  });
});
