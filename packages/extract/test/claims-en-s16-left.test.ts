// English leftovers of 1.60: a silence ("said nothing"), a body owned by a plural possessive ("The dockers'
// guild"), a name ending in "?" ("Which?"), "An Garda Síochána", "state Sen. X" in an appositive.
// Made-up sentences.
import { describe, expect, it } from "vitest";
import { englishOn } from "./english.ts";

const en = englishOn("2026-12-01");
const brief = (text: string) => en(text).map((c) => [c.speaker.name, c.cue.text, c.content.text]);
const named = (text: string) => en(text).map((c) => [c.speaker.name, c.speaker.mention?.text, c.cue.text]);

describe("'said nothing' is a silence, as 'declined to comment' is", () => {
  it("reports no claim for nothing said, with or without its topic and occasion", () => {
    expect(brief("Asked about the missing funds, the treasurer said nothing.")).toEqual([]);
    expect(
      brief("The fire chief said nothing about the cause when reporters stopped him on Monday."),
    ).toEqual([]);
    expect(brief("The palace has said nothing publicly about the visit.")).toEqual([]);
    expect(brief("The striker said nothing more, and his agent told reporters a deal was close.")).toEqual([
      ["agent", "told", "a deal was close"],
    ]);
  });
  it("still reads 'nothing' opening a clause as the words said", () => {
    expect(brief("The harbour master said nothing would change before spring.")).toEqual([
      ["harbour master", "said", "nothing would change before spring"],
    ]);
    expect(brief("Police said nothing was taken from the shop.")).toEqual([
      ["Police", "said", "nothing was taken from the shop"],
    ]);
    expect(brief("The auditor said nothing in the accounts was hidden.")).toEqual([
      ["auditor", "said", "nothing in the accounts was hidden"],
    ]);
  });
});

describe("a plural possessive before a body's kind", () => {
  it("reads the whole phrase as the speaker", () => {
    expect(named("The employers' federation said the wage rise was unaffordable.")).toEqual([
      ["employers' federation", "The employers' federation", "said"],
    ]);
    expect(named("The dockers’ guild warned that the port would close.")).toEqual([
      ["dockers’ guild", "The dockers’ guild", "warned"],
    ]);
    expect(named("The growers' cooperative said prices had halved.")).toEqual([
      ["growers' cooperative", "The growers' cooperative", "said"],
    ]);
  });
});

describe("a name that ends in a question or exclamation mark", () => {
  it("keeps the mark inside the name and reads the claim", () => {
    expect(named("Consumer group Which? said the fees were unfair.")).toEqual([
      ["Which?", "Consumer group Which?", "said"],
    ]);
    expect(named("Yahoo! said its profits had doubled.")).toEqual([["Yahoo!", "Yahoo!", "said"]]);
  });
  it("still reads no speaker from a question before a lowercase word", () => {
    expect(brief("Is it safe? said nobody at the meeting.")).toEqual([]);
  });
});

describe("An Garda Síochána", () => {
  it("is a body, not a person", () => {
    const [c] = en("An Garda Síochána said a man in his 40s had been arrested in Limerick.");
    expect(c && [c.speaker.name, c.speaker.kind]).toEqual(["An Garda Síochána", "organisation"]);
  });
  it("leaves 'Garda Commissioner X' a person", () => {
    const [c] = en("Garda Commissioner Niamh Kelly said the unit would be doubled.");
    expect(c && [c.speaker.name, c.speaker.kind]).toEqual(["Niamh Kelly", "person"]);
  });
});

