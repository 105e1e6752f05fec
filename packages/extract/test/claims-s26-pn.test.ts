// Session 26 (pn): shapes of news English that PolNeAR dev showed the rules getting wrong, each with made-up
// sentences (names, places and outlets that no fixture or corpus has).
import { describe, expect, it } from "vitest";
import { englishOn } from "./english.ts";

const en = englishOn("2026-10-15");
const enSaid = (text: string) =>
  en(text).map((c) => [c.speaker.mention?.text ?? null, c.cue.text, c.content.text]);

describe("'The trouble, the warden said then, was that …': an adverb of time closing an interrupting speaker line", () => {
  it("keeps the words on both sides of the speaker", () => {
    expect(
      enSaid("The trouble, the warden said then, was that the dam at Carrow Fell had never been inspected."),
    ).toEqual([
      [
        "the warden",
        "said",
        "The trouble, the warden said then, was that the dam at Carrow Fell had never been inspected",
      ],
    ]);
    expect(enSaid("The ferry, Ms. Quill said again, would not run before spring.")).toEqual([
      ["Ms. Quill", "said", "The ferry, Ms. Quill said again, would not run before spring"],
    ]);
  });
  it("still reads 'said then that …' from the 'that'", () => {
    expect(enSaid("The warden said then that the dam had never been inspected.")).toEqual([
      ["The warden", "said", "the dam had never been inspected"],
    ]);
  });
});

describe("'…, Ortega said, because …': the speaker's reason after an interrupting speaker line", () => {
  it("goes on with the content", () => {
    expect(
      enSaid(
        "The levy has hurt the bakeries of Marrow Vale, Ms. Ortega said, because most run on thin margins.",
      ),
    ).toEqual([
      [
        "Ms. Ortega",
        "said",
        "The levy has hurt the bakeries of Marrow Vale, Ms. Ortega said, because most run on thin margins",
      ],
    ]);
    expect(enSaid("Fares have doubled, the union said, since the operator took over the Lisk line.")).toEqual(
      [
        [
          "the union",
          "said",
          "Fares have doubled, the union said, since the operator took over the Lisk line",
        ],
      ],
    );
  });
  it("still leaves the writer's 'as' clause out", () => {
    expect(enSaid("Fares have doubled, the union said, as its members gathered at the depot.")).toEqual([
      ["the union", "said", "Fares have doubled"],
    ]);
  });
});

describe("'wants to build homes that …': the infinitive after a verb of intent, not a 'that' inside it", () => {
  it("never takes the relative clause for the content", () => {
    expect(enSaid("The Brackley mayor wants to build homes that young families can afford.")).toEqual([
      ["The Brackley mayor", "wants", "to build homes that young families can afford"],
    ]);
    expect(enSaid("The dockers' union vowed to fight any plan that cuts wages at Port Ellery.")).toEqual([
      ["The dockers' union", "vowed", "to fight any plan that cuts wages at Port Ellery"],
    ]);
    expect(en("We must continue to push policies that help the families of Tarn Valley.")).toEqual([]);
  });
  it("still reads a reporting verb's own 'that' after the infinitive", () => {
    expect(enSaid("The Brackley mayor continues to insist that the bridge is safe.")).toEqual([
      ["The Brackley mayor", "continues to insist", "the bridge is safe"],
    ]);
  });
});

describe("a quoted question with its own speaker line after a resumed quotation ('“…?” Pell demanded.')", () => {
  it("is not added to the claim before it", () => {
    const text =
      "“Every time you say that,” Senator Ambrose said, “you help the people who want to break up the bank.”\n\n" +
      "“Why is this not proof that the bank is too big to manage?” Senator Pell demanded.\n\nThe hearing ended at noon.";
    expect(enSaid(text)).toEqual([
      [
        "Senator Ambrose",
        "said",
        "“Every time you say that,” Senator Ambrose said, “you help the people who want to break up the bank.”",
      ],
      ["Senator Pell", "demanded", "“Why is this not proof that the bank is too big to manage?”"],
    ]);
    const asked =
      "“Every time you say that,” Senator Ambrose said, “you help the bank.”\n\n“Why is this not proof?” asked Senator Pell.";
    expect(enSaid(asked)).toEqual([
      ["Senator Ambrose", "said", "“Every time you say that,” Senator Ambrose said, “you help the bank.”"],
    ]);
  });
  it("still adds a quotation paragraph with no speaker line of its own", () => {
    const text =
      "“Every time you say that,” Senator Ambrose said, “you help the bank.”\n\n“Why is this not proof? It is.”";
    expect(enSaid(text)).toEqual([
      [
        "Senator Ambrose",
        "said",
        "“Every time you say that,” Senator Ambrose said, “you help the bank.”\n\n“Why is this not proof? It is.”",
      ],
    ]);
  });
});

describe("'says she hopes …, but she knows that …': the reported clause's own pronoun after ', but'", () => {
  it("goes on with what was said, with no claim of its own", () => {
    expect(
      enSaid(
        "Councillor Rusk says she hopes to keep the library open, but she knows that the budget is tight.",
      ),
    ).toEqual([
      [
        "Councillor Rusk",
        "says",
        "she hopes to keep the library open, but she knows that the budget is tight",
      ],
    ]);
    expect(
      enSaid("The ferryman said he would sail on Friday, but he did not expect many passengers to turn up."),
    ).toEqual([
      ["The ferryman", "said", "he would sail on Friday, but he did not expect many passengers to turn up"],
    ]);
  });
  it("leaves a verb with no pronoun, or another clause's subject, to itself", () => {
    expect(enSaid("The ferryman said he would sail on Friday, but warned that the sea was rough.")).toEqual([
      ["The ferryman", "said", "he would sail on Friday"],
      ["The ferryman", "warned", "the sea was rough"],
    ]);
  });
});
