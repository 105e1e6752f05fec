// Session 25 (enshort): English shapes behind the enprobe round-2 residuals, each with made-up sentences (names
// and places no fixture or probe has).
import { describe, expect, it } from "vitest";
import { englishOn } from "./english.ts";

const en = englishOn("2026-11-20");
const enSaid = (text: string) => en(text).map((c) => [c.speaker.name, c.content.text]);

describe("a source known by the one name given between commas ('who gave only his first name, Paul,')", () => {
  it("speaks, named by that name", () => {
    expect(
      enSaid(
        "The ferry was cancelled again.\nAnother commuter, who gave only her first name, Ilse, said she had missed two shifts.",
      ),
    ).toEqual([["Ilse", "she had missed two shifts"]]);
  });
});

describe("a verb of learning after 'and' inside the reported clause ('were not told and only learned of …')", () => {
  it("stays in the words: it shares the reported clause's subject", () => {
    expect(
      enSaid(
        "Stall holders are angry.\nMarta Velloso said the growers were not asked and only learned of the new fees from a notice on the gate.",
      ),
    ).toEqual([
      [
        "Marta Velloso",
        "the growers were not asked and only learned of the new fees from a notice on the gate",
      ],
    ]);
    expect(
      enSaid("Ivo Brandt said the crews were never briefed and discovered the fault by chance."),
    ).toEqual([["Ivo Brandt", "the crews were never briefed and discovered the fault by chance"]]);
  });
});

describe("'said afterward: “…”' (a time word before the colon)", () => {
  it("is a direct quote, the time word no part of it", () => {
    const [c] = en("Councillor Oona Pritt said afterward: “We were not told. Nobody was.”");
    expect([c?.content.text, c?.kind]).toEqual(["“We were not told. Nobody was.”", "direct"]);
  });
});

describe("'rejected that claim' (a determiner 'that' and its noun: the verb's object, no clause)", () => {
  it("makes no claim, while 'denied that fares rose' still does", () => {
    expect(
      enSaid(
        "Union chief Roz Kettle said the depot would close.\nTransport Minister Abel Nyquist rejected that claim.",
      ),
    ).toEqual([["Roz Kettle", "the depot would close"]]);
    expect(
      enSaid("Abel Nyquist disputed that account, saying the depot would stay open.").map((c) => c[1]),
    ).toEqual(["the depot would stay open"]);
    expect(enSaid("Abel Nyquist denied that fares rose.")).toEqual([["Abel Nyquist", "fares rose"]]);
  });
});

describe("'Shoppers interviewed by the Gazette on Monday were split.' (people the paper spoke to on a day)", () => {
  it("dates the new voices quoted after it, not the lede's day", () => {
    const claims = en(
      "Grain board cuts quota\nThe Grain Board announced last Friday that quotas would fall by a tenth.\nFarmers interviewed by the Ledger on Wednesday were split.\n“We will manage,” said Orla Fenwick, who farms near Dunmore.",
    );
    expect(claims.map((c) => [c.speaker.name, c.date])).toEqual([
      ["Grain Board", "2026-11-13"],
      ["Orla Fenwick", "2026-11-18"],
    ]);
  });
});

describe("'according to the hospital' after a hospital named only as the subject of the news", () => {
  it("is that hospital, by the name the article gave it", () => {
    expect(
      enSaid(
        "Clinic hours cut\nBrackwater General Medical Center will shut its night pharmacy in January, hospital officials said.\nThe pharmacy filled about 30 prescriptions a night, according to the hospital.",
      ).map((c) => c[0]),
    ).toEqual(["hospital officials", "Brackwater General Medical Center"]);
  });
  it("stays 'hospital' when the article named two hospitals", () => {
    expect(
      enSaid(
        "Brackwater General Medical Center and Tolland Infirmary will share nurses.\nThe pharmacy filled about 30 prescriptions a night, according to the hospital.",
      ).map((c) => c[0]),
    ).toEqual(["hospital"]);
  });
  it("names 'the hospital said' after the medical centre spoke", () => {
    expect(
      enSaid(
        "Brackwater General Medical Center said it would shut its night pharmacy.\nThe hospital said the pharmacy filled about 30 prescriptions a night.",
      ).map((c) => c[0]),
    ).toEqual(["Brackwater General Medical Center", "Brackwater General Medical Center"]);
  });
});
