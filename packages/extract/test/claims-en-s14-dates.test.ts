import { describe, expect, it } from "vitest";
import { englishOn, said } from "./english.ts";

// Made-up English stories from outlets of many countries probing the day a statement was made (session 14);
// no text here comes from a fixture. 2026-11-30 is a Monday.
const run = englishOn("2026-11-30");

describe("English scene sentences with the day right after the verb", () => {
  it("dates the lede and the quote by 'X made the comments late on Friday after …'", () => {
    const claims = run(
      "Treasurer rules out early tax relief\n\n" +
        "Treasurer Mia Kovac has ruled out bringing forward tax relief, saying the budget could not carry it.\n\n" +
        "Kovac made the comments late on Friday after talks with state treasurers in Perth.\n\n" +
        "“The money is simply not there,” she said.",
    );
    expect(said(claims, "the budget could not carry it")?.date).toBe("2026-11-27");
    expect(said(claims, "The money is simply not there")?.date).toBe("2026-11-27");
  });

  it("dates a present-tense lede by 'Mr X made the remarks yesterday at …'", () => {
    const claims = run(
      "Port chief upbeat on cargo\n\n" +
        "Container volumes at Lautoka will reach a record this year, the port's chief executive, Vili Naco, says.\n\n" +
        "Mr Naco made the remarks yesterday at the opening of a new berth.\n\n" +
        "He said two more cranes would arrive in March.",
    );
    expect(said(claims, "Container volumes at Lautoka")?.date).toBe("2026-11-29");
    expect(said(claims, "two more cranes")?.date).toBe("2026-11-29");
  });

  it("dates the quote before 'X spoke late on Saturday after …'", () => {
    const claims = run(
      "Coach backs young squad\n\n" +
        "Netball coach Aroha Tane says her young squad can win the series.\n\n" +
        "“They have nothing to fear,” she said.\n\n" +
        "Tane spoke late on Saturday after a training camp in Rotorua.",
    );
    expect(said(claims, "They have nothing to fear")?.date).toBe("2026-11-28");
  });
});

describe("English weekend times that give no day", () => {
  it("leaves 'said at the weekend' and 'Over the weekend, X said' undated, not 'said on Sunday'", () => {
    const claims = run(
      "Dairy farmers warn of winter shortage\n\n" +
        "The farmers' union said on Sunday that milk output was down 8%.\n\n" +
        "The agriculture minister said at the weekend that the government was watching prices.\n\n" +
        "Over the weekend, the largest processor said it would cut its milk price.\n\n" +
        "A retail group said this weekend that shelves were still full.",
    );
    expect(said(claims, "milk output was down")?.date).toBe("2026-11-29");
    expect(said(claims, "the government was watching prices")?.date).toBeNull();
    expect(said(claims, "cut its milk price")?.date).toBeNull();
    expect(said(claims, "shelves were still full")?.date).toBeNull();
  });
});

describe("English 'said here' (the dateline's place) and a 'CITY:' dateline", () => {
  it("keeps 'here on Friday' out of the content and dates the claim by it", () => {
    const claims = run(
      "Ring road to open next year\n\n" +
        "PUNE: The city's outer ring road will open to traffic by June next year, Public Works Minister Anil Deshmukh said here on Friday.\n\n" +
        "He said 70% of the land had been acquired.",
    );
    const lede = said(claims, "outer ring road");
    expect(lede?.content.text).toBe("The city's outer ring road will open to traffic by June next year");
    expect(lede?.date).toBe("2026-11-27");
    expect(said(claims, "70% of the land")?.date).toBe("2026-11-27");
  });

  it("starts the content after 'said here today that'", () => {
    const claims = run(
      "State to hire nurses\n\n" +
        "The state health minister, Meera Pillai, said here today that 2,000 nurses would be hired by April.",
    );
    const claim = said(claims, "2,000 nurses");
    expect(claim?.content.text).toBe("2,000 nurses would be hired by April");
    expect(claim?.date).toBe("2026-11-30");
  });
});

describe("English 'He said this at …' closing a speaker's run (Malaysian and Singaporean wire style)", () => {
  it("makes no claim of 'said this at a press conference' and dates the speaker's run by it, past the dateline", () => {
    const claims = run(
      "Rail link to open in 2027\n\n" +
        "JOHOR BAHRU, Nov 30 -- The cross-border rail link will begin operations in December 2027, said Transport Minister Ahmad Rosli.\n\n" +
        "He said testing of the trains would start in the middle of next year.\n\n" +
        "He said this at a press conference after visiting the Bukit Chagar station here yesterday.",
    );
    expect(said(claims, "press conference")).toBeUndefined();
    expect(said(claims, "will begin operations")?.date).toBe("2026-11-29");
    expect(said(claims, "testing of the trains")?.date).toBe("2026-11-29");
  });

  it("reads 'told reporters this when met …' and 'said so in a statement on Friday' the same way", () => {
    const claims = run(
      "Hospital gets new wing\n\n" +
        "A new maternity wing will open at the district hospital in March, state health committee chairman Dr Lim Kok Wai said.\n\n" +
        "He told reporters this when met after a site visit on Saturday.\n\n" +
        "The opposition's health spokesman, Ravi Kumar, said the wing was two years late.\n\n" +
        "He said so in a statement on Friday.",
    );
    expect(said(claims, "when met")).toBeUndefined();
    expect(said(claims, "in a statement")).toBeUndefined();
    expect(said(claims, "new maternity wing")?.date).toBe("2026-11-28");
    expect(said(claims, "two years late")?.date).toBe("2026-11-27");
  });
});

describe("English newspaper names with a weekday in them", () => {
  it("reads 'the Sunday Independent', 'the Sunday Business Post' and 'the Mail on Sunday' as papers, not days", () => {
    const claims = run(
      "Minister hints at pension change\n\n" +
        "The pensions minister said on Thursday that the state pension age would not rise.\n\n" +
        "In an interview with the Sunday Independent, Ciaran Dowd said there was room to raise the payment.\n\n" +
        "His party colleague Aine Burke told the Sunday Business Post that the idea was premature.\n\n" +
        "The opposition leader, Tom Hale, told the Mail on Sunday that the plan was a gimmick.\n\n" +
        "A union spokesman told the Western Mail on Saturday that members would be consulted.",
    );
    expect(said(claims, "room to raise the payment")?.date).toBeNull();
    expect(said(claims, "the idea was premature")?.date).toBeNull();
    expect(said(claims, "the plan was a gimmick")?.date).toBeNull();
    expect(said(claims, "members would be consulted")?.date).toBe("2026-11-28");
  });
});

describe("English 'on the first day of the trial'", () => {
  it("takes the day the article says the trial opened, not the story's running day", () => {
    const claims = run(
      "Driver tells jury he was blinded by sun\n\n" +
        "A lorry driver told Cardiff Crown Court on Monday that he was blinded by low sun moments before the crash.\n\n" +
        "The trial of Gareth Price, 47, who denies causing death by dangerous driving, began last Wednesday.\n\n" +
        "On the first day of the trial, prosecutor Helen Rees told jurors that Price had been using his phone.",
      "2026-11-30",
    );
    expect(said(claims, "blinded by low sun")?.date).toBe("2026-11-30");
    expect(said(claims, "using his phone")?.date).toBe("2026-11-25");
  });
});
