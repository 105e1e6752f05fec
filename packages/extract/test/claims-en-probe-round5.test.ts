import { describe, expect, it } from "vitest";
import { englishOn, said } from "./english.ts";

const run = englishOn("2026-11-30");

describe("English descriptions given to a person named outside any claim", () => {
  it("finds the person by the age, party or description given after the name", () => {
    const claims = run(
      "Daniel Okoro, 45, appeared in court on Monday charged with fraud.\n\n" +
        "The 45-year-old told the court he had never seen the documents.\n\n" +
        "Senator John Rudd, a Republican, disagreed with the plan.\n\n" +
        '"This bill will cost jobs," the Republican said.\n\n' +
        'Tom Hale, 52, a retired teacher, joined the protest. "Enough is enough," the retired teacher said.',
    );
    expect(said(claims, "never seen the documents")?.speaker.name).toBe("Daniel Okoro");
    expect(said(claims, "cost jobs")?.speaker.name).toBe("John Rudd");
    expect(said(claims, "Enough is enough")?.speaker.name).toBe("Tom Hale");
  });
  it("tells two people apart by their ages", () => {
    const claims = run(
      "Greta Lind, 29, and her partner Jon Berg, 31, lost their home in the fire.\n\n" +
        '"We have nothing left," the 29-year-old said.',
    );
    expect(said(claims, "nothing left")?.speaker.name).toBe("Greta Lind");
  });
  it("knows a person by the business they keep", () => {
    const claims = run(
      "Maria Lopes, who owns a bakery on the square, has seen her costs double.\n\n" +
        '"We cannot keep going like this," the baker said.\n\n' +
        'Ken Abbot, who runs the village shop, is worried too. "Nobody comes in any more," the shop owner said.',
    );
    expect(said(claims, "keep going")?.speaker.name).toBe("Maria Lopes");
    expect(said(claims, "Nobody comes in")?.speaker.name).toBe("Ken Abbot");
  });
  it("reads no title from a clause after the name ('with Ana Diaz, the minister said …')", () => {
    const claims = run(
      "Mayor Tom Bell met the press with Ana Diaz, the minister said costs had fallen. " +
        '"It is a good day," the minister said.',
    );
    expect(said(claims, "good day")?.speaker.name).not.toBe("Ana Diaz");
  });
  it("reads no title from a spokesperson's body or a list of names", () => {
    const claims = run(
      "Jane Roe, a spokeswoman for the council, was at the meeting with Ana Diaz, Tom Bell and others.\n\n" +
        '"The budget is final," the spokeswoman said.',
    );
    expect(said(claims, "budget is final")?.speaker.name).not.toBe("Ana Diaz");
  });
});

describe("English 'the former' and 'the latter'", () => {
  it("gives each to the first or the second of the two people just named", () => {
    const claims = run(
      "Mark Benson, the council leader, and Laura Hale, the opposition leader, clashed over the budget. " +
        "The former said cuts were unavoidable, while the latter said they were a choice.",
    );
    expect(said(claims, "cuts were unavoidable")?.speaker.name).toBe("Mark Benson");
    expect(said(claims, "they were a choice")?.speaker.name).toBe("Laura Hale");
  });
  it("keeps the order the two were first named in when one of them speaks again", () => {
    const claims = run(
      "Ivo Kranz and Petra Lund met on Friday. Kranz said talks had stalled. The latter said they had not.",
    );
    expect(said(claims, "they had not")?.speaker.name).toBe("Petra Lund");
  });
  it("still reads 'the former chairman' as a description", () => {
    const claims = run("The former chairman said the plan was too expensive.");
    expect(said(claims, "too expensive")?.speaker.mention?.text).toBe("The former chairman");
  });
});

describe("English company names that end in an industry's word", () => {
  it("reads 'Northgate Water', 'Summit Foods', 'Bayview Mining' as bodies a spokesman and 'the company' speak for", () => {
    const claims = run(
      "Northgate Water said the leak had been repaired. A spokesman said crews worked through the night.\n\n" +
        "Summit Foods said profits fell. The company said demand was weak.\n\n" +
        "Bayview Mining told investors that output would rise.",
    );
    expect(said(claims, "leak had been repaired")?.speaker.kind).toBe("organisation");
    expect(said(claims, "through the night")?.speaker.name).toBe("Northgate Water");
    expect(said(claims, "demand was weak")?.speaker.name).toBe("Summit Foods");
    expect(said(claims, "output would rise")?.speaker.kind).toBe("organisation");
  });
  it("keeps people whose family name is a trade's word", () => {
    const claims = run("Tom Power said the plan would fail. Ann Steel said it would not.");
    expect(claims.map((c) => c.speaker.kind)).toEqual(["person", "person"]);
  });
});

describe("English pleas to a charge", () => {
  it("takes no claim for admitting or denying counts, charges or a named offence", () => {
    const claims = run(
      "Daniel Okoro, 45, admitted six counts of theft at Leeds Crown Court on Monday. " +
        "His co-accused denies two charges of fraud. A third man denied murder. " +
        "A fourth admitted causing death by dangerous driving. She admitted the offence.",
    );
    expect(claims.map((c) => c.cue.text)).toEqual([]);
  });
  it("keeps what is admitted or denied in words of one's own", () => {
    const claims = run(
      "He denied that he had ever met the victim. She admitted that she had lied to investigators. " +
        "He denied the charges were politically motivated. She has denied any involvement in the scheme.",
    );
    expect(claims.map((c) => c.content.text)).toEqual([
      "he had ever met the victim",
      "she had lied to investigators",
      "the charges were politically motivated",
      "any involvement in the scheme",
    ]);
  });
});

describe("English content after a hearer when a 'that' comes later", () => {
  it("starts the content at the clause a finite verb opened before a determiner 'that'", () => {
    const claims = run(
      "Okoro told the jury he was at home that night. She told reporters the team had played well that day. " +
        "Rhys told the paper's weekly video series it is clear that the mill must close.",
    );
    expect(claims.map((c) => c.content.text)).toEqual(
      expect.arrayContaining([
        "he was at home that night",
        "the team had played well that day",
        "it is clear that the mill must close",
      ]),
    );
  });
  it("reads 'that morning' after the hearer as a time, then the content after the next 'that'", () => {
    const claims = run("He told reporters that morning that he would resign.");
    expect(claims[0]?.content.text).toBe("he would resign");
  });
});

describe("English claims in a relative clause between commas", () => {
  it("ends the content where the main clause's predicate takes over, and takes no date from it", () => {
    const claims = run(
      "John Smith, who has said the plan will fail, voted against it on Monday. " +
        "Jo Park, who said that, if elected, she would cut taxes, won easily.",
    );
    const smith = said(claims, "the plan will fail");
    expect(smith?.content.text).toBe("the plan will fail");
    expect(smith?.date).toBeNull();
    expect(said(claims, "cut taxes")?.content.text).toBe("if elected, she would cut taxes");
  });
});

describe("English compound job titles before a name", () => {
  it("keeps the whole title in the mention and the titles", () => {
    const claims = run(
      "Chief financial officer Tom Reyes told analysts that margins would improve. " +
        "Assistant chief constable Ann Roe said the inquiry would continue.",
    );
    expect(said(claims, "margins")?.speaker.mention?.text).toBe("Chief financial officer Tom Reyes");
    expect(said(claims, "inquiry")?.speaker.mention?.text).toBe("Assistant chief constable Ann Roe");
  });
});
