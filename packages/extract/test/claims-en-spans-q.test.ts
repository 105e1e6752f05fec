import { describe, expect, it } from "vitest";
import { englishOn, said } from "./english.ts";

// Content spans and claim cues found by probing made-up news paragraphs; every text here is made up.
// 2026-11-30 is a Monday
const run = englishOn("2026-11-30");

describe("English content after an occasion phrase and a colon", () => {
  it("starts the content after 'said in a statement:' and 'said at a news conference on Friday:'", () => {
    const claims = run(
      'The club said in a statement: "We are saddened by the news of Tomas\'s passing." ' +
        'The premier said at a news conference on Friday: "We will not be rushed into this." ' +
        "The council said at 3:30 p.m. on Saturday that the coastal road would reopen.",
    );
    const club = said(claims, "saddened");
    expect(club?.content.text).toBe('"We are saddened by the news of Tomas\'s passing."');
    expect(club?.kind).toBe("direct");
    expect(said(claims, "not be rushed")?.content.text).toBe('"We will not be rushed into this."');
    const council = said(claims, "coastal road");
    expect(council?.content.text).toBe("the coastal road would reopen");
    expect(council?.date).toBe("2026-11-28");
  });
});

describe("English 'according to' between a subject and its verb", () => {
  it("keeps the whole sentence as the content when the source interrupts it, not the subject alone", () => {
    const claims = run(
      "The merger, according to three people briefed on the talks, would create the country's largest grocer. " +
        "Turnover rose 6%, according to the retailer, helped by strong demand for own-brand goods.",
    );
    expect(said(claims, "merger")?.content.text).toBe(
      "The merger, according to three people briefed on the talks, would create the country's largest grocer",
    );
    expect(said(claims, "Turnover")?.content.text).toBe("Turnover rose 6%");
  });
});

describe("English rank and office abbreviations before a name", () => {
  it("does not end the sentence at 'Det.', 'Coun.', 'Const.' or 'Cpl.', so the resumed quote stays one claim", () => {
    const claims = run(
      '"Enough is enough," said Det. Supt. Mark Hall. "We will find those responsible." ' +
        '"It was chaos," said Cpl. Dan Ruiz. "Nobody knew where to go." ' +
        '"He was a hero," said Const. Amy Lee, a provincial police officer.',
    );
    const hall = said(claims, "Enough is enough");
    expect(hall?.speaker.name).toBe("Mark Hall");
    expect(hall?.content.text).toContain("We will find those responsible.");
    expect(said(claims, "It was chaos")?.content.text).toContain("Nobody knew where to go.");
    expect(said(claims, "He was a hero")?.speaker.name).toBe("Amy Lee");
    expect(claims.every((c) => c.content.text.length > 3)).toBe(true);
    expect(claims).toHaveLength(3);
  });
});

describe("English inverted speakers that end in a lowercase body or a day", () => {
  it("reads '…,” said Amy Lee of the provincial police.' and '… said a spokesman for the local health trust.'", () => {
    const claims = run(
      '"He was a hero to this town," said Amy Lee of the provincial police. ' +
        '"It is a scandal," said a spokesman for the local health trust. ' +
        '"We are still counting," said Raj Patel of the residents’ association, who organised the vigil.',
    );
    expect(said(claims, "hero to this town")?.speaker.name).toContain("Amy Lee");
    expect(said(claims, "It is a scandal")?.speaker.mention?.text).toBe(
      "a spokesman for the local health trust",
    );
    expect(said(claims, "still counting")?.speaker.mention?.text).toBe(
      "Raj Patel of the residents’ association",
    );
  });
  it("reads '…,” said Mr Pryce yesterday.' and leaves 'on Saturday' out of the speaker", () => {
    const claims = run(
      '"Nothing has been decided," said Mr Pryce yesterday. "We will see in the new year." ' +
        '"It was brutal out there," said the coach on Saturday, before flying home.',
    );
    const pryce = said(claims, "Nothing has been decided");
    expect(pryce?.speaker.name).toBe("Pryce");
    expect(pryce?.date).toBe("2026-11-29");
    expect(pryce?.content.text).toContain("We will see in the new year.");
    const coach = said(claims, "brutal out there");
    expect(coach?.speaker.mention?.text).toBe("the coach");
    expect(coach?.date).toBe("2026-11-28");
  });
});

describe("English speakers before a hedge ('is understood to have told')", () => {
  it("gives the claim to the subject before 'is understood to' / 'is reported to', not to 'to'", () => {
    const claims = run(
      "The Prime Minister is understood to have told colleagues he will not resign before the spring. " +
        "The striker is reported to have said he wants to leave the club in January.",
    );
    expect(said(claims, "will not resign")?.speaker.mention?.text).toBe("The Prime Minister");
    expect(said(claims, "leave the club")?.speaker.mention?.text).toBe("The striker");
  });
});

describe("English pictures and recordings that show", () => {
  it("gives 'A photo released by police shows …' to the photo, not to the police who released it", () => {
    const claims = run(
      "A photo released by police shows the suspect leaving the store with a bag. " +
        "Video of the arrest shows the man lying face down on the pavement.",
    );
    expect(said(claims, "leaving the store")?.speaker.mention?.text).toBe("A photo released by police");
    expect(said(claims, "face down")?.speaker.mention?.text).toBe("Video of the arrest");
  });
});

describe("English 'posted … that'", () => {
  it("reads 'posted on X that …' as a statement and 'posted a loss' as none", () => {
    const claims = run(
      "The foreign minister posted on X that the talks in Geneva had been “productive”. " +
        "The lender posted a quarterly loss of $40m on Friday.",
    );
    const post = said(claims, "talks in Geneva");
    expect(post?.speaker.mention?.text).toBe("The foreign minister");
    expect(post?.kind).toBe("mixed");
    expect(said(claims, "quarterly loss")).toBeUndefined();
  });
});
