// Session 22 (enprobe): speakers and mentions met in made-up reports in the styles of Pacific-island and
// Yukon outlets. Made-up sentences; none comes from a fixture or a probe.
import { describe, expect, it } from "vitest";
import { englishOn } from "./english.ts";

const en = englishOn("2026-11-20");
const who = (text: string) => en(text).map((c) => [c.speaker.name, c.speaker.mention?.text ?? null]);

describe("a name, then a lower-case office in a body whose fields are listed by commas", () => {
  it("keeps the name and the whole office in the mention", () => {
    expect(
      who(
        "Sen. Lorena P. Quichocho, chairwoman of the Committee on Health, Tourism and Cultural Affairs, said Tuesday the clinic should stay open.",
      ),
    ).toEqual([
      [
        "Lorena P. Quichocho",
        "Sen. Lorena P. Quichocho, chairwoman of the Committee on Health, Tourism and Cultural Affairs",
      ],
    ]);
    expect(
      who(
        "Ward Ellery, vice chairman of the House Committee on Ports, Fisheries and Marine Resources, said the dock would reopen in March.",
      ),
    ).toEqual([
      [
        "Ward Ellery",
        "Ward Ellery, vice chairman of the House Committee on Ports, Fisheries and Marine Resources",
      ],
    ]);
  });
});

describe("“the spokesperson” after a spokesperson named with the body's name", () => {
  it("is the person named, not the body", () => {
    expect(
      who(
        "Port Authority spokesperson Dana M. Leary said Monday the crane had been repaired.\n“The terminal is open,” the spokesperson said.",
      ),
    ).toEqual([
      ["Dana M. Leary", "Port Authority spokesperson Dana M. Leary"],
      ["Dana M. Leary", "the spokesperson"],
    ]);
    expect(
      who(
        "The Harbour Board said Monday the crane had failed. Board spokesman Aled R. Penhallow told reporters the terminal would reopen.\n“We are nearly there,” the spokesman said.",
      ),
    ).toEqual([
      ["Harbour Board", "The Harbour Board"],
      ["Aled R. Penhallow", "Board spokesman Aled R. Penhallow"],
      ["Aled R. Penhallow", "the spokesman"],
    ]);
  });

  it("finds a press secretary", () => {
    expect(
      who(
        "Press secretary Noreen T. Castro said the mayor would sign the order. The spokesperson added that the curfew would end on Friday.",
      ),
    ).toEqual([
      ["Noreen T. Castro", "Press secretary Noreen T. Castro"],
      ["Noreen T. Castro", "The spokesperson"],
    ]);
  });

  it("leaves “a spokesperson” to the body", () => {
    expect(
      who(
        "Press secretary Noreen T. Castro said the mayor would sign the order. The Harbour Board said Monday the crane had failed. A spokesperson said the terminal would reopen.",
      ).map((c) => c[0]),
    ).toEqual(["Noreen T. Castro", "Harbour Board", "Harbour Board"]);
  });
});

describe("a body described by a participle after its kind", () => {
  it("is what “the ferry operator” or “the airline” stands for later", () => {
    expect(
      who(
        "Coral Wing Air, the only airline flying to the outer atolls, said on Friday that two flights were cancelled. The airline said it would add a flight on Sunday.",
      ).map((c) => c[0]),
    ).toEqual(["Coral Wing Air", "Coral Wing Air"]);
  });
});

describe("two speakers in one sentence: “A said …, and B said …”", () => {
  it("gives each speaker their own words when the first words are in the present tense", () => {
    expect(
      en(
        "Chief Rona T. Kilgour said the pipeline crosses land where families still hunt, and the band’s lands manager, Eli J. Roddick, said the band had asked for a survey.",
      ).map((c) => [c.speaker.name, c.content.text]),
    ).toEqual([
      ["Rona T. Kilgour", "the pipeline crosses land where families still hunt"],
      ["Eli J. Roddick", "the band had asked for a survey"],
    ]);
  });

  it("keeps a subject of three names joined by a serial comma inside the words", () => {
    expect(
      en("The envoy said Chad, Niger, and Mali had agreed to reopen the border.").map((c) => [
        c.speaker.name,
        c.content.text,
      ]),
    ).toEqual([["envoy", "Chad, Niger, and Mali had agreed to reopen the border"]]);
  });
});

describe("a request inside a speaker's words (“said the council had asked …”)", () => {
  it("is part of the speaker's words, not a claim of its own", () => {
    expect(
      en(
        "Harbour master Owen K. Tully said the council had asked the ministry to dredge the channel before June.",
      ).map((c) => [c.speaker.name, c.content.text]),
    ).toEqual([["Owen K. Tully", "the council had asked the ministry to dredge the channel before June"]]);
    expect(
      en("Tully said the fishermen would ask the board to delay the fee.").map((c) => [
        c.speaker.name,
        c.content.text,
      ]),
    ).toEqual([["Tully", "the fishermen would ask the board to delay the fee"]]);
  });
});

describe("a body named for a place whose name holds “of” (“Isle of Man”, “Bay of Plenty”)", () => {
  it("keeps the place whole in the body's name", () => {
    expect(
      en("A spokesperson for Visit Isle of Wight said bookings had fallen.").map((c) => c.speaker.name),
    ).toEqual(["Visit Isle of Wight"]);
    expect(en("Tourism Bay of Plenty said bookings had fallen.").map((c) => c.speaker.name)).toEqual([
      "Tourism Bay of Plenty",
    ]);
  });
});
