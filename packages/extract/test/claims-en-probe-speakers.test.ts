import { describe, expect, it } from "vitest";
import { extract } from "../src/index.ts";

// Reviewer probes (session 9): made-up English news, speakers and the days of their statements.
const run = (text: string, publishedAt = "2026-11-30") =>
  extract({ text, publishedAt, lang: "en" }).claims.map((c) => ({
    name: c.speaker.name,
    mention: c.speaker.mention?.text,
    cue: c.cue.text,
    content: c.content.text,
    date: c.date,
  }));

describe("English reviewer probes: speakers and days", () => {
  it("keeps the lede's day for a quote in the lede's paragraph when the text has no headline", () => {
    const claims = run(
      'Harbour Minister Tessa Lindqvist said Tuesday that the ferry fleet would be renewed. "We have waited long enough," she said.\n\nLindqvist told reporters on Sunday that the tender was open.',
    );
    expect(claims.map((c) => [c.cue, c.date])).toEqual([
      ["said", "2026-11-24"],
      ["said", "2026-11-24"],
      ["told", "2026-11-29"],
    ]);
  });
  it("ends a relative clause's reach at a conjunction ('warnings from X that … since the clerk said')", () => {
    expect(
      run(
        "The vote went ahead despite warnings from his lawyer that the hearing was void since the clerk said nothing would change.",
      ),
    ).toMatchObject([{ mention: "the clerk", cue: "said", content: "nothing would change" }]);
  });
  it("reads no statement in a right asserted ('would assert his Fifth Amendment rights')", () => {
    expect(run("The contractor would assert his Fifth Amendment rights at the hearing.")).toEqual([]);
    expect(run("Beijing asserted its sovereignty over the reef on Monday.")).toEqual([]);
    expect(run("He asserted that the rights of tenants had been ignored.")).toHaveLength(1);
  });
  it("reads a person noun after noun modifiers ('The bus driver said', 'a hospital porter told')", () => {
    expect(run("The bus driver said the brakes had failed on the hill.")).toMatchObject([
      { name: "bus driver", mention: "The bus driver", content: "the brakes had failed on the hill" },
    ]);
    expect(run("A hospital porter told the inquiry the ward had been locked.")).toMatchObject([
      { mention: "A hospital porter", cue: "told", content: "the ward had been locked" },
    ]);
    expect(run("The school caretaker said the gate was open all night.")).toMatchObject([
      { mention: "The school caretaker" },
    ]);
  });
  it("leaves a bare hearer out of the content ('told police he …', 'told investigators she …')", () => {
    expect(run("The lorry driver told police he had not seen the cyclist.")).toMatchObject([
      { mention: "The lorry driver", cue: "told", content: "he had not seen the cyclist" },
    ]);
    expect(run("The landlord told detectives she had never met the tenants.")).toMatchObject([
      { content: "she had never met the tenants" },
    ]);
    expect(run("The pilot told police officers the engine had failed.")).toMatchObject([
      { content: "the engine had failed" },
    ]);
  });
  // (since session 18 "plans to" is no claim either, as the team's sets read a plan: set Z's "… plans to build …")
  it("reads no statement in a plan made ('had planned the robbery for weeks'), nor in 'plans to'", () => {
    expect(run("The pair had planned the burglary for weeks.")).toEqual([]);
    expect(run("The county planned a new bypass around the village.")).toEqual([]);
    expect(run("The brewery plans to close its Leeds site.")).toEqual([]);
  });
  it("reads a person known by the charge against them ('A man accused of killing his neighbour said')", () => {
    expect(run("A man accused of stabbing his flatmate said he had acted in self-defence.")).toMatchObject([
      {
        name: "man",
        mention: "A man accused of stabbing his flatmate",
        content: "he had acted in self-defence",
      },
    ]);
    expect(run("A nurse charged with theft told officers she had been framed.")).toMatchObject([
      { name: "nurse", cue: "told", content: "she had been framed" },
    ]);
    // (a verb after "and" is part of the charge: "accused of assaulting a guard and threatening staff")
    expect(
      run(
        "A man accused of assaulting a guard and threatening staff with a knife has been remanded in custody.",
      ),
    ).toEqual([]);
  });
  it("reads one person known by whose kin, owner or head they are ('The mother of the boy told')", () => {
    expect(run("The mother of the boy told reporters he had been bullied for months.")).toMatchObject([
      {
        name: "mother of the boy",
        mention: "The mother of the boy",
        content: "he had been bullied for months",
      },
    ]);
    expect(run("The owner of the bakery said the oven had been switched off.")).toMatchObject([
      { mention: "The owner of the bakery" },
    ]);
    expect(run("The director of the gallery said the sketch was genuine.")).toMatchObject([
      { mention: "The director of the gallery" },
    ]);
  });
});

describe("time words after an appositive, before the verb", () => {
  it("reads 'The opposition leader, Daniel Morse, on Sunday said …' as his claim, not one of 'on Sunday'", () => {
    const [a, b] = run(
      "The opposition leader, Daniel Morse, on Sunday called for an early election. Jane Roe, 52, on Monday said the vote was rigged.",
    );
    expect([a?.name, a?.mention, a?.date]).toEqual([
      "Daniel Morse",
      "The opposition leader, Daniel Morse",
      "2026-11-29",
    ]);
    expect(b?.name).toBe("Jane Roe");
  });
});
