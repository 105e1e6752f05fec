// Sentences that read like English claims but report no one's words: a goal added, a letter written, a
// greeting said, a match report's keys, a timeline's clock times, a name given between commas, a market move.
// And where the words start, and which body or force speaks. Made-up sentences.
import { describe, expect, it } from "vitest";
import { englishOn } from "./english.ts";

const en = englishOn("2026-11-20");
const brief = (text: string) => en(text).map((c) => [c.speaker.name, c.cue.text, c.content.text]);

describe("a thing added or written is no claim; words added or written are", () => {
  it("drops a goal, a stall or points added", () => {
    expect(brief("Rovers led early. Kim Dale added a second before half-time.")).toEqual([]);
    expect(brief("Organiser Ann Roe added a new raffle stall this year.")).toEqual([]);
    expect(brief("The winger added another in the 80th minute.")).toEqual([]);
  });
  it("drops a letter, a foreword or a bill written, and a letter's addressee alone", () => {
    expect(brief("The vicar wrote the foreword to a new history of the parish.")).toEqual([]);
    expect(brief("Lee wrote a letter to the parish council last month.")).toEqual([]);
    expect(brief("The tenants, who wrote to the landlord in May, said the boiler had failed.")).toEqual([
      ["tenants", "said", "the boiler had failed"],
    ]);
    expect(brief("Sen. Ada Cruz, D-Oregon, who wrote the bill, said it would cut costs.")).toEqual([
      ["Ada Cruz", "said", "it would cut costs"],
    ]);
  });
  it("keeps what is added or written as a clause, even with a relative aside", () => {
    expect(brief("The coach added the figures, which came out on Monday, were worrying.")).toEqual([
      ["coach", "added", "the figures, which came out on Monday, were worrying"],
    ]);
    expect(brief("The mayor added that the road would reopen.")).toEqual([
      ["mayor", "added", "the road would reopen"],
    ]);
    expect(brief("The head teacher wrote to the minister that the school was unsafe.")).toEqual([
      ["head teacher", "wrote", "the school was unsafe"],
    ]);
  });
});

describe("a greeting or a rite said is no claim", () => {
  it("drops goodbye, farewell, grace, a prayer and Mass", () => {
    expect(brief("Defender Paul Grant said goodbye to the home fans after the match.")).toEqual([]);
    expect(brief("The vicar, Rev John Hart, said grace before the lunch.")).toEqual([]);
    expect(brief("The bishop said a prayer for the victims.")).toEqual([]);
    expect(brief("The Pope said Mass in the square on Sunday.")).toEqual([]);
  });
  it("drops thanks said to people, keeps words after 'thanks to'", () => {
    expect(brief("Organisers said thanks to the dozens of volunteers.")).toEqual([]);
    expect(brief("The mayor said thanks to the grant the park would reopen.")).toEqual([
      ["mayor", "said", "thanks to the grant the park would reopen"],
    ]);
  });
  it("keeps words that only open with such a word", () => {
    expect(brief("The mayor said mass layoffs were unlikely.")).toEqual([
      ["mayor", "said", "mass layoffs were unlikely"],
    ]);
  });
});

describe("a match report's and a listing's keys are no speakers", () => {
  it("drops Results:, Scores:, Referee: and Disclosure: lines", () => {
    const text =
      "Rovers beat United on Saturday.\n\nResults: Rovers 3 United 1; City 0 Town 0.\n\nReferee: Mike Dean.\n\n" +
      "Disclosure: The paper's owner has a stake in the club.";
    expect(brief(text)).toEqual([]);
  });
  it("keeps a speaker's label", () => {
    expect(brief("Debate night\n\nPence: Flowers will not be at the debate.")).toEqual([
      ["Pence", ":", "Flowers will not be at the debate"],
    ]);
  });
});

describe("a timeline's entries opened by a clock time are the writer's", () => {
  it("drops a headline-style report in an entry", () => {
    const text =
      "A storm hit the county overnight.\n\nTimeline:\n- 9 p.m. Wednesday: Wind warning issued\n" +
      "- 1 a.m. Thursday: Substation fails\n- 6 a.m. Thursday: Utility says 40,000 homes without power";
    expect(brief(text)).toEqual([]);
  });
});

