// Session 21 (pn): reported speech PolNeAR dev misses, in shapes news writing shares (a voice verb with a
// that-clause, a resumed quotation finished by the writer's words, a quotation resumed after "and still").
// Made-up sentences; no text here comes from a fixture or from PolNeAR.
import { describe, expect, it } from "vitest";
import { englishOn } from "./english.ts";

// (a Friday)
const en = englishOn("2026-11-20");
const claims = (text: string) => en(text).map((c) => [c.speaker.name, c.cue.text, c.content.text]);

describe("a voice verb (shouted, yelled, chanted) with a that-clause", () => {
  it("reports the clause, as “said that” does", () => {
    expect(claims("Count\nOutside the hall, farmers shouted that the count had been rigged.")).toEqual([
      ["farmers", "shouted", "the count had been rigged"],
    ]);
    expect(claims("Strike\nThe dockers were chanting that the port must stay public.")).toEqual([
      ["dockers", "were chanting", "the port must stay public"],
    ]);
  });
  it("reads a short hearer with “to” before the “that”, after “heard”", () => {
    expect(
      claims(
        "Arrest\nIn the clip, Mona Ferreira can be heard yelling to the deputies that her brother was unarmed.",
      ),
    ).toEqual([["Mona Ferreira", "yelling", "her brother was unarmed"]]);
  });
  it("still reads no object alone: “shouted at the referee” reports nothing", () => {
    expect(claims("Match\nThe coach shouted at the referee after the whistle.")).toEqual([]);
  });
});

describe("a quotation resumed in the next sentence and finished by the writer's words", () => {
  it("keeps the resumed quotation and the words after it in the claim", () => {
    const [c] = en(
      "Levy\n“It is a patch, not a plan,” said Ruth Okafor, an analyst at the Harbor Institute. “Nobody would call it reform. It is simply a levy” on the smallest ports.",
    );
    expect(c?.speaker.name).toBe("Ruth Okafor");
    expect(c?.content.text.endsWith("It is simply a levy” on the smallest ports")).toBe(true);
  });
  it("does not take a resumed quotation that another verb reports", () => {
    const out = claims(
      "Levy\n“It is a patch,” said Ruth Okafor. “Nobody would call it reform” she added later.",
    );
    expect(out[0]?.[2]).toBe("“It is a patch,”");
  });
});

describe("a quotation resumed after “X said, and still …”", () => {
  it("continues the claim", () => {
    expect(
      claims(
        'Waiver\nThe aide "signed a waiver," Senator Alma Reyes said, and still "sat in on every briefing."',
      ),
    ).toEqual([
      [
        "Alma Reyes",
        "said",
        'The aide "signed a waiver," Senator Alma Reyes said, and still "sat in on every briefing."',
      ],
    ]);
  });
});

describe("a voice verb with a comma before its quotation", () => {
  it("reads “chanted, “…””, also as a participle after “while”", () => {
    expect(claims('Park\nThe marchers chanted, "Save our park."')).toEqual([
      ["marchers", "chanted", '"Save our park."'],
    ]);
    expect(claims('Park\nThe marchers circled city hall while chanting, "Save our park."')).toEqual([
      ["marchers", "chanting", '"Save our park."'],
    ]);
  });
  it("reads no speech verb after “while” but the voice verbs", () => {
    expect(
      claims(
        "Rules\nThe rules let a firm file as a bank in one state while telling another state it is a charity.",
      ),
    ).toEqual([]);
  });
});

describe("a speech participle opening the sentence", () => {
  it("is the claim of the subject after the clause's comma, and not the content of the verb after it", () => {
    expect(
      claims("Budget\nClaiming the budget was padded, Mayor Ida Brandt told the council to start over."),
    ).toEqual([["Ida Brandt", "Claiming", "the budget was padded"]]);
    expect(
      claims("Levy\nArguing that the levy would hurt growers, Sen. Paul Okoro voted against it."),
    ).toEqual([["Paul Okoro", "Arguing", "the levy would hurt growers"]]);
  });
  it("reads “After saying …, she …” with the quotation's closing mark", () => {
    const [c] = en('Knee\nAfter saying her knee was "too stiff to bend," she was taken to a clinic.');
    expect([c?.cue.text, c?.content.text, c?.speaker.mention?.text]).toEqual([
      "saying",
      'her knee was "too stiff to bend,"',
      "she",
    ]);
  });
  it("needs a clause: “Noting the risks, …” and “After saying goodbye, …” report nothing", () => {
    expect(claims("Bill\nNoting the risks, Governor Ana Vidal signed the bill.")).toEqual([]);
    expect(claims("Farewell\nAfter saying goodbye, Ana Vidal left the hall.")).toEqual([]);
  });
});

describe("“…, and when asked …, X replied, “…””", () => {
  it("ends the first words at the “and”, and the answer is the quotation after the verb", () => {
    expect(
      claims(
        'Road\nThe mayor said the bridge would reopen in May, and when asked about the cost, the city engineer replied, "We do not know yet."',
      ),
    ).toEqual([
      ["mayor", "said", "the bridge would reopen in May"],
      ["city engineer", "replied", '"We do not know yet."'],
    ]);
  });
});

describe("a speaker and verb closing the sentence after a comma", () => {
  it("end the words of an earlier verb of the sentence", () => {
    const out = claims(
      "Escort\nThe senator had told the guards that she wanted no escort, but the chief overruled that request, the aide added.",
    );
    expect(out).toContainEqual([
      "senator",
      "had told",
      "she wanted no escort, but the chief overruled that request",
    ]);
  });
  it("leave a possessive before a participle alone (“…, before the river's expected rise.”)", () => {
    expect(
      claims(
        "Dam\nThe engineer said on Monday that the gates would be shut by June, before the river's expected rise.",
      ),
    ).toEqual([["engineer", "said", "the gates would be shut by June, before the river's expected rise"]]);
  });
});

describe("“under questioning”, “under oath” after the verb", () => {
  it("is the circumstance, not the content's first words", () => {
    expect(
      claims("Bank\nThe bank's chief admitted under Senator Ruiz's grilling he had known of the accounts."),
    ).toEqual([["bank's chief", "admitted", "he had known of the accounts"]]);
    expect(claims("Trial\nThe clerk said under oath she had never met the buyer.")).toEqual([
      ["clerk", "said", "she had never met the buyer"],
    ]);
  });
  it("makes no participle claim of “questioning” before “that”", () => {
    expect(claims("Bank\nThe chief admitted under questioning that he had known of the accounts.")).toEqual([
      ["chief", "admitted", "he had known of the accounts"],
    ]);
  });
});

describe("a quotation line with its speaker after a dash", () => {
  it("is the whole line when a quote inside it uses the same marks", () => {
    const out = en(
      "Voices\n“The debate was a mess.” ― Luis Ortega\n“As a nurse, I’d rather live in what he calls “hell” than live under him.” ― Ana Ruiz",
    ).map((c) => [c.speaker.name, c.content.text]);
    expect(out).toEqual([
      ["Luis Ortega", "“The debate was a mess.”"],
      ["Ana Ruiz", "“As a nurse, I’d rather live in what he calls “hell” than live under him.”"],
    ]);
  });
});

describe("the name on a quotation line", () => {
  it("leaves out the sentence's full stop, not an initial's", () => {
    const out = en("Voices\n“The debate was a mess.” ― Luis Ortega.\n“It was fine.” ― Ana B.").map(
      (c) => c.speaker.mention?.text,
    );
    expect(out).toEqual(["Luis Ortega", "Ana B."]);
  });
});