describe("'state Sen. X' between an appositive's commas", () => {
  it("names the senator, and 'state' is no verb", () => {
    expect(
      named("The bill's sponsor, state Sen. Ruth Adler, said Wednesday that it would save money."),
    ).toEqual([["Ruth Adler", "The bill's sponsor, state Sen. Ruth Adler", "said"]]);
    expect(named("The measure's chief sponsor, state Rep. Tom Vance, said the vote was close.")).toEqual([
      ["Tom Vance", "The measure's chief sponsor, state Rep. Tom Vance", "said"],
    ]);
  });
  it("still reads 'state' as a verb before a clause", () => {
    expect(brief("The guidelines state that no patient may be turned away.")).toEqual([
      ["guidelines", "state", "no patient may be turned away"],
    ]);
  });
});

describe("a body named for a list of fields, commas and all, before its kind", () => {
  it("reads the whole name as the body, up to its determiner", () => {
    expect(named("The Rail, Tram and Bus Union's spokesman said the walkout would go ahead.")).toEqual([
      ["Rail Tram and Bus Union's spokesman", "The Rail, Tram and Bus Union's spokesman", "said"],
    ]);
    expect(named("The Food, Drink and Tobacco Federation warned that prices would rise.")).toEqual([
      ["Food, Drink and Tobacco Federation", "The Food, Drink and Tobacco Federation", "warned"],
    ]);
    expect(named("A spokesman for the Fire, Rescue and Ambulance Union said crews were stretched.")).toEqual([
      [
        "Fire, Rescue and Ambulance Union spokesman",
        "A spokesman for the Fire, Rescue and Ambulance Union",
        "said",
      ],
    ]);
  });
  it("still reads two people joined by 'and' as no body", () => {
    expect(named("Patel and Morgan said the walkout would go ahead.").map((c) => c[0])).not.toContain(
      "Patel and Morgan",
    );
  });
});

describe("a first-paragraph dateline with no headline above it", () => {
  it("is the writer's, not a speaker label", () => {
    const claims = en(
      'DHAKA: The commerce minister said on Tuesday that onion imports would resume.\n\n"Prices will fall within a week," he added.',
    );
    expect(claims.map((c) => [c.speaker.name, c.speaker.mention?.text, c.cue.text])).toEqual([
      ["commerce minister", "The commerce minister", "said"],
      ["commerce minister", "he", "added"],
    ]);
    expect(claims[0]?.date).toBe("2026-12-01");
  });
  it("still reads a lone transcript label as its speaker's words", () => {
    expect(named("HARTLEY: We never agreed to any of it.")).toEqual([["HARTLEY", "HARTLEY", ":"]]);
  });
});

describe("'the club' after a club whose name shows no kind", () => {
  it("is the one club quoted before", () => {
    const claims = en("Fulham said the deal was done. The club said the midfielder had passed a medical.");
    expect(claims.map((c) => [c.speaker.name, c.speaker.kind])).toEqual([
      ["Fulham", "organisation"],
      ["Fulham", "organisation"],
    ]);
    const united = en(
      "Carlisle United confirmed the loan on Friday. The club said the striker would join on Monday.",
    );
    expect(united.map((c) => c.speaker.name)).toEqual(["Carlisle United", "Carlisle United"]);
  });
  it("guesses no club when two were quoted", () => {
    const claims = en(
      "Fulham said the deal was done. Everton said it had made a rival bid. The club said talks were over.",
    );
    expect(claims.map((c) => c.speaker.name)).toEqual(["Fulham", "Everton", "club"]);
  });
});

describe("an office named in a relative clause after the name ('who became Taoiseach in 2024')", () => {
  it("lets a later bare title find its holder, not the last speaker", () => {
    const claims = en(
      "Cathal Dunne, who became Taoiseach last year, defended the budget. Opposition leader Aoife Brennan said it was a giveaway. The Taoiseach said her party had no plan.",
    );
    expect(claims.map((c) => [c.speaker.name, c.speaker.mention?.text])).toEqual([
      ["Aoife Brennan", "Opposition leader Aoife Brennan"],
      ["Cathal Dunne", "The Taoiseach"],
    ]);
    const sheriff = en(
      "Ruth Okafor, who is the county sheriff, toured the jail on Monday. Tom Reid said it was full. The sheriff said more beds were coming.",
    );
    expect(sheriff.map((c) => c.speaker.name)).toEqual(["Tom Reid", "Ruth Okafor"]);
  });
});

