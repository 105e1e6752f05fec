// English speaker resolution: titles, descriptions and pronouns to the people an article names.
import { describe, expect, it } from "vitest";
import { englishOn, said } from "./english.ts";

const run = englishOn("2026-11-20");

describe("English titles and descriptions resolve to the named person", () => {
  it("reads the boss and the CEO as the chief executive the article named", () => {
    const claims = run(
      "Tobias Renn, the chief executive of Harbourline, said the company would need more money.\n" +
        '"We cannot run boats on goodwill," the boss said.\n' +
        "The CEO said the talks would continue.",
    );
    expect(said(claims, "run boats")?.speaker.name).toBe("Tobias Renn");
    expect(said(claims, "talks would continue")?.speaker.name).toBe("Tobias Renn");
  });
  it("reads the coach as the manager, and the company's chief executive as the chief executive", () => {
    const claims = run(
      "Halden United sacked Piotr Lasko on Sunday after five straight defeats.\n" +
        "Lasko, the club's manager since 2022, said he had been given no warning.\n" +
        '"I gave everything," the coach said.\n' +
        "Maren Tolle, chief executive of Halden United, said the decision was taken with regret.\n" +
        "The club's chief executive also said a successor would be named within a week.",
    );
    expect(said(claims, "I gave everything")?.speaker.name).toBe("Piotr Lasko");
    expect(said(claims, "a successor")?.speaker.name).toBe("Maren Tolle");
  });
  it("reads troopers as the highway patrol the article named", () => {
    const claims = run(
      "The Nevada Highway Patrol said the driver had been drinking.\n" +
        "In a report released on Friday, troopers said the car was travelling at 90 mph.",
    );
    const c = claims.find((x) => x.cue.text === "said" && x.content.text.includes("90 mph"));
    expect(c?.speaker.name).toBe("Nevada Highway Patrol");
  });
  it("reads the 54-year-old as the person whose age the article gave", () => {
    const claims = run(
      "Nomvula Khanye, 54, told councillors the ferry subsidy was secure.\n" +
        "Residents said the boats were often late.\n" +
        "The 54-year-old added that the budget was balanced.",
    );
    expect(said(claims, "budget was balanced")?.speaker.name).toBe("Nomvula Khanye");
  });
  it("leaves a loose title alone when nobody holds an office it may stand for", () => {
    const claims = run(
      "Ada Quist, a nurse at the clinic, said the queues were long.\n" +
        '"It is the worst winter I remember," the boss said.',
    );
    expect(said(claims, "worst winter")?.speaker.name).toBe("boss");
  });
  it("drops a sentence adverb before the speaker's name", () => {
    const [c] = run("Meanwhile Tobias Renn, the chief executive of Harbourline, said fares would rise.");
    expect(c?.speaker.name).toBe("Tobias Renn");
  });
  it("names a headline's titled speaker by the person the body gives that office", () => {
    const claims = run(
      "Library closures 'a last resort', says mayor\n" +
        "Four branch libraries in Eastmoor will close next spring, the city confirmed on Monday.\n" +
        "The council's finance committee approved the plan by six votes to three.\n" +
        "Mayor Delphine Oduya, who took office in May, told reporters the closures were painful but unavoidable.",
    );
    expect(said(claims, "a last resort")?.speaker.name).toBe("Delphine Oduya");
  });
  it("keeps a headline's titled speaker unnamed when two people hold the office", () => {
    const claims = run(
      "Bus lanes 'here to stay', says mayor\n" +
        "Bus lanes on Ridley Road will stay, the city said on Monday.\n" +
        "Mayor Delphine Oduya told reporters the lanes had cut journey times.\n" +
        "Her predecessor, Mayor Anton Grieve, said in 2019 that the lanes would never work.",
    );
    expect(said(claims, "here to stay")?.speaker.name).not.toBe("Anton Grieve");
  });
});

