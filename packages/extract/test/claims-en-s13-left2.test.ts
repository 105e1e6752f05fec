import { describe, expect, it } from "vitest";
import { extract } from "../src/index.ts";
import type { ExtractedClaim } from "../src/types.ts";

const run = (text: string, publishedAt = "2026-05-20"): ExtractedClaim[] =>
  extract({ text, lang: "en", publishedAt }).claims;
const speakers = (text: string): (string | null)[] => run(text).map((c) => c.speaker.name);

describe("an opening phrase without its comma is no part of the speaker", () => {
  it("starts the speaker after a time or circumstance phrase", () => {
    expect(speakers("After the briefing the governor said the roads would reopen.")).toEqual(["governor"]);
    expect(speakers("On Thursday the mayor said the pool would close early.")).toEqual(["mayor"]);
    expect(speakers("In a short statement the club said the coach had resigned.")).toEqual(["club"]);
    expect(speakers("Later that week the spokeswoman said the flights were full.")).toEqual(["spokeswoman"]);
    expect(speakers("In Lisbon the minister said the strike was over.")).toEqual(["minister"]);
  });
  it("takes a name after a day's name or a lowercase noun", () => {
    expect(speakers("On Friday Okonjo said the bridge was safe.")).toEqual(["Okonjo"]);
    expect(speakers("After talks Brannigan said a deal was near.")).toEqual(["Brannigan"]);
  });
  it("keeps the content and leaves a subject with its comma alone", () => {
    const [c] = run("During the visit the ambassador said trade would double.");
    expect(c?.speaker.name).toBe("ambassador");
    expect(c?.content.text).toBe("trade would double");
    expect(speakers("Earlier this month the Port Authority said fees would rise.")).toEqual([
      "Port Authority",
    ]);
  });
});

describe("a sent message and a source inside someone's words", () => {
  it("reads a participle after a sent message with modifiers as the sender's words", () => {
    const [c] = run("Teachers sent a brief note claiming the roof was leaking.");
    expect(c?.speaker.name).toBe("Teachers");
    expect(c?.content.text).toBe("the roof was leaking");
    expect(speakers("The union posted a lengthy message saying the talks had failed.")).toEqual(["union"]);
  });
  it("does not read a participle with a plain object after a series of messages", () => {
    expect(run("Rivera posted a series of tweets mocking the senator.")).toEqual([]);
  });
  it("makes no claim of its own of a source that opens someone's reported words", () => {
    const c = run("The sheriff said that, according to witnesses, the driver fled on foot.");
    expect(c.map((x) => x.speaker.name)).toEqual(["sheriff"]);
    const told = run("Organisers told reporters that, according to their count, 9,000 people marched.");
    expect(told.map((x) => x.speaker.name)).toEqual(["Organisers"]);
    // (a source after the content is still its speaker)
    expect(speakers("Exports fell for a third month, according to the statistics office.")).toEqual([
      "statistics office",
    ]);
  });
});

describe("a document described by who put it out speaks for them", () => {
  it("names the publisher, signatories or issuer", () => {
    expect(speakers("The report, published by the Halvard Institute, said rents would climb.")).toEqual([
      "Halvard Institute",
    ]);
    expect(speakers("The statement, issued by the coast guard, said two boats had sunk.")).toEqual([
      "coast guard",
    ]);
    expect(speakers("The open letter, written by retired judges, warned that the bill was unfair.")).toEqual([
      "retired judges",
    ]);
  });
  it("keeps the document when the one named only saw it", () => {
    expect(speakers("The memo, seen by Reuters, said the merger was close.")).toEqual(["memo"]);
  });
});

describe("a body's kind refers back to the one body of that kind named before", () => {
  it("finds the authority for 'the agency' or 'the regulator', and the reserve bank for 'the central bank'", () => {
    expect(
      speakers(
        "The Marine Safety Authority detained the ferry on Sunday.\nThe agency said its hull was cracked.",
      ),
    ).toEqual(["Marine Safety Authority"]);
    expect(
      speakers(
        "The Energy Markets Commission opened an inquiry into the supplier.\nThe regulator said bills had risen too fast.",
      ),
    ).toEqual(["Energy Markets Commission"]);
    expect(
      speakers(
        "The Reserve Bank of Fiji held its rate on Tuesday.\nThe central bank said prices were steady.",
      ),
    ).toEqual(["Reserve Bank of Fiji"]);
  });
  it("does not guess between two bodies of the kind", () => {
    expect(
      speakers(
        "The Marine Safety Authority and the Ports Commission detained the ferry.\nThe regulator said its hull was cracked.",
      ),
    ).toEqual(["regulator"]);
  });
});

describe("a leaked document stays its own speaker", () => {
  it("keeps the letter that was signed by some and seen by a newspaper", () => {
    expect(
      speakers("A draft letter, signed by Peru and Chile and seen by The Times, says the quota would fall."),
    ).toEqual(["draft letter"]);
  });
});
