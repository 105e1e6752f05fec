import { describe, expect, it } from "vitest";
import { englishOn, said } from "./english.ts";

// Made-up wire sentences for the misses the last session's closing note listed (session 12, English); no text
// here comes from a fixture. 2026-11-30 is a Monday.
const run = englishOn("2026-11-30");

describe("rulers named by a nationality adjective and by their country", () => {
  it("reads 'The Jordanian king said' and 'the Omani sultan told' as speakers", () => {
    const claims = run(
      "The Jordanian king said the border crossing would reopen on Sunday. " +
        "The Omani sultan told visiting ministers that the port expansion was on schedule.",
    );
    expect(said(claims, "border crossing")?.speaker.name).toBe("Jordanian king");
    expect(said(claims, "port expansion")?.speaker.name).toBe("Omani sultan");
  });

  it("is one speaker as 'the Kuwaiti emir', 'Kuwait's emir' and 'the emir of Kuwait'", () => {
    const claims = run(
      "The Kuwaiti emir said the new parliament would convene in March. " +
        "Kuwait's emir added that the budget would be cut. " +
        "The emir of Kuwait also said oil output would rise.",
    );
    expect(claims.map((c) => c.speaker.name)).toEqual(["Kuwaiti emir", "Kuwaiti emir", "Kuwaiti emir"]);
  });
});

describe("plural groups of people as speakers", () => {
  it("reads 'Rescue teams told reporters that', 'Aid workers said' and 'Teachers' unions warned'", () => {
    const claims = run(
      "Rescue teams told reporters that the collapsed school had been searched twice. " +
        "Aid workers said the convoy was held at the crossing for six hours. " +
        "Teachers' unions warned that the walkout would spread to secondary schools.",
    );
    expect(said(claims, "collapsed school")?.speaker.name).toBe("Rescue teams");
    expect(said(claims, "convoy was held")?.speaker.name).toBe("Aid workers");
    expect(said(claims, "walkout would spread")?.speaker.name).toBe("Teachers' unions");
  });

  it("keeps 'teams' after a lowercase word inside the content ('said that search teams had')", () => {
    const claims = run("The fire service said that search teams had reached the third floor.");
    expect(claims.map((c) => [c.speaker.name, c.content.text])).toEqual([
      ["fire service", "search teams had reached the third floor"],
    ]);
  });
});

describe("'at least' and 'at most' right after 'said' open the content, not a place", () => {
  it("reads 'said at least 40 people were trapped' (also after an opening phrase and before 'there')", () => {
    const claims = run(
      "The civil defence agency said at least 40 people were trapped. " +
        "In the north, police said at least nine villages were cut off there. " +
        "The ministry said at most 300 homes had power.",
    );
    expect(claims.map((c) => [c.speaker.name, c.content.text])).toEqual([
      ["civil defence agency", "at least 40 people were trapped"],
      ["police", "at least nine villages were cut off there"],
      ["ministry", "at most 300 homes had power"],
    ]);
  });

  it("still reads 'said at a news conference that' as the occasion", () => {
    const claims = run("The governor said at a news conference that the dam had held.");
    expect(claims.map((c) => c.content.text)).toEqual(["the dam had held"]);
  });
});

describe("a lede with no day and a later dated statement of someone else", () => {
  // 2026-11-26 is a Thursday
  const thursday = (text: string) => englishOn("2026-11-26")(text);

  it("does not take the day of another person the article names ('Mayor X said.' … 'representative Y said on Tuesday')", () => {
    const claims = thursday(
      "Pools to shut for winter\n\nThe town will shut both of its public swimming pools from December until March to save on heating, Mayor Ivo Brandt said.\n\n" +
        "The pools lost money for a third year.\n\n" +
        "Lifeguards' representative Nora Quist said on Tuesday that 12 seasonal jobs would go.",
    );
    expect(said(claims, "shut both of its public")?.date).toBeNull();
    expect(said(claims, "12 seasonal jobs")?.date).toBe("2026-11-24");
  });

  it("still takes the day of a body's spokesperson when the lede quotes the body ('the council said' … 'spokesman X said on Tuesday')", () => {
    const claims = thursday(
      "Pools to shut for winter\n\nThe town will shut both of its public swimming pools from December until March to save on heating, the council said.\n\n" +
        "The pools lost money for a third year.\n\n" +
        "Council spokesman Ivo Brandt said on Tuesday that the closure would save money.",
    );
    expect(said(claims, "shut both of its public")?.date).toBe("2026-11-24");
  });
});
