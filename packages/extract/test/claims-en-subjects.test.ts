import { describe, expect, it } from "vitest";
import { extract } from "../src/index.ts";

const run = (text: string) =>
  extract({ text, publishedAt: "2025-11-26", lang: "en" }).claims.map((c) => ({
    name: c.speaker.name,
    cue: c.cue.text,
    content: c.content.text,
  }));

describe("English speaker phrases", () => {
  it("reads a common noun after a possessive name", () => {
    const [c] = run("However, the company's filing said that the loss was temporary.");
    expect(c?.content).toBe("the loss was temporary");
    const [d] = run("However, Acme Corp's filing said that the loss was temporary.");
    expect(d).toMatchObject({ cue: "said", content: "the loss was temporary" });
  });
  it("reads a speaker opened by one, another or each", () => {
    const [c] = run("Most of the jobs depend on exports, one slide says.");
    expect(c).toMatchObject({ cue: "says", content: "Most of the jobs depend on exports" });
  });
  it("keeps lowercase modifiers after the comma with the speaker and drops the dateline", () => {
    const [c] = run("PARIS ― The new tax is an insult to farmers, angry rural mayors said Friday.");
    expect(c).toMatchObject({ cue: "said", content: "The new tax is an insult to farmers" });
  });
  it("skips a relative clause between the speaker and the verb", () => {
    const [c] = run("Jane Doe, who watched the ceremony on a screen, said the event moved her.");
    expect(c).toMatchObject({ name: "Jane Doe", content: "the event moved her" });
  });
  it("reads a long appositive between commas or dashes before the verb", () => {
    const [a] = run(
      "David Kamin, an outside adviser to the campaign on tax and budget issues and an associate professor at New York University School of Law, said that the campaign was taking a close look at the provisions.",
    );
    expect(a).toMatchObject({
      name: "David Kamin",
      content: "the campaign was taking a close look at the provisions",
    });
    const [b] = run(
      "Kall -- co-editor of a book analyzing the candidate's performances at primary debates -- said the candidate tended to make announcements there.",
    );
    expect(b).toMatchObject({ name: "Kall", content: "the candidate tended to make announcements there" });
    const [c] = run("Mary Poe — the town's longtime clerk — said the count was accurate.");
    expect(c).toMatchObject({ name: "Mary Poe", content: "the count was accurate" });
  });
  it("takes the noun a post-modifier or relative clause modifies as the speaker, not its object", () => {
    const [a] = run("Officials familiar with the matter said the talks had stalled.");
    expect(a).toMatchObject({ name: "Officials familiar with the matter", content: "the talks had stalled" });
    const [b] = run("Those close to him say he would consider the offer.");
    expect(b).toMatchObject({ name: "Those close to him", cue: "say" });
    const [c] = run("Several Republicans who attended the meeting said Ryan was furious.");
    expect(c?.name).toBe("Several Republicans who attended the meeting");
    const [d] = run("A person familiar with the decision says the company will appeal.");
    expect(d).toMatchObject({ name: "person familiar with the decision", cue: "says" });
  });
  it("names a group by its description, not by the place or body it is attached to", () => {
    expect(run("Political observers in Virginia say the seat is safe.")[0]?.name).toBe(
      "Political observers in Virginia",
    );
    expect(run("Experts at the Brookings Institution said the plan would fail.")[0]?.name).toBe(
      "Experts at the Brookings Institution",
    );
  });
  it("splits a title that precedes the name, and resolves the title later", () => {
    const names = (t: string) => run(t).map((c) => c.name);
    expect(names("Texas Gov. Greg Abbott said the border was closed.")).toEqual(["Greg Abbott"]);
    expect(names("Director of National Intelligence James Clapper said the threat was real.")).toEqual([
      "James Clapper",
    ]);
    expect(names("Bank of America Chief Executive Brian Moynihan said profits rose.")).toEqual([
      "Brian Moynihan",
    ]);
    expect(
      names(
        "Chicago Mayor Rahm Emanuel said the plan was fine. The mayor of Chicago said the city was safe.",
      ),
    ).toEqual(["Rahm Emanuel", "Rahm Emanuel"]);
  });
  it("reads a body named by a lowercase compound («the health ministry»)", () => {
    const [a] = run("The health ministry said 40 people had died.");
    expect(a).toMatchObject({ name: "health ministry", content: "40 people had died" });
    const [b] = run("The national weather service warned on Tuesday that rivers could rise.");
    expect(b).toMatchObject({ name: "national weather service", content: "rivers could rise" });
    // a participle after a noun phrase has no subject
    expect(run("He posted a series of early tweets saying the debate was rigged.")).toHaveLength(0);
  });
  it("does not read an adjunct after a participle as an inverted speaker", () => {
    expect(run("The Ohio plant, announced in 2023, was meant to open this year.")).toHaveLength(0);
  });
  it("ends a claim where a clause with its own speaker begins, and reads a verb after but", () => {
    expect(
      run(
        "Residents of the camp said they had one meal a day, and several women said they had walked for days.",
      ),
    ).toMatchObject([
      { name: "Residents of the camp", content: "they had one meal a day" },
      { name: "several women", content: "they had walked for days" },
    ]);
    expect(
      run("Jane Poe said the halls were better than hotels, but warned that many were far from schools."),
    ).toMatchObject([
      { name: "Jane Poe", cue: "said", content: "the halls were better than hotels" },
      { name: "Jane Poe", cue: "warned", content: "many were far from schools" },
    ]);
  });
  it("reads a verb-first speaker line before a colon («Said Ellis: …»)", () => {
    expect(
      run(
        'It would make the code worse. Said Ellis: "I doubt she cares. Not at all." Added Sen. Jane Doe, a Democrat: "It is a mess."',
      ),
    ).toEqual([
      { name: "Ellis", cue: "Said", content: '"I doubt she cares. Not at all."' },
      { name: "Jane Doe", cue: "Added", content: '"It is a mess."' },
    ]);
  });
  it("reads wire copy: a possessive body after a dateline, a medium before the clause, no nested actions", () => {
    const text =
      "KYIV, March 3 (Reuters) - Ukraine's air force said on Monday it had shot down 40 drones, adding that debris had damaged homes.\n" +
      "The European Commission said in a statement it would propose new sanctions next week.\n" +
      "Two diplomats familiar with the discussions said the package could include a gas ban.\n" +
      "Russia's defence ministry did not immediately respond to a request for comment.";
    expect(run(text)).toEqual([
      { name: "Ukraine's air force", cue: "said", content: "it had shot down 40 drones" },
      { name: "Ukraine's air force", cue: "adding", content: "debris had damaged homes" },
      { name: "European Commission", cue: "said", content: "it would propose new sanctions next week" },
      {
        name: "Two diplomats familiar with the discussions",
        cue: "said",
        content: "the package could include a gas ban",
      },
    ]);
  });
  it("gives a participle the determiner-led subject of its sentence and keeps long possessive phrases", () => {
    expect(
      run("The chancellor has ruled out a wealth tax, telling MPs that it would raise little.")[0]?.name,
    ).toBe("chancellor");
    expect(run("The prime minister's official spokesman said the cabinet was united.")[0]?.name).toBe(
      "prime minister's official spokesman",
    );
  });
  it("reads US political bylines: party tags, «of Nevada», and reporters as hearers", () => {
    expect(
      run(
        'Rep. Tom Hale, R-Texas, who chairs the committee, called the position "indefensible." Sen. Maria Ortiz of Nevada said she was open to talks. Press secretary Karen Lee told reporters the president was disappointed.',
      ),
    ).toEqual([
      { name: "Tom Hale", cue: "called", content: 'the position "indefensible."' },
      { name: "Maria Ortiz", cue: "said", content: "she was open to talks" },
      { name: "Karen Lee", cue: "told", content: "the president was disappointed" },
    ]);
  });
  it("reads a poll, study or document with its modifiers as the source", () => {
    const [a] = run("The latest opinion poll released Friday shows that the mayor leads by five points.");
    expect(a).toMatchObject({ cue: "shows", content: "the mayor leads by five points" });
    const [b] = run(
      "Spending rose 4 percent last year, a state analysis of newly filed budget reports shows.",
    );
    expect(b).toMatchObject({ cue: "shows", content: "Spending rose 4 percent last year" });
  });
  it("reads “has long said” and a verb coordinated by but with its auxiliary", () => {
    const [a] = run("Cruz has long said that he qualifies for the office.");
    expect(a).toMatchObject({ cue: "has long said", content: "he qualifies for the office" });
    const claims = run("The senator praised the plan but has said she will vote against it.");
    expect(claims.at(-1)).toMatchObject({ cue: "has said", content: "she will vote against it" });
  });
});