describe("an op-ed writer's contracted first person ('I’ve', 'We’ve')", () => {
  it("is read as 'I'/'we' (as a plain 'I said' is), never as a name a later speaker resolves to", () => {
    const claims = en(
      "OPINION | Fix the ferries first\n\nBy Morag Innes\n\nI’ve warned for years that the island fares are too high. We’ve said before that the council must act.\n\nThe transport convener said last week that a review was under way.",
    );
    expect(claims.map((c) => [c.speaker.name, c.speaker.mention?.text, c.cue.text])).toEqual([
      [null, "I", "warned"],
      [null, "We", "said"],
      ["transport convener", "The transport convener", "said"],
    ]);
  });
  it("keeps a quoted first person, the quote's speaker's, and a transcript label's words", () => {
    expect(named("“I’ve said for years that the fares are too high,” the convener said.")).toEqual([
      ["convener", "the convener", "said"],
    ]);
    expect(named("INNES: I’ve said all along that the fares are too high.")).toEqual([
      ["INNES", "INNES", ":"],
    ]);
  });
});

describe("an inverted speaker, then a dash and a relative clause about them", () => {
  it("keeps the claim before the verb", () => {
    expect(
      named("The tally was wrong, said Dana Whitfield — who’s called for a recount in two counties."),
    ).toEqual([["Dana Whitfield", "Dana Whitfield", "said"]]);
    expect(brief("The ballots were lost, said county clerk Ray Moss – who is retiring in May.")).toEqual([
      ["Ray Moss", "said", "The ballots were lost"],
    ]);
  });
});

describe("'The two said', 'Both said' after two people named", () => {
  // (decided: the group speaks, named by its description, as "Both men" and "All three" already are; no one
  // of the two is guessed)
  it("gives the group, not a person named 'Both' nor one of the two", () => {
    const text =
      "Councillors Ines Garrido and Paul Mensah walked out of the vote. Both said the plan had been rushed. The two added that residents had not been consulted.";
    expect(en(text).map((c) => [c.speaker.name, c.speaker.kind])).toEqual([
      ["both", "unknown"],
      ["two", "unknown"],
    ]);
    expect(en("Many said the plan had been rushed.").map((c) => [c.speaker.name, c.speaker.kind])).toEqual([
      ["many", "unknown"],
    ]);
  });
  it("reads 'Both men' the same way", () => {
    const [c] = en("Ines Garrido and Paul Mensah walked out. Both men said the plan had been rushed.");
    expect(c && [c.speaker.name, c.speaker.kind]).toEqual(["Both men", "unknown"]);
  });
});

describe("'who’s called for …' between en dashes after the speaker's name", () => {
  it("names the speaker before the aside, as with em dashes and commas", () => {
    expect(
      named("Assemblywoman Rosa Bell – who’s called for a full audit – said the count was flawed.").map(
        (c) => c[0],
      ),
    ).toEqual(["Rosa Bell"]);
  });
  it("ends a relative claim's words at the closing dash, as at the closing comma", () => {
    expect(brief("Rosa Bell — who has warned that the plan is flawed — said it would fail.")).toEqual([
      ["Rosa Bell", "has warned", "the plan is flawed"],
      ["Rosa Bell", "said", "it would fail"],
    ]);
  });
});

describe("two bodies of one kind, each named by a possessive ('the nurses' union', 'the dockers' union')", () => {
  it("keeps them apart, and a bare 'the union' is the last one", () => {
    const claims = en(
      "The teachers' union said pay talks had failed. The cleaners' union said it would join the strike. The union said a ballot would close on Friday.",
    );
    expect(claims.map((c) => c.speaker.name)).toEqual([
      "teachers' union",
      "cleaners' union",
      "cleaners' union",
    ]);
  });
});
