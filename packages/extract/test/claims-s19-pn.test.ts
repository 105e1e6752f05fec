// Session 19 (pn): attributions PolNeAR dev misses with no prediction near them, in shapes news writing shares.
// Made-up sentences; no text here comes from a fixture or from PolNeAR.
import { describe, expect, it } from "vitest";
import { englishOn } from "./english.ts";

// (a Wednesday)
const en = englishOn("2026-06-10");
const claims = (text: string) => en(text).map((c) => [c.speaker.name, c.cue.text, c.content.text]);

describe("“the following comment:” announces the words after its colon", () => {
  it("reads “made the following comment:” as a statement whose words follow the colon", () => {
    expect(
      claims(
        "Harbour fees\nOn March 3, 2025, Councillor Ruth Obi made the following remarks:\n\n“The harbour fees are the highest on the coast.”\n\nThe board made the following changes: it cut the fees.",
      ),
    ).toEqual([
      ["Ruth Obi", "made the following remarks", "“The harbour fees are the highest on the coast.”"],
    ]);
  });
  it("leaves “the following:” out of what was said", () => {
    expect(
      claims('Harbour fees\nThe harbour master said the following: "The pier will reopen in May."'),
    ).toEqual([["harbour master", "said the following", '"The pier will reopen in May."']]);
  });
  it("takes the next paragraph after “X said:” even when an opening phrase and its comma come first", () => {
    expect(
      claims("Harbour fees\nIn a statement, the port authority said:\n\n“Fees will rise in May.”"),
    ).toEqual([["port authority", "said", "“Fees will rise in May.”"]]);
  });
});

describe("a document's words with “read”", () => {
  it("reads an article, a headline or a complaint as quoting its words", () => {
    expect(
      claims(
        'Pier history\n"The town honored the builder for what it called the comeback of the decade," the article read.\n\n"Pier to close," the headline read.\n\nThe report reads like a thriller.',
      ),
    ).toEqual([
      ["article", "read", '"The town honored the builder for what it called the comeback of the decade,"'],
      ["headline", "read", '"Pier to close,"'],
    ]);
  });
});

describe("verbs of speech the lexicon lacked", () => {
  it("reads proclaimed, bemoaned, chastised, exhorted and railed against", () => {
    expect(
      claims(
        'Harbour vote\nIn her speech, Mayor Ruth Obi proclaimed a goal of "a port for everyone."\n\nThe senator bemoaned the delays at the pier.\n\nThe auditor chastised the board for its spending.\n\nThe union leader exhorted members to "stand firm" at the vote.\n\nThe mayor has railed against the fees that burden fishermen.',
      ),
    ).toEqual([
      ["Ruth Obi", "proclaimed", 'a goal of "a port for everyone."'],
      ["senator", "bemoaned", "the delays at the pier"],
      ["auditor", "chastised", "the board for its spending"],
      ["union leader", "exhorted", 'members to "stand firm" at the vote'],
      ["Ruth Obi", "has railed against", "the fees that burden fishermen"],
    ]);
  });
  it("leaves the noun rail alone", () => {
    expect(
      claims("Rail link\nThe rail line will close for repairs, and rails against the wall were removed."),
    ).toEqual([]);
  });
});

describe("verbs that characterise someone, with “as”", () => {
  it("reads painted, is casting and portrayed with an object and “as”", () => {
    expect(
      claims(
        "Harbour vote\nIn 2019, Mayor Ruth Obi effectively painted her rival as a friend of the developers.\n\nThe governor is casting himself as a champion of the fishermen.\n\nThe union portrayed the board as careless.",
      ),
    ).toEqual([
      ["Ruth Obi", "effectively painted", "her rival as a friend of the developers"],
      ["governor", "is casting", "himself as a champion of the fishermen"],
      ["union", "portrayed", "the board as careless"],
    ]);
  });
  it("leaves painting, casting and the nouns alone without “as”", () => {
    expect(
      claims(
        "Harbour vote\nVolunteers painted the pier white. Residents cast their ballots on Tuesday.\n\nSeveral cast members said the show would go on.",
      ),
    ).toEqual([["Several cast members", "said", "the show would go on"]]);
  });
});

describe("one's own vote judged with “called … a …”", () => {
  it("reads “called her vote for the bill a mistake” as a claim, not as calling a vote", () => {
    expect(
      claims(
        "Harbour vote\nAt the forum, Senator Ruth Obi called her vote for the harbour bill a mistake.\n\nThe union called its annual conference for May.",
      ),
    ).toEqual([["Ruth Obi", "called", "her vote for the harbour bill a mistake"]]);
  });
});

describe("a verb of judging aloud after “and”, with no claim before it", () => {
  it("reads “… and criticized X for …” and “… and downplayed …” as the subject's claims", () => {
    expect(
      claims(
        "Harbour vote\nThe mayor has used the phrase often in her campaign, and criticized the board for its silence.\n\nThe developer has promoted the new pier and downplayed the risk of flooding.",
      ),
    ).toEqual([
      ["mayor", "criticized", "the board for its silence"],
      ["developer", "downplayed", "the risk of flooding"],
    ]);
  });
  it("leaves other weak verbs and a request after “and” alone", () => {
    expect(
      claims(
        "Harbour vote\nThe council met on Tuesday and supported the plan.\n\nFishermen took to the quay and called for a public inquiry.",
      ),
    ).toEqual([]);
  });
});

describe("the writer's own relatives as speakers", () => {
  it("reads “my father often said” and “My aunt said” like “his father said”", () => {
    expect(
      claims(
        'Growing up by the harbour\n"The sea gives and the sea takes," my father often said.\n\nMy aunt said the pier was the heart of the town.',
      ),
    ).toEqual([
      ["my father", "often said", '"The sea gives and the sea takes,"'],
      ["My aunt", "said", "the pier was the heart of the town"],
    ]);
  });
});
