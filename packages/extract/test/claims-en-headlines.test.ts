// English title-case headlines: capitals there mark every word, not names.
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
