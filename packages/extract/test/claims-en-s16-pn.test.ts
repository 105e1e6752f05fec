// English claims that report nothing (session 16, lane pn: PolNeAR dev's spurious claims): a noun-like cue
// word before its own verb, a word that cannot be a subject, an object that is no statement. Made-up sentences.
import { describe, expect, it } from "vitest";
import { englishOn } from "./english.ts";

const en = englishOn("2026-06-10");
const brief = (text: string) => en(text).map((c) => [c.speaker.name, c.cue.text, c.content.text]);

describe("a noun-like cue word right before a finite verb is the noun", () => {
  it("reads no claim in 'support was', 'support has'", () => {
    expect(brief("Farm support was weaker than expected in the northern counties.")).toEqual([]);
    expect(brief("Public support has grown since the flood.")).toEqual([]);
  });
  it("keeps the claim of the sentence around the noun", () => {
    expect(brief("Union support was decisive, the organisers said.")).toEqual([
      ["organisers", "said", "Union support was decisive"],
    ]);
  });
  it("still reads a verb whose object was moved before its subject", () => {
    expect(brief("The cuts Republicans support would hurt schools, the mayor said.")).toContainEqual([
      "mayor",
      "said",
      "The cuts Republicans support would hurt schools",
    ]);
  });
});

describe("words that cannot be a reporting verb's subject", () => {
  it("reads no speaker in an imperative", () => {
    expect(brief("Don't blame the teachers for the strike.")).toEqual([]);
    expect(brief("Now tell me that this is fair.")).toEqual([]);
    expect(brief("Never say the council was wrong.")).toEqual([]);
  });
  it("reads no speaker in 'to' before a split infinitive", () => {
    expect(brief("He was able to quickly tout his record on jobs.")).toEqual([]);
  });
  it("reads no speaker in a preposition before a participle", () => {
    expect(
      brief(
        "The senator said it is clear from publicly disclosed information that the hack was ordered abroad.",
      ),
    ).toEqual([
      ["senator", "said", "it is clear from publicly disclosed information that the hack was ordered abroad"],
    ]);
  });
  it("still reads a subject after an opening adverb and comma", () => {
    expect(brief("Now, the minister says the plan is dead.")).toEqual([
      ["minister", "says", "the plan is dead"],
    ]);
  });
});

describe("objects that are no statement", () => {
  it("reads no claim in a way found", () => {
    expect(brief("Engineers found a way to cut the cost of the bridge.")).toEqual([]);
    expect(brief("The two firms have found new ways to avoid the levy.")).toEqual([]);
    expect(brief("The audit found that the council had overspent.")).toEqual([
      ["audit", "found", "the council had overspent"],
    ]);
  });
  it("reads no claim in what a thing 'says something about'", () => {
    expect(brief("Her choice of running mate says something about the party's priorities.")).toEqual([]);
    expect(brief("The verdict says a lot about the state of the courts.")).toEqual([]);
  });
  it("reads no claim in a plain object of 'continue'", () => {
    expect(brief("The campaign will continue its bus tour through Iowa next week.")).toEqual([]);
    expect(brief("“We are not leaving,” she continued.")).toEqual([
      [null, "continued", "“We are not leaving,”"],
    ]);
    expect(brief("She continued, “The clinic will stay open.”")).toEqual([
      [null, "continued", "“The clinic will stay open.”"],
    ]);
    expect(brief("The chairman continued to insist that the vote was fair.")).toEqual([
      ["chairman", "continued to insist", "the vote was fair"],
    ]);
  });
  it("reads no claim in an unanswered message of one's own", () => {
    expect(brief("A spokesman for the senator did not respond to my messages.")).toEqual([]);
    expect(brief("The agency did not respond to our emails on Friday.")).toEqual([]);
  });
});

