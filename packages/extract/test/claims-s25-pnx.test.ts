// Session 25 (pnx): content boundaries of claims already found, from the shapes PolNeAR dev shows. Made-up
// sentences; none comes from a fixture, a probe or PolNeAR.
import { describe, expect, it } from "vitest";
import { englishOn } from "./english.ts";

const run = englishOn("2026-11-30");
const contents = (text: string) =>
  run(text).map((c) => [c.speaker.mention?.text ?? c.speaker.name, c.content.text]);

describe("a quotation closing with ?” or !”, then 'Name said, looking …'", () => {
  it("is the speaker's content, not the participle aside after the verb", () => {
    expect(
      contents(
        "The mayor cut the ribbon on Monday.\n\n“Who would have guessed that we would finish a year early?” Hale said, looking out at the crowd.",
      ),
    ).toEqual([["Hale", "“Who would have guessed that we would finish a year early?”"]]);
  });
});

describe("a lead-in, a colon, then a quotation closed by its own speaker line (“…,” the council wrote)", () => {
  const text =
    "The harbour board met on Monday.\n\n" +
    "The board’s filing also cited the damage it said the storm would do to the piers: “We will lose half the moorings before spring,” the council wrote.";
  it("gives the quotation to the speaker line, without the lead-in", () => {
    expect(contents(text)).toContainEqual(["the council", "“We will lose half the moorings before spring,”"]);
  });
  it("ends the lead-in's own claim at the colon, without the quotation or the speaker line", () => {
    expect(contents(text)).toContainEqual([
      "The board’s filing",
      "the damage it said the storm would do to the piers",
    ]);
  });
});

describe("a quotation ending in a quoted word (‘final,’”), then 'she said'", () => {
  const claims = contents(
    "The hearing ran late.\n\nSenator Ida Marsh scolded him: “The numbers you gave this panel are what you called ‘final,’” she said. “Go back and fix them.”",
  );
  it("stops the content after the verb at the closing mark", () => {
    expect(claims).toContainEqual([
      "Senator Ida Marsh",
      "“The numbers you gave this panel are what you called ‘final,’”",
    ]);
  });
  it("gives 'she said' the quotations, not the lead-in before the colon", () => {
    expect(claims).toContainEqual([
      "she",
      "“The numbers you gave this panel are what you called ‘final,’” she said. “Go back and fix them.”",
    ]);
  });
});

describe("a quotation closed by two apostrophes (''…,'' the report says) that opened mid-sentence", () => {
  it("is the content from its opening marks, and the marks are not the speaker's", () => {
    expect(
      contents(
        "The rules were set in 2004.\n\nThe agency ''only asks that firms list their largest units. By asking for so little, the agency lets firms hide most of their offshore arms,'' the report says.",
      ),
    ).toEqual([
      [
        "the report",
        "''only asks that firms list their largest units. By asking for so little, the agency lets firms hide most of their offshore arms,''",
      ],
    ]);
  });
});

describe("an occasion between the verb and a clause without 'that' ('said after the vote he would …')", () => {
  const claims = contents(
    "The council met on Monday.\n\nMarta Rowe said after the vote she would not sign the bill.\n\nTeo Kim said during the debate the levy was dead.",
  );
  it("is the verb's, not the content's", () => {
    expect(claims).toEqual([
      ["Marta Rowe", "she would not sign the bill"],
      ["Teo Kim", "the levy was dead"],
    ]);
  });
});

describe("'ruled out' (the phrasal verb of excluding)", () => {
  it("reports nothing, so the that-clause it sits in runs on", () => {
    expect(
      contents(
        "The council met on Monday.\n\nThe board said in response that a partial closure had been considered but ruled out, because crews need the whole road.",
      ),
    ).toEqual([
      ["The board", "a partial closure had been considered but ruled out, because crews need the whole road"],
    ]);
  });
});

describe("a finding followed by ', classifying it as …'", () => {
  it("ends before the classifying participle", () => {
    expect(
      contents(
        "The appeal was heard on Monday.\n\nAfter an hour, the panel found the driver had ignored the signal, classifying the breach as gross negligence.",
      ),
    ).toEqual([["the panel", "the driver had ignored the signal"]]);
  });
});

describe("a medium and its day after the verb, then a clause without 'that' ('said in an interview Monday the …')", () => {
  it("starts the content after the day", () => {
    expect(
      contents(
        "The co-op met on Monday.\n\nLena Fisk said in an interview Monday the quota system rewards whoever applies first.",
      ),
    ).toEqual([["Lena Fisk", "the quota system rewards whoever applies first"]]);
  });
});

describe("a speaker set off by commas inside the content ('A, but B, Mayor X noted, that …'; 'All of which, he said, …')", () => {
  const claims = contents(
    "The club met on Monday.\n\nAll of which, Rhea Moss said, would help restore trust in the board.\n\nThe city had long resisted such rules, but the traffic had become so bad, Mayor Ann Lee noted, that buses were slower than walking.",
  );
  it("keeps a quantifier before the relative that opens the sentence", () => {
    expect(claims).toContainEqual([
      "Rhea Moss",
      "All of which, Rhea Moss said, would help restore trust in the board",
    ]);
  });
  it("starts after ', but' when the speaker interrupts the clause it opens", () => {
    expect(claims).toContainEqual([
      "Mayor Ann Lee",
      "the traffic had become so bad, Mayor Ann Lee noted, that buses were slower than walking",
    ]);
  });
});