describe("English pronouns find the person the text brought in", () => {
  it("reads she after a sentence opened by the age the article gave a woman", () => {
    const claims = run(
      "Ms Arkwright, 61, said she took full responsibility for the failings.\n" +
        "The council's leader, Cllr Raj Patel, said an interim chief executive would be appointed.\n" +
        "The 61-year-old had led the council since 2019. She told the BBC last month that the finances were under control.",
    );
    expect(said(claims, "under control")?.speaker.name).toBe("Arkwright");
    expect(said(claims, "interim chief")?.speaker.name).toBe("Raj Patel");
  });
  it("reads a backbencher described by party as a speaker", () => {
    const [c] = run(
      "One opposition backbencher, who did not want to be named, says Okafor is “good on radio and bad at maths”.",
    );
    expect(c?.speaker.name).toBe("One opposition backbencher");
  });
  it("reads he after a sentence that describes a new person without a reporting verb", () => {
    const claims = run(
      "Rena Cole has led the opposition for six years, and she says the job has got harder.\n" +
        '"Nobody reads a manifesto any more," she says.\n' +
        'A veteran party organiser is less gloomy. "She has the best instincts in the building," he says.',
    );
    expect(said(claims, "best instincts")?.speaker.name).toBe("veteran party organiser");
  });
  it("reads she as the woman quoted, not a party named since that never spoke", () => {
    const claims = run(
      'Rena Cole says she will not serve in any coalition. "I know who I am," she says.\n' +
        "A spokesman for the prime minister, Ivo Marsh, said the door remained open.\n" +
        "Her rivals in Lough Ree and Fine Gael have other ideas.\n" +
        '"They can say what they like," she says.',
    );
    expect(said(claims, "say what they like")?.speaker.name).toBe("Rena Cole");
  });
  it("reads she as the person whose family name opened the sentence before", () => {
    const claims = run(
      "Ada Quist, the health minister, said waiting lists had fallen.\n" +
        "Rena Cole, the opposition leader, said the figures were wrong.\n" +
        "In the weeks since, Quist has visited six hospitals.\n" +
        "She said the new wards would open in May.",
    );
    expect(said(claims, "new wards")?.speaker.name).toBe("Ada Quist");
  });
  it("reads the name inside a whose clause as a mention, not the speaker", () => {
    const claims = run(
      "Outside the court, Mairead Costigan, whose brother Owen, 34, died in the crash, said the verdict had come too late.\n" +
        '"We waited four years for this," she said.\n' +
        "Tom Baird, whose son Ewan died in the crash, said the verdict was fair.",
    );
    expect(said(claims, "verdict had come too late")?.speaker.name).toBe("Mairead Costigan");
    expect(said(claims, "four years")?.speaker.name).toBe("Mairead Costigan");
    expect(said(claims, "verdict was fair")?.speaker.name).toBe("Tom Baird");
  });
});

describe("English headline claims", () => {
  it("reads 'says mayor as …' as the mayor's claim, named by the body", () => {
    const claims = run(
      "Fares 'will not rise', says Alder mayor as union threatens strike\n" +
        "The executive mayor of the Alder Bay Municipality, Nomvula Khanye, has said ferry fares will stay frozen.",
    );
    const c = said(claims, "will not rise");
    expect(c?.cue.text).toBe("says");
    expect(c?.speaker.name).toBe("Nomvula Khanye");
  });
  it("reads 'Boss tells inquiry he …' with the hearer left out of the content", () => {
    const claims = run(
      "Ferry boss tells inquiry he 'had no warning' of engine fault\n" +
        "Tobias Renn, the chief executive of Harbourline, said on Tuesday that nobody had told him the engine was failing.",
    );
    const c = said(claims, "had no warning");
    expect(c?.content.text).toBe("he 'had no warning' of engine fault");
    expect(c?.speaker.name).toBe("Tobias Renn");
  });
  it("does not give one country's minister in a lede to another country's minister named later", () => {
    const claims = run(
      "Norway's fisheries minister has said the new quota deal will protect coastal fleets.\n" +
        '"This is a fair deal for small boats," Ingrid Solberg-Aas told reporters in Tromsø on Monday.\n' +
        "Iceland's fisheries minister, Kjartan Eyjolfsson, said the deal would be reviewed next year.",
    );
    expect(said(claims, "protect coastal fleets")?.speaker.name).toBe("Ingrid Solberg-Aas");
  });
  it("does not give a former office's headline to the person who holds it now", () => {
    const claims = run(
      "Former NUC chairman calls for fresh vote\n" +
        "The vote was held in May.\n" +
        "The turnout was low.\n" +
        "Marta Lind, the interim NUC chair, said on Monday that the vote would stand.",
    );
    expect(said(claims, "fresh vote")?.speaker.name).not.toBe("Marta Lind");
  });
});

describe("English cues that report no statement", () => {
  it("makes no claim of a question put to the one who answers, an account, or a manner of repeating", () => {
    const claims = run(
      "Questioned by counsel, Tom Baird said the alarms had been switched off.\n" +
        'Ms Lowe asked him whether he had read the safety report. "Twice," he replied.\n' +
        "The union tells a different story.\n" +
        "It is a line Baird repeats almost word for word at every meeting.",
    );
    const cues = claims.map((c) => c.cue.text);
    expect(cues).not.toContain("asked");
    expect(cues).not.toContain("tells");
    expect(cues).not.toContain("repeats");
    expect(said(claims, "Twice")?.speaker.name).toBe("Tom Baird");
  });
  it("keeps a request, not a question raised in public (session 16)", () => {
    const claims = run(
      "Several councillors asked whether the contract had been tendered.\nThe mayor asked residents to save water.",
    );
    expect(claims.map((c) => c.content.text)).toEqual(["residents to save water"]);
  });
});
