// Capitals that mark no name: title-case headlines, and a role word opening its sentence.
import { describe, expect, it } from "vitest";
import { englishOn, said } from "./english.ts";

const run = englishOn("2026-11-20");

describe("a title-case headline gives no names", () => {
  it("reads no speaker across the headline's reporting verb, and names the body's speaker from the body", () => {
    const claims = run(
      "Hartwick Says New Stadium Will Tell of 'Pride and Hope.'\n\n" +
        "Mayor Hartwick on Tuesday opened the building site by the river.\n\n" +
        "The stadium, Ms. Hartwick said, would create 4,000 jobs.\n\n" +
        '"This is the biggest project in a generation," Hartwick said.',
    );
    expect(said(claims, "4,000 jobs")?.speaker.name).toBe("Hartwick");
    expect(said(claims, "biggest project")?.speaker.name).toBe("Hartwick");
    // "Hartwick Says New Stadium Will" is no speaker of "Tell": "Says" already made the headline's claim
    expect(claims.filter((c) => c.cue.text === "Tell")).toEqual([]);
  });
  it("ends a colon headline's speaker where the body's name for it ends", () => {
    const claims = run(
      "Marta Quist Slams Harbour Board Chief: ‘You Should Step Down.’\n\n" +
        "Councillor Marta Quist on Monday questioned the board's chairman for two hours.\n\n" +
        '"This is not leadership," Quist said.',
    );
    const headline = said(claims, "You Should Step Down");
    expect(headline?.speaker.name).toBe("Marta Quist");
    expect(headline?.speaker.mention?.text).toBe("Marta Quist");
    expect(said(claims, "not leadership")?.speaker.name).toBe("Marta Quist");
  });
  it("keeps the names of an opening sentence that is no headline", () => {
    const claims = run(
      "Governor Tomas Reyes said taxes would fall. Reyes said the budget was balanced.\n\n" +
        "He said the state would hire teachers.",
    );
    expect(claims.map((c) => c.speaker.name)).toEqual(["Tomas Reyes", "Tomas Reyes", "Tomas Reyes"]);
  });
});

describe("a role word capitalised only because it opens the sentence", () => {
  it("is the person's title, not part of the name", () => {
    const claims = run(
      "Ferry fares to rise.\n\nThe council on Monday approved the new fares. Rival Maria Tendal had mocked the plan, " +
        "saying it was unworkable. Lawyer Oskar Brand Nilsen told the court his client was innocent.",
    );
    expect(said(claims, "unworkable")?.speaker.name).toBe("Maria Tendal");
    expect(said(claims, "his client")?.speaker.name).toBe("Oskar Brand Nilsen");
  });
});

describe("words around a name that are no part of it", () => {
  it("reads the name before a hometown and its state between commas", () => {
    const claims = run(
      "Memorial opens.\n\nLuther Banks, of Dayton, Ohio, said he had waited years for the day. " +
        "Ada Pruitt, 71, of Silver Spring, Md., who came with her grandson, said the wall moved her.",
    );
    expect(said(claims, "waited years")?.speaker.name).toBe("Luther Banks");
    expect(said(claims, "wall moved her")?.speaker.name).toBe("Ada Pruitt");
  });
  it("drops a conjunction or focus adverb that opens the sentence", () => {
    const claims = run(
      "Talks stall.\n\nThe envoy Tomas Lindqvist arrived on Monday. Although Lindqvist has admitted the gap is wide, " +
        "he said a deal was near. Even Norway, the talks' host, said it was hopeful.",
    );
    expect(said(claims, "deal was near")?.speaker.name).toBe("Tomas Lindqvist");
    expect(said(claims, "it was hopeful")?.speaker.name).toBe("Norway");
  });
  it("reads a lone family name as the person, not a body named after them", () => {
    const claims = run(
      "Speeches released.\n\nMarta Okafor gave paid speeches to bankers. The files cover the Okafor Foundation, " +
        "trade and banking. While Okafor warns against the excesses of banks, she praised their staff.",
    );
    expect(said(claims, "excesses of banks")?.speaker.name).toBe("Marta Okafor");
  });
});

describe("names with a link or an abbreviated title inside", () => {
  it("keeps a body named for its topic whole", () => {
    const claims = run(
      "Debate row.\n\nThe Commission on Electoral Debates said the microphones had failed. " +
        "The Center on Housing and Urban Priorities said rents would rise.",
    );
    expect(said(claims, "microphones had failed")?.speaker.name).toBe("Commission on Electoral Debates");
    expect(said(claims, "rents would rise")?.speaker.name).toBe("Center on Housing and Urban Priorities");
  });
  it("reads Del., Supt. and Sens. as titles", () => {
    const claims = run(
      'Panel votes.\n\n"This is a waste of time," said Del. Ruth Amaker of Guam. Supt. Dario Lentz said schools would open. ' +
        "Sens. Nora Pike said the inquiry would go on.",
    );
    expect(said(claims, "waste of time")?.speaker.name).toBe("Ruth Amaker");
    expect(said(claims, "schools would open")?.speaker.name).toBe("Dario Lentz");
    expect(said(claims, "inquiry would go on")?.speaker.name).toBe("Nora Pike");
  });
});
