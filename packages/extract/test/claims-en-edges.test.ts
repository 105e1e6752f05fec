import { describe, expect, it } from "vitest";
import { extract } from "../src/index.ts";

const run = (text: string) =>
  extract({ text, publishedAt: "2025-11-26", lang: "en" }).claims.map((c) => ({
    mention: c.speaker.mention?.text ?? null,
    cue: c.cue.text,
    content: c.content.text,
  }));

describe("English content edges", () => {
  it("leaves a sentence-initial conjunction out of the content", () => {
    const [c] = run("And perhaps, the mayor said, the new bridge could open by spring.");
    expect(c?.content).toBe("perhaps, the mayor said, the new bridge could open by spring");
  });
  it("keeps a quote interrupted by its speaker whole", () => {
    const [c] = run('"My hope," she said, "is that the council will listen."');
    expect(c?.content).toBe('"My hope," she said, "is that the council will listen."');
    const [d] = run("It was, the governor said, “a day nobody will forget.”");
    expect(d?.content).toBe("It was, the governor said, “a day nobody will forget.”");
  });
  it("leaves an opening time phrase out of a parenthetical claim", () => {
    const [c] = run("During his years in office, the mayor said, the city doubled its parks.");
    expect(c).toMatchObject({ mention: "the mayor", content: "the city doubled its parks" });
    const [d] = run("In a statement, Smith said, “We will fight this ruling.”");
    expect(d?.content).toBe("“We will fight this ruling.”");
  });
  it("reads an inverted source placed by a prepositional phrase", () => {
    const [c] = run("“The talks are stalled,” said one official on the committee.");
    expect(c).toMatchObject({ mention: "one official", content: "“The talks are stalled,”" });
  });
  it("prefers a source closing the clause to an appositive reading before the comma", () => {
    const [c] = run("The budget talks collapsed, and the meeting ended early, said one aide in the room.");
    expect(c).toMatchObject({
      mention: "one aide",
      cue: "said",
      content: "The budget talks collapsed, and the meeting ended early",
    });
  });
  it("ends an object at a coordinated past-tense verb, which reports a claim of its own", () => {
    const claims = run(
      "Senator Warren called the bank’s conduct “outrageous” and called for pay to be clawed back.",
    );
    expect(claims.map((c) => [c.cue, c.content])).toEqual([
      ["called", "the bank’s conduct “outrageous”"],
      ["called for", "pay to be clawed back"],
    ]);
    const [said] = run("The governor said he had pneumonia twice and blamed the long campaign.");
    expect(said?.content).toBe("he had pneumonia twice");
  });
  it("reads a claim inside a relative clause, from its pronoun to where the clause closes", () => {
    const [a] = run("He was fired after what his boss called a “tantrum,” a week of angry posts.");
    expect(a).toMatchObject({ mention: "his boss", content: "what his boss called a “tantrum,”" });
    const [b] = run("The launch, which state media claimed proves the rocket works, alarmed the region.");
    expect(b?.content).toBe("which state media claimed proves the rocket works");
    const [c] = run("The project amounts to what the senators said was a giveaway.");
    expect(c?.content).toBe("what the senators said was a giveaway");
    // "in which" introduces the statement itself
    const [d] = run("He gave an interview in which he said the plan was dead.");
    expect(d?.content).toBe("the plan was dead");
  });
  it("ends content where the writer goes on (although, dash and) and objects at since/in early", () => {
    const [a] = run("The latest test, the ministry said, was its biggest yet, although experts doubt it.");
    expect(a?.content).toBe("The latest test, the ministry said, was its biggest yet");
    const [b] = run("The mayor said the budget would be tight — and he noted that taxes would not rise.");
    expect(b?.content).toBe("the budget would be tight");
    const [c] = run("The governor has attacked Smith since the Monday debate.");
    expect(c?.content).toBe("Smith");
  });
  it("reads an appositive after a party tag", () => {
    const [c] = run("“They would just take them,” Rep. Jim Jordan (R-Ohio), a panel member, said on Friday.");
    expect(c).toMatchObject({
      mention: "Rep. Jim Jordan (R-Ohio), a panel member",
      content: "“They would just take them,”",
    });
  });
  it("reads attitude verbs only with a that-clause", () => {
    const [c] = run("The senator knew that the votes were not there.");
    expect(c).toMatchObject({ cue: "knew", content: "the votes were not there" });
    expect(run("The senator knew the city well.")).toHaveLength(0);
  });
  it("keeps a sentence that goes on after “according to X,” whole", () => {
    const [c] = run(
      "The top 1 percent paid 25 percent of taxes, according to the agency, and the rest paid less.",
    );
    expect(c?.content).toBe(
      "The top 1 percent paid 25 percent of taxes, according to the agency, and the rest paid less",
    );
  });
  it("skips a hearer before the content of told", () => {
    const [a] = run("Trump told the forum he was against the war.");
    expect(a?.content).toBe("he was against the war");
    const [b] = run("Clinton tells “Morning Joe” on Friday that the inquiry remains open.");
    expect(b?.content).toBe("the inquiry remains open");
  });
  it("leaves discourse links and a leading preposition out of the content", () => {
    const [a] = run("As for complexity, “the new rules are a burden,” the economist said.");
    expect(a?.content).toBe("“the new rules are a burden,”");
    const [b] = run("In addition, the records will be released soon, the spokesman said.");
    expect(b?.content).toBe("the records will be released soon");
    const [c] = run("The minister warned against hackers from abroad.");
    expect(c).toMatchObject({ cue: "warned", content: "hackers from abroad" });
    const [d] = run("He says of his rival, “She will sell the office.”");
    expect(d?.content).toBe("“She will sell the office.”");
  });
  it("continues a quote into a following paragraph that is only a quotation", () => {
    const [c] = run(
      "“Nobody writes songs for her,” he said.\n\n“The vote is against him. It is not for her.”\n\nThe rally ended.",
    );
    expect(c?.content).toBe(
      "“Nobody writes songs for her,” he said.\n\n“The vote is against him. It is not for her.”",
    );
  });
  it("takes the quote before “she said, but …” as the content", () => {
    const [c] = run("“You winning?” she said, but he was drifting off again.");
    expect(c?.content).toBe("“You winning?”");
  });
  it("reads state/plan/answer as verbs only before that", () => {
    expect(run("The state attorney general is reviewing the charity.")).toHaveLength(0);
    expect(run("Voters who plan to tune in were surveyed.")).toHaveLength(0);
    const [c] = run("Officials state that the bridge is safe.");
    expect(c).toMatchObject({ cue: "state", content: "the bridge is safe" });
  });
  it("reads a weak participle after a comma with the main clause's speaker", () => {
    const claims = run("The union endorsed the senator on Monday, citing her work on family leave.");
    expect(claims.at(-1)).toMatchObject({ cue: "citing", content: "her work on family leave" });
  });
  it("keeps a non-restrictive which-clause in the reported content", () => {
    const [c] = run("The paper wrote that he claimed a loss in 1995, which could have let him avoid taxes.");
    expect(c?.content).toBe("he claimed a loss in 1995, which could have let him avoid taxes");
  });
  it("keeps a sentence whole when the speaker and circumstances interrupt it before “, and”", () => {
    const claims = run(
      "The middle fifth paid 9 percent, the agency said in a June report, and the bottom fifth paid 1 percent.",
    );
    expect(claims).toHaveLength(1);
    expect(claims[0]?.content).toBe(
      "The middle fifth paid 9 percent, the agency said in a June report, and the bottom fifth paid 1 percent",
    );
  });
  it("keeps the accused in the content of “accused X of …”", () => {
    const [c] = run("The senator accused her rival of lying about the budget.");
    expect(c).toMatchObject({ cue: "accused", content: "her rival of lying about the budget" });
  });
  it("reads a participle with its that-clause after a noun", () => {
    const [c] = run("The mayor posted a series of messages early Friday saying that the vote was rigged.");
    expect(c).toMatchObject({ cue: "saying", content: "the vote was rigged" });
  });
  it("makes no claim of circumstances alone after the verb", () => {
    const run = (text: string) => extract({ text, lang: "en", publishedAt: "2016-10-01" }).claims;
    expect(run("The plan is dead, Hollande said. Hollande said as he entered the talks.")).toHaveLength(1);
    expect(run("The campaign did not immediately respond to requests for comment.")).toHaveLength(0);
    // (a plan told with an infinitive is no claim since session 18, as the team's sets read it: set Z's "… plans to build")
    expect(run("The campaign plans to call on young people to vote.")).toHaveLength(0);
  });
  it("reads a speech participle after a preposition, with the nearest speaker", () => {
    const run = (text: string) =>
      extract({ text, lang: "en", publishedAt: "2016-10-01" }).claims.map((c) => [
        c.speaker.name,
        c.cue.text,
        c.content.text,
      ]);
    expect(
      run("Dean, a doctor, appeared on MSNBC and began by saying he would never diagnose anyone."),
    ).toEqual([["Dean", "saying", "he would never diagnose anyone"]]);
    expect(run("It goes without saying that the plan is costly.")).toEqual([]);
  });
  it("reads a court ruling as the source of an inverted quote", () => {
    const [c] = extract({ text: '"The state cannot purge voters," said the ruling.', lang: "en" }).claims;
    expect(c?.speaker.mention?.text).toBe("the ruling");
  });
  it("reads «as she called for …» but not the comparison «as X called them»", () => {
    const cues = (text: string) => extract({ text, lang: "en" }).claims.map((c) => c.cue.text);
    expect(cues("She was emotional as she called for the ratification of the amendment.")).toEqual([
      "called for",
    ]);
    expect(cues("They are a Trojan horse (or, as one magazine called them, Manchurian anchors).")).toEqual(
      [],
    );
  });
  it("reports no statement in a request for anonymity or an unanswered question", () => {
    const cues = (text: string) => extract({ text, lang: "en" }).claims.map((c) => c.cue.text);
    expect(cues("An official, who asked not to be named, said the mediator would be a judge.")).toEqual([
      "said",
    ]);
    expect(cues("The miner said some shipments had been rerouted, but it did not say how many.")).toEqual([
      "said",
    ]);
  });
  it("reads a transcript label as a speaker but not a rubric («Interview:», «Analysis:»)", () => {
    const claims = extract({
      text: "Interview: The mayor on housing and the budget\nQ: What will you do?\nGRANT: We are building 5,000 homes.",
      lang: "en",
    }).claims.map((c) => c.speaker.name);
    expect(claims).toEqual(["GRANT"]);
  });
  it("reads a quote closed by «said by telephone» and a participle after a dateline", () => {
    const run = (text: string) =>
      extract({ text, lang: "en" }).claims.map((c) => [c.speaker.name, c.cue.text, c.content.text]);
    expect(run('"We did not choose this fight," Rojas said by telephone.')).toEqual([
      ["Rojas", "said", '"We did not choose this fight,"'],
    ]);
    expect(
      run(
        "BLANTYRE, Malawi — The United Nations appealed yesterday for $80 million, warning that cholera could spread.",
      ),
    ).toEqual([["United Nations", "warning", "cholera could spread"]]);
    expect(run("It was a view echoed by everyone I interviewed.")).toEqual([]);
  });
  it("keeps a pronoun's action inside a statement as part of that statement", () => {
    const cues = extract({
      text: "The company said it would report full fourth-quarter results on Feb. 11.",
      lang: "en",
    }).claims.map((c) => c.cue.text);
    expect(cues).toEqual(["said"]);
  });
  it("reads no claim in a participle that modifies a noun («the money pledged after the cyclone»)", () => {
    const cues = extract({
      text: "She added that only a fraction of the money pledged after last year's cyclone had ever arrived.",
      lang: "en",
    }).claims.map((c) => c.cue.text);
    expect(cues).toEqual(["added"]);
  });
  it("leaves the time a statement was made out of a past-tense verb's object", () => {
    const [c] = extract({
      text: "Kestrel Maritime denied the accusation yesterday, saying its ship had not been near the cable.",
      lang: "en",
      publishedAt: "2026-06-13",
    }).claims;
    expect(c).toMatchObject({ content: { text: "the accusation" }, date: "2026-06-12" });
  });
  it("keeps the one urged in the request ('urged Congress to act')", () => {
    const [c] = run("The governor urged state lawmakers to pass the budget before July.");
    expect(c?.content).toBe("state lawmakers to pass the budget before July");
    const [d] = run("Ms. Reyes urged Congress to act quickly.");
    expect(d?.content).toBe("Congress to act quickly");
  });
});
