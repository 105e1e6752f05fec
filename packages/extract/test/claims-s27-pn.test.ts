// Session 27 (pn): shapes of news English that PolNeAR dev showed the rules getting wrong, each with made-up
// sentences (names, places and outlets that no fixture or corpus has).
import { describe, expect, it } from "vitest";
import { englishOn } from "./english.ts";

const en = englishOn("2026-10-15");
const enSaid = (text: string) =>
  en(text).map((c) => [c.speaker.mention?.text ?? null, c.cue.text, c.content.text]);

describe("'In a statement announcing the pick, the union called …': a message in the opening phrase is the scene", () => {
  it("gives the participle no claim and reads the main clause's verb", () => {
    expect(
      enSaid(
        "In a statement announcing the pick, the Tarrow Dockers Union called Ilse Varn a “champion” of the port.",
      ),
    ).toEqual([["the Tarrow Dockers Union", "called", "Ilse Varn a “champion” of the port"]]);
    expect(
      enSaid("In a letter explaining the delay, the Brennock council said the bridge would reopen in May."),
    ).toEqual([["the Brennock council", "said", "the bridge would reopen in May"]]);
  });
  it("still lets a sent message carry its sender's words", () => {
    expect(enSaid("Nurses at Calder Vale sent a short note claiming the ward was unsafe.")).toEqual([
      ["Nurses at Calder Vale", "claiming", "the ward was unsafe"],
    ]);
  });
});

describe("'When Varn noted that … ― an aside ― the minister replied, …': a subordinate clause's words end at a dash", () => {
  it("stops the content before the writer's aside and the main clause", () => {
    expect(
      enSaid(
        "When Ilse Varn noted that the ferry had not sailed for a month ― as was true for most of the winter ― the minister replied, “Weather is weather.”",
      ),
    ).toEqual([
      ["Ilse Varn", "noted", "the ferry had not sailed for a month"],
      ["the minister", "replied", "“Weather is weather.”"],
    ]);
    expect(
      enSaid(
        "Although Varn said the ferry was safe — a claim the inspectors disputed — the council closed it.",
      ),
    ).toEqual([["Varn", "said", "the ferry was safe"]]);
  });
  it("still ends at the comma when no dash comes first", () => {
    expect(enSaid("When Varn said the ferry was safe, the council closed it.")).toEqual([
      ["Varn", "said", "the ferry was safe"],
    ]);
  });
});

describe("'…, but many traders and the biggest buyers have found …': a coordinated subject of the writer's next clause", () => {
  it("ends the content at the comma before 'but', not at the 'and' inside the subject", () => {
    expect(
      enSaid(
        "Growers at Pellam complain that prices are too low, but many traders and the biggest buyers have found ways to profit.",
      ),
    ).toEqual([["Growers at Pellam", "complain", "prices are too low"]]);
  });
  it("still ends at a lone 'and' that opens the next subject", () => {
    expect(
      enSaid("Farmers complain that prices are too low and the biggest buyers have found ways to profit."),
    ).toEqual([["Farmers", "complain", "prices are too low"]]);
  });
});

describe("'Contrary to his claim that people would ''learn nothing,'' there would be …': two apostrophes close a quotation", () => {
  it("ends a nominal cue's words at a closing '' after a comma, as at ”", () => {
    expect(
      enSaid(
        "Contrary to the mayor's claim that the levy would ''raise nothing,'' the town of Orrin collected $2 million.",
      ),
    ).toEqual([["the mayor", "claim", "the levy would ''raise nothing,''"]]);
    expect(
      enSaid(
        "Contrary to the mayor's claim that the levy would “raise nothing,” the town of Orrin collected $2 million.",
      ),
    ).toEqual([["the mayor", "claim", "the levy would “raise nothing,”"]]);
  });
});