describe("a name given between commas is no speaker", () => {
  it("drops 'The phone, called the Fold X, has …'", () => {
    expect(brief("The phone, called the Fold X, has a 7-inch screen.")).toEqual([]);
    expect(brief("A new bakery, called Crumbs, opened on the high street.")).toEqual([]);
  });
  it("keeps a speaker's 'called' after an appositive, whose object is no name closing an aside", () => {
    expect(brief('Ada Moore, a senior adviser, called Mr. Obama\'s remarks "a wake-up call".')).toEqual([
      ["Ada Moore", "called", 'Mr. Obama\'s remarks "a wake-up call"'],
    ]);
  });
});

describe("an occasion's aside between the cue and 'that' is not the words", () => {
  it("starts the words after 'that' past a reduced or 'which' relative on the occasion", () => {
    expect(
      brief("Judge Ann Moss said during the hearing, held in the largest courtroom, that the driver lied."),
    ).toEqual([["Ann Moss", "said", "the driver lied"]]);
    expect(
      brief("The minister said at the ceremony, attended by 300 guests, that the bridge would open."),
    ).toEqual([["minister", "said", "the bridge would open"]]);
    expect(
      brief("The governor told reporters at the fair, which was held in Dayton, that she would run."),
    ).toEqual([["governor", "told", "she would run"]]);
  });
});

describe("'the council' is never another kind of body quoted before it", () => {
  it("gives 'the council' a body of its own after a prosecution service spoke", () => {
    const text =
      "The Crown Prosecution Service said it respected the verdict.\n\nThe council said it had tightened its rules.";
    expect(en(text).map((c) => c.speaker.name)).toEqual(["Crown Prosecution Service", "council"]);
  });
  it("still finds the council named before", () => {
    const text =
      "Leeds City Council was criticised in the report.\n\nThe Crown Prosecution Service said it respected the verdict.\n\n" +
      "The council said it had tightened its rules.";
    expect(en(text).map((c) => c.speaker.name)).toEqual(["Crown Prosecution Service", "Leeds City Council"]);
  });
});

describe("a market move, a recall of goods and a thing shown in person are no claims", () => {
  it("drops a share or index that 'added' a figure", () => {
    expect(brief("Stocks rose on Monday. Apple added 1.2% and Microsoft added 0.8%.")).toEqual([]);
    expect(brief("In Asia, the Nikkei 225 added 0.4% and the Hang Seng lost 1.1%.")).toEqual([]);
  });
  it("keeps 'added' before a clause that opens with a number", () => {
    expect(brief("The governor added 200 people had been rescued.")).toEqual([
      ["governor", "added", "200 people had been rescued"],
    ]);
  });
  it("drops vehicles or an ambassador recalled, keeps a memory", () => {
    expect(brief("Shares fell after the carmaker recalled 200,000 vehicles.")).toEqual([]);
    expect(brief("Ghana recalled its ambassador to Lomé.")).toEqual([]);
    expect(brief("The mayor recalled that the bridge had flooded twice.")).toEqual([
      ["mayor", "recalled", "the bridge had flooded twice"],
    ]);
  });
  it("drops 'shows me the boat', keeps what figures show", () => {
    expect(brief("Boatman Angus Reid, 78, shows me the boat his grandfather built.")).toEqual([]);
    expect(brief("The report showed voters were angry.")).toEqual([
      ["report", "showed", "voters were angry"],
    ]);
  });
});

describe("a police force named for two places is one body", () => {
  it("names 'Devon and Cornwall Police' whole, and 'Police' later is that force", () => {
    const text =
      "Devon and Cornwall Police said the road was closed for four hours.\n\nPolice said a man had been arrested.";
    expect(en(text).map((c) => c.speaker.name)).toEqual([
      "Devon and Cornwall Police",
      "Devon and Cornwall Police",
    ]);
  });
});
