// Session 25 (enfit): English set AG's shapes, written as patterns of English news writing. Made-up sentences; none
// comes from a fixture.
import { describe, expect, it } from "vitest";
import { englishOn } from "./english.ts";

const en = englishOn("2026-11-20");
const said = (text: string) => en(text).map((c) => [c.speaker.name, c.content.text]);
const dated = (text: string) => en(text).map((c) => [c.speaker.name, c.date]);

describe("a medium and its day between a verb and a clause without “that”", () => {
  it("is no part of the clause, and dates it", () => {
    const text =
      "Orla Brandt, chair of the Ferry Users Group, said in an interview Wednesday the timetable suits nobody who works shifts.";
    expect(en(text).map((c) => [c.speaker.name, c.content.text, c.date])).toEqual([
      ["Orla Brandt", "the timetable suits nobody who works shifts", "2026-11-18"],
    ]);
  });
});

describe("a document pointed back to right after its writer named it", () => {
  it("speaks for the writer of the claim before, on that claim's day", () => {
    const text =
      "Councillor Ruth Amsel wrote on Facebook on Tuesday night that she would ask for a second vote.\n“The hall belongs to the town. Let the town decide,” the post read.";
    expect(en(text).map((c) => [c.speaker.name, c.content.text, c.date])).toEqual([
      ["Ruth Amsel", "she would ask for a second vote", "2026-11-17"],
      ["Ruth Amsel", "“The hall belongs to the town. Let the town decide,”", "2026-11-17"],
    ]);
    expect(
      said(
        "Dr Karl Weiss said in a written submission to the council that the marsh was drying out.\n“The reeds are gone. The birds will follow,” the submission reads.",
      ),
    ).toEqual([
      ["Karl Weiss", "the marsh was drying out"],
      ["Karl Weiss", "“The reeds are gone. The birds will follow,”"],
    ]);
  });
});

describe("a quotation closed by a pronoun and “posted”", () => {
  it("is the poster's claim", () => {
    expect(
      said(
        "Shop owner Mary Holt wrote on Instagram on Monday that the shop would close for a week.\n“Sorry, all. Back soon with fresh loaves!” she posted.",
      ),
    ).toEqual([
      ["Mary Holt", "the shop would close for a week"],
      ["Mary Holt", "“Sorry, all. Back soon with fresh loaves!”"],
    ]);
  });
});

describe("a weekday and a bare date closing a lede after its verb", () => {
  it("is when, and the words before the comma are the claim", () => {
    const text =
      "Harbour Road will shut to traffic from 1 December while its bridge is rebuilt, the Falkland Islands Government (FIG) announced on Tuesday 17 November.";
    expect(en(text).map((c) => [c.speaker.name, c.content.text, c.date])).toEqual([
      [
        "Falkland Islands Government",
        "Harbour Road will shut to traffic from 1 December while its bridge is rebuilt",
        "2026-11-17",
      ],
    ]);
  });
});

describe("a participle after “but”/“and” that shares a passive before it", () => {
  it("goes on the same clause, no claim of its own", () => {
    expect(
      said(
        "The trust said that moving the market had been weighed but rejected, because traders need the square.",
      ),
    ).toEqual([
      ["trust", "moving the market had been weighed but rejected, because traders need the square"],
    ]);
  });
});

describe("requests that report no words", () => {
  it("asking that a thing go unnamed is a request for anonymity", () => {
    expect(
      said(
        "A clerk at one of the town’s pharmacies, who asked that the shop not be identified, said stocks were low.",
      ),
    ).toEqual([["clerk at one of the town’s pharmacies", "stocks were low"]]);
  });
  it("asking for a thing is a request, not a statement", () => {
    expect(
      said(
        "A clerk at one of the pharmacies said shoppers ask for rye bread “every day” and that she would stock it.",
      ),
    ).toEqual([
      [
        "clerk at one of the pharmacies",
        "shoppers ask for rye bread “every day” and that she would stock it",
      ],
    ]);
  });
  it("urging the hearers a pronoun stands for adds no claim to the message", () => {
    expect(
      said(
        "The Tenants Union told members in an email on Friday that rents would rise and urged them to attend the meeting.",
      ),
    ).toEqual([["Tenants Union", "rents would rise"]]);
  });
});

describe("a relative clause on the source of “according to”", () => {
  it("is the source's claim, and its day is the cited words' too", () => {
    const text =
      "Fishing boats must carry a second radio, according to the Coastguard Agency, which said in an email Wednesday that it had fined no one yet.";
    expect(dated(text)).toEqual([
      ["Coastguard Agency", "2026-11-18"],
      ["Coastguard Agency", "2026-11-18"],
    ]);
    expect(said(text)[1]).toEqual(["Coastguard Agency", "it had fined no one yet"]);
  });
});

describe("a document signed by people and sent to someone", () => {
  it("speaks for those who signed it, not for whom it was sent to", () => {
    expect(
      said("A petition signed by 300 parents and handed to the mayor on Monday says the crossing is unsafe."),
    ).toEqual([["300 parents", "the crossing is unsafe"]]);
  });
});

describe("a shire, a local government", () => {
  it("speaks in a headline and is named by the lede's “Shire of …”", () => {
    const text =
      "Boat ramp ‘too busy to stay free’, shire says\nBy Ana Ruiz\nLaunch fees would start in March under a plan the Shire of Esperance released last week.";
    expect(said(text)).toEqual([["Shire of Esperance", "Boat ramp ‘too busy to stay free’"]]);
  });
});

describe("a body's own document", () => {
  it("speaks for the body", () => {
    const text =
      "The Harwick Town Council voted on Monday to raise parking fees.\nThe council’s draft budget says the car parks lose money every year.";
    expect(said(text)).toEqual([["Harwick Town Council", "the car parks lose money every year"]]);
  });
});

describe("“post” after a determiner and a platform or modifier", () => {
  it("is the noun, and the day after it dates the claim it carries", () => {
    const text =
      "Harbour Kayaks told customers in a Facebook post on Saturday night that the new fees would close the shop.";
    expect(en(text).map((c) => [c.speaker.name, c.cue.text, c.date])).toEqual([
      ["Harbour Kayaks", "told", "2026-11-14"],
    ]);
  });
});

describe("present-tense words between two statements of one speaker dated the same day", () => {
  it("are of that interview too", () => {
    const text =
      "Dune rules tighten, town says\nBy Lee Park\nFri, 20 November 2026\nThe number of cars on the beach would be capped at 40 under a plan the town put out last week.\nHarbour master Ruth Kimber says the ramp is too busy at dawn.\n“We get forty trailers before six,” she says. “Something has to change.”\nMs Kimber told the Gazette on Tuesday the limit would be reviewed in a year.";
    expect(dated(text)).toEqual([
      ["Ruth Kimber", "2026-11-17"],
      ["Ruth Kimber", "2026-11-17"],
      ["Ruth Kimber", "2026-11-17"],
    ]);
  });
});

describe("a word of feeling before a plural of people after “and”", () => {
  it("describes the speakers, as any describing word there does", () => {
    expect(
      said("The ferry was cancelled again on Monday, and angry commuters said nobody had told them."),
    ).toEqual([["angry commuters", "nobody had told them"]]);
  });
});
