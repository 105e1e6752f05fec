// Session 26 (enprobe): English constructions that made-up reports of small regional papers turned up, each with
// made-up sentences (names and places no fixture or probe has).
import { describe, expect, it } from "vitest";
import { englishOn } from "./english.ts";

const en = englishOn("2026-12-01");
const enSaid = (text: string) => en(text).map((c) => [c.speaker.name, c.content.text]);
const enDated = (text: string) => en(text).map((c) => [c.content.text, c.date]);

describe("a trailing 'told' whose hearer is any plural of people ('told growers in a letter')", () => {
  it("reports the clause before it, not the hearer", () => {
    expect(
      enSaid(
        "Headline\nThe Ostrava Creek mill will not open in spring, the owners told loggers in a letter.",
      ),
    ).toEqual([["owners", "The Ostrava Creek mill will not open in spring"]]);
    expect(
      enDated("Headline\nThe ferry will stop at Pellow Cove, the operator told islanders on Friday.")[0],
    ).toEqual(["The ferry will stop at Pellow Cove", "2026-11-27"]);
  });
});

describe("a request for a thing ('will ask the Legislature for help')", () => {
  it("reports nothing of the asker's, inside a claim or alone", () => {
    expect(
      enSaid("Headline\nMayor Ines Varga says the town will ask the province for help next spring."),
    ).toEqual([["Ines Varga", "the town will ask the province for help next spring"]]);
    expect(enSaid("Headline\nThe board asked the territory for another grant.")).toEqual([]);
  });
});

describe("a weekday that recurs ('every second Sunday', 'every other Friday') in a speaker's description", () => {
  it("dates nothing", () => {
    expect(
      enDated(
        "Headline\n“We were never asked,” said Oda Kelleher, 51, a cook who flies home every second Sunday.",
      )[0],
    ).toEqual(["“We were never asked,”", null]);
    expect(
      enDated(
        "Headline\n“Prices have doubled,” said Lorcan Pybus, 38, who sails to the market every other Friday.",
      )[0],
    ).toEqual(["“Prices have doubled,”", null]);
  });
});

describe("a company whose name ends in a plural of its trade ('Kellet Seafoods', 'Arno Forest Products')", () => {
  it("is the company a trailing 'the company said' names", () => {
    expect(
      enSaid("Headline\nKellet Seafoods will close its plant at Varna Point, the company said."),
    ).toEqual([["Kellet Seafoods", "Kellet Seafoods will close its plant at Varna Point"]]);
    expect(
      enSaid("Headline\nArno Forest Products will cut 40 jobs, the company said on Monday.")[0]?.[0],
    ).toBe("Arno Forest Products");
  });
});

describe("a headline's voice named by a role after its place ('Varna trawlerman: “…”')", () => {
  it("is a claim, and the person the body quotes in the same words speaks it", () => {
    const text =
      "Varna trawlerman: “The new quota will finish the harbour”\nBy Edda Holm\n1 December 2026\n" +
      "The cod quota will fall by a fifth, the ministry said.\n" +
      "“The quota will finish the harbour. Nobody young will stay,” says Joar Brekke, who has fished from Varna since 1990.";
    expect(enSaid(text)[0]).toEqual(["Joar Brekke", "“The new quota will finish the harbour”"]);
  });
});

describe("a body known by its initialism, with an appositive naming its kind, then 'the press release said'", () => {
  it("is the press release's speaker", () => {
    const text =
      "Headline\nAccording to the survey office, landings have fallen.\n" +
      "OKTA, the reindeer herders’ association, wrote in a press release on Saturday that it would appeal.\n" +
      "“The ministry has not listened to the herders,” the press release said.";
    expect(enSaid(text).at(-1)).toEqual(["OKTA", "“The ministry has not listened to the herders,”"]);
  });
});

describe("a capitalised office after 'the', with a lowercase particle, then the holder's name ('the Ulu o X, Name')", () => {
  it("names the holder, not the office's last word", () => {
    expect(
      enSaid(
        "Headline\nSpeaking by phone from Atafu, the Pule o Fenua, Sione Latumaka, said the island had no fuel left.",
      ),
    ).toEqual([["Sione Latumaka", "the island had no fuel left"]]);
  });
});

describe("the Australian councillor's style 'Cr' before a name ('Mayor Cr Ezra Noa')", () => {
  it("is left out of the name, as 'Cllr' is", () => {
    expect(
      enSaid("Headline\nBoigu Shire Mayor Cr Tamsin Wahi said the jetty would reopen in March."),
    ).toEqual([["Tamsin Wahi", "the jetty would reopen in March"]]);
  });
});

describe("words told to an outlet with no day, then the same voice's next words with one ('told the Star that …')", () => {
  it("take the next words' day", () => {
    const text =
      "Headline\nThe barge will not sail this week, the harbour board said on Friday.\n" +
      "Harbourmaster Ilse Vanterpool told the Courier that cargo could be collected at the wharf.\n" +
      "“Nobody is more disappointed than the crew,” Ms Vanterpool said on Saturday.";
    expect(enDated(text)[1]).toEqual(["cargo could be collected at the wharf", "2026-11-28"]);
  });
});

describe("money claimed as one's due ('could claim a refund', 'can claim compensation')", () => {
  it("reports nothing inside the claim that holds it", () => {
    expect(
      enSaid("Headline\nManager Rua Tepaki said ticket holders could claim a refund from Monday."),
    ).toEqual([["Rua Tepaki", "ticket holders could claim a refund from Monday"]]);
  });
});
