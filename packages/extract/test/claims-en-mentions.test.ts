// English speaker phrases with a participle after their head: who saw a document, who was asked.
import { describe, expect, it } from "vitest";
import { englishOn, said } from "./english.ts";

const run = englishOn("2026-11-27");

describe("a participle phrase after the speaker's head", () => {
  it("does not make the outlet that saw a document its source", () => {
    const claims = run(
      "Budget row.\n\nAccording to a ministry memo seen by The Courier, 30 clinics could close by 2028. " +
        "Documents obtained by the Herald show the agency knew of the flaw.",
    );
    expect(said(claims, "30 clinics")?.speaker.name).not.toMatch(/Courier/);
    expect(said(claims, "30 clinics")?.speaker.mention?.text).toBe("a ministry memo seen by The Courier");
  });
  it("reads the people asked as the speakers", () => {
    const claims = run(
      "Flood fears.\n\nResidents interviewed on Friday said they were worried. " +
        "Two engineers contacted by the paper said the levee was weak. Farmers surveyed said prices had fallen.",
    );
    expect(said(claims, "they were worried")?.speaker.mention?.text).toBe("Residents interviewed on Friday");
    expect(said(claims, "levee was weak")?.speaker.name).toBe("Two engineers");
    expect(said(claims, "prices had fallen")?.speaker.name).toBe("Farmers");
  });
});

describe("the speaker's own participle after a closing reporting clause", () => {
  it("ends the content before the speaker, not after the participle", () => {
    const claims = run(
      "Routes cut.\n\nHarbour Ferries will drop four routes next year, the operator said on Tuesday, blaming fuel costs. " +
        "Though the change was modest, she said, replacing the fleet would be costly.",
    );
    expect(said(claims, "four routes")?.content.text).toBe("Harbour Ferries will drop four routes next year");
    expect(said(claims, "fuel costs")?.cue.text).toBe("blaming");
    // a gerund after the comma opens the rest of the content ("replacing the fleet would be costly")
    expect(said(claims, "replacing the fleet")?.content.text).toContain("Though the change was modest");
  });
});

describe("a participle phrase after the head of an unnamed speaker", () => {
  it("keeps the head, not the participle's object", () => {
    const claims = run(
      "Dam report.\n\nThe agency overseeing the project said the dam was safe. " +
        "The firm running the site told reporters that work had stopped.",
    );
    expect(said(claims, "dam was safe")?.speaker.mention?.text).toBe("The agency overseeing the project");
    expect(said(claims, "work had stopped")?.speaker.mention?.text).toBe("The firm running the site");
  });
});

describe("people and bodies named with a word the name parse used to cut", () => {
  it("reads a college or society of something whole", () => {
    const claims = run(
      "Pay row.\n\nIn a statement, the Royal College of Midwives said staff were exhausted. " +
        "The Society of Boat Builders and Repairers said orders had fallen.",
    );
    expect(said(claims, "staff were exhausted")?.speaker.name).toBe("Royal College of Midwives");
    expect(said(claims, "orders had fallen")?.speaker.name).toBe("Society of Boat Builders and Repairers");
  });
  it("reads the person after 'One,' or an age, not the quantifier or the town", () => {
    const claims = run(
      "Flights cancelled.\n\nPassengers were angry. One, Nadia Brook from Hull, wrote on X that her flight had been " +
        "cancelled twice. One patient, 67-year-old Peter Lund, said he had waited 14 months.",
    );
    expect(said(claims, "cancelled twice")?.speaker.name).toBe("Nadia Brook");
    expect(said(claims, "14 months")?.speaker.name).toBe("Peter Lund");
  });
});

describe("people by their trade opening a sentence", () => {
  it("are no named person that a later title resolves to", () => {
    const claims = run(
      "Talks resume.\n\nDiplomats said on Wednesday they were close to a deal.\n\n" +
        "Earlier this week, the minister said the talks could collapse.",
    );
    expect(said(claims, "talks could collapse")?.speaker.name).toBe("minister");
  });
  it("leaves family names that end like a plural alone", () => {
    const claims = run("Rally.\n\nBernie Sanders spoke in Ohio. Sanders said he was hopeful.");
    expect(said(claims, "he was hopeful")?.speaker.name).toBe("Bernie Sanders");
  });
});

describe("a pronoun after a sentence opened by one person's office", () => {
  it("refers to that office holder", () => {
    const claims = run(
      "Stadium doubts.\n\nThe governor offered a blunt assessment of the plan.\n\n" +
        '"The money is not there," she said.',
    );
    expect(said(claims, "money is not there")?.speaker.name).toBe("governor");
  });
});

describe("a plural noun that looks like an intent verb", () => {
  it("is no cue of a gapped relative clause", () => {
    const claims = run(
      "Strike looms.\n\nThe operator said it was ready, adding in a statement that backup plans were in place.",
    );
    expect(claims.map((c) => c.cue.text)).toEqual(["said", "adding"]);
  });
});

describe("when a source spoke or came out, after its name", () => {
  it("keeps the time phrase and the participle it dates out of the speaker's name", () => {
    const claims = run(
      "Plant shut.\n\nTwo workers were hurt in the blast, according to police on Thursday. " +
        "The reactor will stay closed until March, according to a statement from the Grid Safety Board released on Wednesday night.",
    );
    expect(said(claims, "Two workers")?.speaker.name).toBe("police");
    expect(said(claims, "stay closed")?.speaker.name).toBe("Grid Safety Board");
    expect(said(claims, "stay closed")?.date).toBe("2026-11-25");
  });
});
