import { describe, expect, it } from "vitest";
import type { ExtractedClaim } from "../src/types.ts";
import { englishOn, said } from "./english.ts";

// 2026-05-14 is a Thursday
const run = englishOn("2026-05-14");
const dateOf = (claims: ExtractedClaim[], content: string): string | null | undefined => {
  const claim = said(claims, content);
  expect(claim, `no claim with "${content}"`).toBeDefined();
  return claim?.date;
};

const LEDE =
  "Library closure approved\nThe Brenford county board voted 4-1 on Wednesday to close the Quay Street library at the end of June, a decision its chairman, Aled Morgan, said would save the county about $400,000 a year.\n";

describe("English statements with no day of the story's event", () => {
  it("leaves present-tense 'says' null in a feature, but not a headline's", () => {
    const claims = run(
      `Baker says rent rise will close her shop\n${LEDE}Marta Quill, who has run a bakery on Dock Street for 19 years, says the rent on her shop has tripled since the spring.\n"I don't know who will buy bread here," she says.`,
    );
    expect(dateOf(claims, "would save the county")).toBe("2026-05-13");
    expect(dateOf(claims, "rent on her shop has tripled")).toBeNull();
    expect(dateOf(claims, "who will buy bread")).toBeNull();
  });

  it("leaves a source cited with 'according to' null unless it is dated", () => {
    const claims = run(
      `${LEDE}Visits to the branch fell by half in five years, according to the county's annual library report.\nMorgan told the board that the building needed a new roof.`,
    );
    expect(dateOf(claims, "fell by half")).toBeNull();
    expect(dateOf(claims, "needed a new roof")).toBe("2026-05-13");
  });

  it("dates a document's present tense by the day it was published", () => {
    const claims = run(
      "Most renters in the city spend more than a third of their income on housing, according to a survey published Monday by the Halden Institute.\nThe survey suggests that the share has grown every year since 2019.",
    );
    expect(dateOf(claims, "more than a third")).toBe("2026-05-11");
    expect(dateOf(claims, "the share has grown")).toBe("2026-05-11");
  });

  it("leaves undated interviews, notes and outlets null, not the hearing's day", () => {
    const claims = run(
      `${LEDE}Councillor Ruth Penn said in an interview that the vote had been rushed.\nA librarian, Owen Tate, told the Brenford Courier that staff learned of the plan from a notice on the door.\nIn a note to members, the county employees' union said it would fight any job losses.\nMorgan told reporters after the meeting that no staff would lose their jobs.`,
    );
    expect(dateOf(claims, "had been rushed")).toBeNull();
    expect(dateOf(claims, "learned of the plan")).toBeNull();
    expect(dateOf(claims, "fight any job losses")).toBeNull();
    expect(dateOf(claims, "no staff would lose")).toBe("2026-05-13");
  });

  it("leaves words placed at a time that is no day null ('in 1994', 'last month', 'previously reported')", () => {
    const claims = run(
      `${LEDE}The building's architect, Nia Holm, told the Gazette in 1994 that it was designed to last a century.\nA county auditor said last month that the library's heating system was failing.\nThe Brenford Courier previously reported that the board had considered selling the site.`,
    );
    expect(dateOf(claims, "designed to last a century")).toBeNull();
    expect(dateOf(claims, "heating system was failing")).toBeNull();
    expect(dateOf(claims, "considered selling the site")).toBeNull();
  });

  it("keeps a speaker's next words in the undated interview, until an occasion of the story names them", () => {
    const claims = run(
      `${LEDE}Owen Tate, a librarian, told the Brenford Courier by phone that the branch was the only one within walking distance of two schools.\n"Children come here after class because there is nowhere else," Tate said.\nIn his written submission, board member Paul Reyes said the branch had been losing money for a decade.\nQuestioned by the board's lawyer, Reyes said he had not read the staff report.`,
    );
    expect(dateOf(claims, "only one within walking distance")).toBeNull();
    expect(dateOf(claims, "nowhere else")).toBeNull();
    expect(dateOf(claims, "losing money for a decade")).toBeNull();
    expect(dateOf(claims, "had not read the staff report")).toBe("2026-05-13");
  });

  it("keeps 'by phone' of a speaker already dated on that day", () => {
    const claims = run(
      `${LEDE}Union organiser Dana Kerr told reporters on Wednesday that the staff would protest.\n"We will be outside the board's office every day," Kerr said by phone.`,
    );
    expect(dateOf(claims, "outside the board's office")).toBe("2026-05-13");
  });
});

describe("English occasions and times of day", () => {
  it("dates 'said in a statement this afternoon' and 'this evening' to the publication day", () => {
    const claims = run(
      "Ferry operator Calder Lines said in a statement this afternoon that sailings would resume on Saturday.\nThe harbour authority said this evening that the pier had been inspected.",
    );
    expect(dateOf(claims, "sailings would resume")).toBe("2026-05-14");
    expect(dateOf(claims, "pier had been inspected")).toBe("2026-05-14");
  });

  it("gives 'at the same briefing' the day the article gave that briefing", () => {
    const claims = run(
      "Flood warnings cover three valleys\nRiver levels in the Tane valley rose by a metre overnight on Wednesday, the Environment Agency said on Wednesday.\nRegional fire chief Sara Byrne said at a briefing on Monday that crews had pumped out 60 homes.\nThe agency's flood manager, Iwan Lloyd, said the defences at Pontfaen had held.\nAt the same briefing, council leader Gwen Ellis said rest centres would stay open all week.",
    );
    expect(dateOf(claims, "rest centres would stay open")).toBe("2026-05-11");
    expect(dateOf(claims, "defences at Pontfaen")).toBe("2026-05-13");
  });

  it("gives 'said after play' the day of the match, not the publication day", () => {
    const claims = run(
      'Okafor reaches semi-finals\nLONDON — Today\'s quarter-final line-up was settled after Ngozi Okafor won her third-round match in straight sets yesterday at the Harbourside Open.\n"I felt sharp from the first ball," Okafor said after play.',
    );
    expect(dateOf(claims, "sharp from the first ball")).toBe("2026-05-13");
  });

  it("leaves analysts' and outside experts' comments null, but not a chief executive's words on a call with analysts", () => {
    const claims = run(
      'Harlow Foods said on Wednesday that its profit fell 12% in the first quarter.\n"Shoppers are trading down," Chief Executive Mina Osei said on a call with analysts.\n"Margins will stay under pressure all year," said Tom Reyes, an analyst at Quayside Securities.\nProfessor Lena Brandt, a food economist at Carrow University who was not involved in the company\'s forecast, said the price war was far from over.\nThe finance chief, Raj Patel, told analysts on a conference call last month that costs had peaked.',
    );
    expect(dateOf(claims, "Shoppers are trading down")).toBe("2026-05-13");
    expect(dateOf(claims, "Margins will stay under pressure")).toBeNull();
    expect(dateOf(claims, "price war was far from over")).toBeNull();
    expect(dateOf(claims, "costs had peaked")).toBeNull();
  });
});
