// A coordinated subject ("Kenya and Uganda", "the union and the employers") inside reported words is one
// subject, not the end of the words and a new speaker. Made-up sentences.
import { describe, expect, it } from "vitest";
import { englishOn } from "./english.ts";

const en = englishOn("2026-05-20");
const brief = (text: string) => en(text).map((c) => [c.speaker.name, c.cue.text, c.content.text]);

describe("the words never end at 'and' after a bare noun phrase: a coordinated subject", () => {
  it("keeps both conjuncts with their verb, with or without 'that'", () => {
    expect(brief("The minister said Kenya and Uganda had agreed to a ceasefire.")).toEqual([
      ["minister", "said", "Kenya and Uganda had agreed to a ceasefire"],
    ]);
    expect(brief("The minister said that Kenya and Uganda had agreed to share the costs.")).toEqual([
      ["minister", "said", "Kenya and Uganda had agreed to share the costs"],
    ]);
    expect(brief("Officials said the union and the employers have agreed to resume talks.")).toEqual([
      ["Officials", "said", "the union and the employers have agreed to resume talks"],
    ]);
    expect(brief("The envoy said Ghana, Togo and Benin had promised to open the border.")).toEqual([
      ["envoy", "said", "Ghana, Togo and Benin had promised to open the border"],
    ]);
  });
  it("reads a cue after the coordinated subject as nested words, not a claim of the second conjunct", () => {
    expect(brief("The envoy said Peru and Chile warned that the talks could fail.")).toEqual([
      ["envoy", "said", "Peru and Chile warned that the talks could fail"],
    ]);
    expect(brief("The mayor said police and firefighters said the bridge was unsafe.")).toEqual([
      ["mayor", "said", "police and firefighters said the bridge was unsafe"],
    ]);
  });
  it("still ends the words at a clause with its own verb and speaker", () => {
    expect(brief("The minister said the plan was dead, and the mayor said it would return.")).toEqual([
      ["minister", "said", "the plan was dead"],
      ["mayor", "said", "it would return"],
    ]);
    expect(brief("Police said two people died and witnesses said the fire spread quickly.")).toEqual([
      ["Police", "said", "two people died"],
      ["witnesses", "said", "the fire spread quickly"],
    ]);
    expect(brief("The minister says Kenya wants peace and the president says talks will resume.")).toEqual([
      ["minister", "says", "Kenya wants peace"],
      ["president", "says", "talks will resume"],
    ]);
    expect(brief("The minister said Kenya was ready, but Uganda said it needed more time.")).toEqual([
      ["minister", "said", "Kenya was ready"],
      ["Uganda", "said", "it needed more time"],
    ]);
  });
});

describe("a subject whose act is only a promise inside the words is no quoted speaker", () => {
  it("leaves '…, the minister said' to the minister after 'X agreed/promised to …'", () => {
    expect(brief("Kenya and Uganda agreed to share the costs, the minister said.")).toEqual([
      ["minister", "said", "Kenya and Uganda agreed to share the costs"],
    ]);
    expect(brief("Rwanda promised to reopen the crossing, the minister told reporters.")).toEqual([
      ["minister", "told", "Rwanda promised to reopen the crossing"],
    ]);
    expect(brief("Jane Okafor refused to resign, the chairman said.")).toEqual([
      ["chairman", "said", "Jane Okafor refused to resign"],
    ]);
  });
});

describe("names and a verb right after a lowercase hearer open the words ('told reporters Kenya had …')", () => {
  it("starts the words at the names, one or coordinated", () => {
    expect(brief("The minister told reporters Kenya and Uganda had agreed to share the costs.")).toEqual([
      ["minister", "told", "Kenya and Uganda had agreed to share the costs"],
    ]);
    expect(brief("The coach told journalists Tom Ellery had signed a new contract.")).toEqual([
      ["coach", "told", "Tom Ellery had signed a new contract"],
    ]);
  });
  it("still skips a hearer's day and its own name ('told reporters Friday the …', 'told Fox News the …')", () => {
    expect(brief("The senator told reporters Friday the plan had failed.")).toEqual([
      ["senator", "told", "the plan had failed"],
    ]);
    expect(brief("The senator told Fox News the plan had failed.")).toEqual([
      ["senator", "told", "the plan had failed"],
    ]);
  });
});
