// Session 27 (enprobe): English shapes the probe reports showed, each with made-up sentences (names and places no
// fixture or probe has).
import { describe, expect, it } from "vitest";
import { englishOn } from "./english.ts";

const en = englishOn("2026-11-25");
const enNamed = (text: string) => en(text).map((c) => [c.speaker.name, c.content.text]);

describe("'X said the board would ask Y to …, adding that …'", () => {
  it("is X's participle, not the board's inside X's words", () => {
    const text =
      "Harbour chief Lena Osei said on Tuesday the port would open in May.\n" +
      "Ms Osei said the board would ask the builder to hire local crews, adding that 20 people had already applied.";
    expect(enNamed(text)).toEqual([
      ["Lena Osei", "the port would open in May"],
      ["Lena Osei", "the board would ask the builder to hire local crews"],
      ["Lena Osei", "20 people had already applied"],
    ]);
  });
});

describe("'…, according to X' after a paragraph of the writer's (a question put to X)", () => {
  it("goes on with X's words at the dated hearing", () => {
    const text =
      "The water board told the Assembly on Friday that rationing would go on.\n" +
      "Speaking at the same hearing, board engineer Tavita Mose said two pumps had failed.\n" +
      "Assembly member Rosa Lind asked Mose why the pumps had not been replaced.\n" +
      "The parts were late because the board could not pay the supplier, according to Mose.";
    expect(en(text, "2026-12-01").map((c) => [c.speaker.name, c.date])).toEqual([
      ["water board", "2026-11-27"],
      ["Tavita Mose", "2026-11-27"],
      ["Tavita Mose", "2026-11-27"],
    ]);
  });
});

describe("'said this was …' (a demonstrative subject, no time noun after 'this')", () => {
  it("keeps 'this' in the content, also after an opening phrase", () => {
    expect(enNamed("Asked about a refund, Koa Mahe said this was a matter for the bank.")).toEqual([
      ["Koa Mahe", "this was a matter for the bank"],
    ]);
    expect(enNamed("The harbourmaster said this would slow the ferries.")).toEqual([
      ["harbourmaster", "this would slow the ferries"],
    ]);
  });
});

describe("a body's 'Secretary General, Name,' and a minister's portfolios with 'and the …'", () => {
  it("is the person named after the office", () => {
    expect(enNamed("Lesedi Growers Union Secretary General, Neo Tau, said the seed came late.")).toEqual([
      ["Neo Tau", "the seed came late"],
    ]);
    expect(
      enNamed(
        "Minister of Fisheries, Ports, Housing and the Environment, Hon. Ruel Bascombe, said the pier would close.",
      ),
    ).toEqual([["Ruel Bascombe", "the pier would close"]]);
  });
});

describe("a dateline 'TOWN, Mon DD:' before an inverted claim's words", () => {
  it("is the writer's, not the content", () => {
    const text =
      "Ferries to run on time, says official\n" +
      "By Our Correspondent\n" +
      "TURA, Nov 24: The ferry service will resume next week, transport officer Jon Marak said on Tuesday.";
    expect(en(text).map((c) => c.content.text)).toEqual([
      "Ferries to run on time",
      "The ferry service will resume next week",
    ]);
  });
});