describe("more objects and subjects that are no statement", () => {
  it("reads no claim in 'find themselves'", () => {
    expect(brief("Aid workers occasionally find themselves in the middle of the fighting.")).toEqual([]);
  });
  it("reads no claim in a verb coordinated with another before their object", () => {
    expect(brief("The senator, who said and did the same things as the governor, was reelected.")).toEqual(
      [],
    );
  });
  it("reads no claim in a program maintained, but keeps innocence maintained", () => {
    expect(brief("The foundation maintains a program to train young nurses in Ghana.")).toEqual([]);
    expect(brief("The minister maintained his innocence throughout the trial.")).toEqual([
      ["minister", "maintained", "his innocence throughout the trial"],
    ]);
  });
  it("reads no claim in what 'everything' someone says is", () => {
    expect(brief("Everything the mayor says is a lie.")).toEqual([]);
    expect(brief("All the ministers said the plan was dead.")).toEqual([
      ["All the ministers", "said", "the plan was dead"],
    ]);
  });
  it("reads a base form after a possessive and a name as a noun", () => {
    expect(brief("Her TV show sold more tickets than the film.")).toEqual([]);
    expect(brief("Her weekly Radio Four show drew two million listeners.")).toEqual([]);
    expect(brief("Clinton's Democratic allies say the bill will pass.")).toEqual([
      ["Clinton's Democratic allies", "say", "the bill will pass"],
    ]);
    expect(brief("Our Labour MPs say the bill is flawed.")).toEqual([
      ["Our Labour MPs", "say", "the bill is flawed"],
    ]);
  });
});

describe("a candidate named by party alone is the candidate whose title gives that party", () => {
  const named = (text: string) => en(text).map((c) => [c.speaker.name, c.speaker.mention?.text]);
  it("reads 'the Republican presidential nominee' after 'Republican Donald Trump' as him", () => {
    expect(
      named(
        "Republican Donald Trump said on Friday that the race was close. The Republican presidential nominee noted that his campaign had not spent much on ads.",
      ),
    ).toEqual([
      ["Donald Trump", "Republican Donald Trump"],
      ["Donald Trump", "The Republican presidential nominee"],
    ]);
    expect(
      named(
        "Democratic Senator Jane Moss said the bill was dead. The Democrat added that she would try again next year.",
      ),
    ).toEqual([
      ["Jane Moss", "Democratic Senator Jane Moss"],
      ["Jane Moss", "The Democrat"],
    ]);
  });
  it("prefers the party's candidate over the person just quoted", () => {
    expect(
      named(
        "Democrat Hillary Clinton said the plan was reckless. Republican Sen. Tom Hale said the plan was fine. The Democratic nominee said it would fail.",
      ).at(-1),
    ).toEqual(["Hillary Clinton", "The Democratic nominee"]);
  });
  it("leaves a party's nominee unresolved when no one's title gives that party", () => {
    expect(
      named(
        "Donald Trump said on Friday that the race was close. The Republican presidential nominee noted that his campaign had not spent much on ads.",
      ).at(-1),
    ).toEqual(["Republican presidential nominee", "The Republican presidential nominee"]);
  });
});

describe("a named person's message speaks, but is no one a pronoun stands for", () => {
  const named = (text: string) => en(text).map((c) => [c.speaker.name, c.speaker.mention?.text]);
  it("reads 'she' after 'a Tom Hale tweet attacking …' as the woman quoted, not the tweet", () => {
    expect(
      named(
        "Ana Ruiz said she would run again. Tom Hale said he would too. Ruiz is describing as unhinged a Tom Hale tweet attacking a former aide. She says his temperament is dangerous.",
      ).at(-1),
    ).toEqual(["Ana Ruiz", "She"]);
  });
  it("still reads the ad itself as the speaker of what it says", () => {
    expect(
      named("Ana Ruiz said she would run again. A Tom Hale campaign ad attacked the plan on Monday.").at(-1),
    ).toEqual(["Tom Hale campaign ad", "A Tom Hale campaign ad"]);
  });
});

describe("an honorific's gender picks among people who share a family name", () => {
  const lastName = (text: string) => en(text).at(-1)?.speaker.name;
  it("reads 'Mrs. Clinton' as the woman, 'Mr. Clinton' as the man, whoever was named last", () => {
    expect(
      lastName(
        "Hillary Clinton spoke in Ohio. She said the plan was sound. Bill Clinton said he would campaign for it in Ohio. Mrs. Clinton said the vote would be close.",
      ),
    ).toBe("Hillary Clinton");
    expect(
      lastName(
        "Bill Clinton spoke in Ohio. He said the plan was sound. Hillary Clinton said she would campaign for it. Mr. Clinton said the vote would be close.",
      ),
    ).toBe("Bill Clinton");
  });
  it("still takes the one named last when no gender is known", () => {
    expect(
      lastName(
        "Hillary Clinton said the plan was sound. Bill Clinton said the plan would pass. Mr. Clinton said the vote would be close.",
      ),
    ).toBe("Bill Clinton");
  });
});
