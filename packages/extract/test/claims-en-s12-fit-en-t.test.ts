import { describe, expect, it } from "vitest";
import { extract } from "../src/index.ts";
import type { ExtractedClaim } from "../src/types.ts";

const run = (text: string, publishedAt = "2026-05-20"): ExtractedClaim[] =>
  extract({ text, lang: "en", publishedAt }).claims;
const speakers = (text: string): (string | null)[] => run(text).map((c) => c.speaker.name);

describe("a company known by its trade ('the carrier', 'the Danish carrier')", () => {
  const story = (lede: string) =>
    [
      "Norvik Line drops Hull from North Sea loop",
      "Swedish carrier says the Hull call will move to Immingham, while the port insists delays are easing",
      lede,
      "In a notice issued on Monday, the Oslo-based carrier said the change would take effect in June.",
      'A spokesperson for Humber Ports UK said the port was "disappointed" by the decision.',
      "The carrier said in its notice that fares would not rise.",
    ].join("\n");
  it("finds the line named in the lede, over a company quoted since", () => {
    expect(speakers(story("Norvik Line will drop Hull from its North Sea service from June."))).toEqual([
      "Norvik Line",
      "Humber Ports UK",
      "Norvik Line",
      // (an unnamed spokesperson is named by its description since session 26)
      "Humber Ports UK spokesperson",
      "Norvik Line",
    ]);
  });
  it("keeps the body's own spelling over a lede's kicker in capitals", () => {
    const names = speakers(story("NORVIK Line will drop Hull from its North Sea service from June."));
    expect(names[2]).toBe("Norvik Line");
    const both = speakers(
      "Norvik Line drops Hull\nNORVIK Line will drop Hull from June.\nThe Oslo-based carrier said fares would not rise.",
    );
    expect(both).toEqual(["Norvik Line"]);
  });
  it("reads a nationality before a company's trade as describing it, not naming another body", () => {
    const c = run(
      "Sakura Motors halted sales of two models on Monday.\nThe company said the fault was minor.\nThe Japanese carmaker said no one had been hurt.",
    );
    expect(c.map((x) => x.speaker.name)).toEqual(["Sakura Motors", "Sakura Motors"]);
  });
});

// Requests stay claims, as in the Arabic gold («دعا X إلى», «طالب بـ») and PolNeAR; the English sets' gold leaves them
// out, a convention split the README's "Rules" notes record.
describe("requests ('urged … to', 'called on … to', 'calls for')", () => {
  it("are claims of their speaker", () => {
    const c = run(
      "Rita Nolan, the opposition's housing spokesperson, called on the minister to resign. " +
        '"Tenants deserve better," she said.',
    );
    expect(c.map((x) => [x.speaker.name, x.cue.text])).toEqual([
      ["Rita Nolan", "called on"],
      ["Rita Nolan", "said"],
    ]);
  });
});

describe("the outlet's own finding, named by whom its sources speak to", () => {
  it("reads 'X understands that …' as no claim when the article's sources told X", () => {
    const text =
      "Port chief Anna Berg told Harbour Review on Monday that rates would fall.\n" +
      "Harbour Review understands that two other lines are reviewing their calls.";
    expect(run(text).map((c) => c.speaker.name)).toEqual(["Anna Berg"]);
  });
  it("still reads another name's 'understands' as its claim", () => {
    const c = run(
      "Port chief Anna Berg told Harbour Review on Monday that rates would fall.\nThe union understands that talks will resume.",
    );
    expect(c.map((x) => x.cue.text)).toEqual(["told", "understands"]);
  });
});

describe("an -ing form inside a compound noun", () => {
  it("reads 'an early warning system' as no cue", () => {
    expect(run("The valley got seven sirens in 2022 as part of an early warning system.")).toEqual([]);
  });
});

describe("'will add' after a comma", () => {
  it("is no inverted cue and no claim: a modal's verb has its subject before it", () => {
    const c = run(
      "The city council has said its new bus network, due to launch in January, will add a line through Elmwood.",
    );
    expect(c.map((x) => [x.speaker.name, x.cue.text])).toEqual([["city council", "has said"]]);
    expect(run("The new ring road, finished last year, will add ten minutes to the school run.")).toEqual([]);
  });
});

describe("two relative-clause claims on one noun ('a move the city says will … but which traders say will …')", () => {
  it("gives each its own subjectless content and the day of the event they are about", () => {
    const c = run(
      "The county board voted on Tuesday to close the Elm Street depot from April 1, a move the county says will save money but which drivers say will lengthen their routes.",
      "2026-11-20",
    );
    expect(c.map((x) => [x.speaker.name, x.cue.text, x.content.text, x.date])).toEqual([
      ["county", "says", "will save money", "2026-11-17"],
      ["drivers", "say", "will lengthen their routes", "2026-11-17"],
    ]);
  });
  it("keeps a relative clause with a subject of its own whole, speaker included", () => {
    const [c] = run("The board approved the merger, which the chairman said he had opposed for years.");
    expect(c?.content.text).toBe("which the chairman said he had opposed for years");
  });
});

describe("a day something runs from ('from March 1', 'until Friday')", () => {
  it("is no day anyone spoke", () => {
    const [c] = run("From March 1, the mayor said, residents will pay for parking.", "2026-11-20");
    expect(c?.date).toBeNull();
  });
});

describe("a body's records and a survey's body", () => {
  const text =
    "Coastal erosion has doubled since 2010, according to a survey by the Department of Coastal Works whose findings were released on Monday.\n" +
    "Tomas Rell, head of the mapping unit at the department, said the worst stretch was near Hollin.\n" +
    "Repairing the Hollin sea wall cost about $40 million, according to department records.";
  it("gives 'department records' to the department named, not to someone who works there", () => {
    expect(speakers(text)).toEqual([
      "Department of Coastal Works",
      "Tomas Rell",
      "Department of Coastal Works",
    ]);
  });
  it("keeps the description when no body of that kind is named", () => {
    expect(speakers("Repairs cost about $40 million, according to police records.")).toEqual([
      "police records",
    ]);
  });
});

describe("'the port' in a standfirst", () => {
  it("is the port's operator the body names later", () => {
    const text = [
      "Norvik Line drops Hull from North Sea loop",
      "Carrier says the call will move to Immingham, while the port insists delays are easing",
      "Norvik Line will drop Hull from its North Sea service from June.",
      'A spokesperson for Humber Ports UK said on Friday the port was "disappointed" by the decision.',
    ].join("\n");
    const port = run(text).find((c) => c.cue.text === "insists");
    expect(port?.speaker.name).toBe("Humber Ports UK");
  });
});

describe("'According to X, …' after X spoke at a dated occasion", () => {
  it("is that occasion's, past a writer's paragraph between", () => {
    const text = [
      "Storm surge maps redrawn",
      "Chief engineer Lena Ortiz told reporters on Tuesday that the sea wall would be raised by a metre.",
      "A storm surge happens when strong winds push sea water onto the land.",
      "According to Ortiz, the work will start in the spring.",
    ].join("\n");
    expect(run(text, "2026-05-21").map((c) => c.date)).toEqual(["2026-05-19", "2026-05-19"]);
  });
  it("leaves a body's figures undated", () => {
    const text =
      "Chief engineer Lena Ortiz told reporters on Tuesday that the sea wall would be raised by a metre.\n" +
      "According to the agency, 4,000 homes lie below the flood line.";
    expect(run(text, "2026-05-21").map((c) => c.date)).toEqual(["2026-05-19", null]);
  });
});

describe("an interview on the sidelines of the story's event", () => {
  it("is the event's day, not an interview of its own", () => {
    const text =
      "The new bridge opened yesterday, with Transport Minister Ana Lutu saying it would cut journeys by an hour.\n" +
      "In an interview on the sidelines of the ceremony, Lutu said a second bridge was planned.\n" +
      "In an interview, the engineer said the steel came from Korea.";
    const dates = run(text, "2026-03-19").map((c) => c.date);
    expect(dates.slice(0, 2)).toEqual(["2026-03-18", "2026-03-18"]);
    expect(dates[2]).toBeNull();
  });
});

describe("a speaker after a sentence's opening participle phrase", () => {
  it("leaves the phrase out of the mention", () => {
    const [c] = run(
      "Presenting the report at the agency's office in Lalitpur, chief surveyor Maya Rai, who led the survey, said the glacier had thinned.",
    );
    expect(c?.speaker.mention?.text).toBe("chief surveyor Maya Rai, who led the survey");
  });
  it("keeps a title's whole list of portfolios", () => {
    const [c] = run(
      "Officially opening the show, Trade, Industry, Tourism and Local Government Minister Dr Ana Kuma said exports were up.",
    );
    expect([c?.speaker.name, c?.speaker.mention?.text]).toEqual([
      "Ana Kuma",
      "Trade, Industry, Tourism and Local Government Minister Dr Ana Kuma",
    ]);
  });
});

describe("an inverted speaker's closing appositive", () => {
  it("is part of the mention", () => {
    const [c] = run(
      '"Buyers are walking away," said Lena Brandt, head of freight research at Hamburg-based Elbe Shipping Advisors.',
    );
    expect([c?.speaker.name, c?.speaker.mention?.text]).toEqual([
      "Lena Brandt",
      "Lena Brandt, head of freight research at Hamburg-based Elbe Shipping Advisors",
    ]);
  });
  it("but not a participle clause after it", () => {
    const [c] = run('"Buyers are walking away," said Lena Brandt, adding that rates would fall.');
    expect(c?.speaker.mention?.text).toBe("Lena Brandt");
  });
});
