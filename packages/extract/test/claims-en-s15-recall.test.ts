// Attributed statements the rules missed entirely: a subject pronoun with its auxiliary contracted ("He’s
// claiming that …", "They’ve said …"); a raising verb before the reporting verb ("appeared to suggest that
// …", "went on to say that …"); "made it clear that …". Made-up sentences.
import { describe, expect, it } from "vitest";

import { englishOn } from "./english.ts";

const en = englishOn("2026-05-20");
const brief = (text: string) =>
  en(text).map((c) => [c.speaker.name ?? null, c.speaker.mention?.text ?? null, c.cue.text, c.content.text]);

describe("a subject pronoun with its auxiliary contracted", () => {
  it("reads “He’s claiming that” and “She's argued that” as the pronoun's claim", () => {
    expect(
      brief(
        "Mayor Ruth Okafor is under pressure over the floods. She’s claiming that the drains were cleared in March.",
      ),
    ).toEqual([["Ruth Okafor", "She", "claiming", "the drains were cleared in March"]]);
    expect(
      brief("Tom Reyes, the union leader, spoke on Friday. He's argued that wages have fallen for a decade."),
    ).toEqual([["Tom Reyes", "He", "argued", "wages have fallen for a decade"]]);
  });
  it("reads “They’ve said”", () => {
    expect(
      brief("Farmers in the valley are angry. They’ve said the water rules will ruin the harvest.").map((c) =>
        c.slice(1),
      ),
    ).toEqual([["They", "said", "the water rules will ruin the harvest"]]);
  });
  it("keeps a contracted passive a passive: “They’re told” reports nothing of theirs", () => {
    expect(en("The nurses work long shifts. They’re told the wards will close in June.")).toEqual([]);
  });
});

describe("a raising verb before the reporting verb", () => {
  it("reads “appeared to suggest that” and “seemed to acknowledge that”", () => {
    expect(
      brief("Finance Minister Ama Boateng appeared to suggest that the budget would not balance."),
    ).toEqual([
      ["Ama Boateng", "Finance Minister Ama Boateng", "appeared to suggest", "the budget would not balance"],
    ]);
    expect(brief("The port authority has seemed to acknowledge that the cranes were unsafe.")).toEqual([
      ["port authority", "The port authority", "has seemed to acknowledge", "the cranes were unsafe"],
    ]);
  });
  it("reads “went on to say that” and a participle “going on to say that” after the speaker's quote", () => {
    expect(
      brief("The coach praised the players. He went on to say that the club would sign two strikers."),
    ).toEqual([["coach", "He", "went on to say", "the club would sign two strikers"]]);
    const claims = en(
      `"We will cut fees," Ruth Ames said, going on to say that the budget would balance by 2028.`,
    );
    expect(claims.map((c) => [c.speaker.name, c.content.text])).toContainEqual([
      "Ruth Ames",
      "the budget would balance by 2028",
    ]);
  });
  it("reads “took to Twitter to deny that” and “took to social media to accuse”", () => {
    expect(
      brief("Senator Ann Lee took to Twitter on Sunday to deny that she had met the lobbyists.").map((c) =>
        c.slice(0, 3),
      ),
    ).toEqual([["Ann Lee", "Senator Ann Lee", "took to Twitter on Sunday to deny"]]);
    const [claim] = en("Tom Reyes took to social media to accuse the minister of hiding the deficit.");
    expect([claim?.speaker.name, claim?.content.text]).toEqual([
      "Tom Reyes",
      "the minister of hiding the deficit",
    ]);
  });
  it("leaves a raising verb before a verb of no report alone", () => {
    expect(en("The striker went on to score twice, and the club appeared to win the league.")).toEqual([]);
    expect(en("Thousands took to the streets to protest the verdict.")).toEqual([]);
  });
});

describe("made it clear", () => {
  it("reads “made it clear that” and “made clear” as the subject's statement", () => {
    expect(brief("The mayor made it clear that the drains would be cleared before winter.")).toEqual([
      ["mayor", "The mayor", "made it clear", "the drains would be cleared before winter"],
    ]);
    expect(brief("Ruth Ames has made clear she will not stand again.")).toEqual([
      ["Ruth Ames", "Ruth Ames", "has made clear", "she will not stand again"],
    ]);
  });
  it("reads no speaker into “to make clear” or “It was made clear”", () => {
    expect(
      en("The aim is to make clear that the drains were cleared.").map((c) => c.speaker.mention?.text),
    ).not.toContain("to");
    expect(
      en("It was made clear that the drains were cleared.").map((c) => c.speaker.mention?.text),
    ).not.toContain("It");
  });
  it("still reads “It is clear that” as a claim no one is named for", () => {
    const [claim] = en("It is clear that the drains were never cleared.");
    expect(claim?.content.text).toBe("the drains were never cleared");
  });
});

describe("a noun cue's owner of two lowercase words or a place and its body", () => {
  it("reads “the port authority's claim that” and “Lagos police’s earlier claim that”", () => {
    const port = en("Ministers rejected the port authority's claim that the drains had been cleared.");
    expect(port.map((c) => [c.speaker.name, c.cue.text, c.content.text])).toContainEqual([
      "port authority",
      "claim",
      "the drains had been cleared",
    ]);
    const police = en(
      "The video contradicted Lagos police’s earlier claim that the driver had refused to stop.",
    );
    expect(police.map((c) => [c.speaker.name, c.cue.text, c.content.text])).toEqual([
      ["Lagos police", "claim", "the driver had refused to stop"],
    ]);
  });
  it("reads “declaration that” as a cue noun", () => {
    const claims = en("The insurers paid out after Governor Ruiz's declaration that the fire was arson.");
    expect(claims.map((c) => [c.cue.text, c.content.text])).toContainEqual([
      "declaration",
      "the fire was arson",
    ]);
  });
});

describe("“called Friday for” and “branded”", () => {
  it("reads a day between “called” and “for”", () => {
    expect(brief("Attorney General Ruth Ames called Friday for releasing the police videos.")).toEqual([
      ["Ruth Ames", "Attorney General Ruth Ames", "called Friday for", "releasing the police videos"],
    ]);
    expect(
      brief("The governor called on Monday for an inquiry into the floods.").map((c) => c.slice(2)),
    ).toEqual([["called on Monday for", "an inquiry into the floods"]]);
  });
  it("reads “branded X a …” as “called X a …”, not “branded goods”", () => {
    expect(
      brief(`Kenya branded the regime an "outlaw state" after the test.`).map((c) => c.slice(0, 3)),
    ).toEqual([["Kenya", "Kenya", "branded"]]);
    expect(en("The chain said branded goods sold well on Monday.").map((c) => c.cue.text)).toEqual(["said"]);
  });
});

describe("a headline “Name on Topic: …”", () => {
  it("reads the name before “on” as the speaker when the article names it again", () => {
    const claims = en(
      "Ruto on fuel prices: 'We will not raise taxes'\n\nPresident William Ruto spoke on Monday in Nakuru.",
    );
    expect(claims.map((c) => [c.speaker.name, c.speaker.mention?.text, c.content.text])).toEqual([
      ["William Ruto", "Ruto", "'We will not raise taxes'"],
    ]);
  });
  it("reads no speaker into a kicker the article never names again", () => {
    const claims = en(
      "Spotlight on Kenya: The port reopens\n\nThe port of Mombasa reopened on Monday after repairs.",
    );
    expect(claims).toEqual([]);
  });
});

describe("an object's appositive before “of” or “for”", () => {
  it("keeps “accused the minister, Ann Lee, of …” whole", () => {
    const [claim] = en(
      "Opposition leader Tom Reyes accused the finance minister, Ann Lee, of hiding the deficit.",
    );
    expect(claim?.content.text).toBe("the finance minister, Ann Lee, of hiding the deficit");
    const [praise] = en("The union praised the police chief, Tom Reyes, for his calm response.");
    expect(praise?.content.text).toBe("the police chief, Tom Reyes, for his calm response");
  });
});

describe("an occasion between the speaker and the verb", () => {
  it("leaves “in a statement” and “in a televised interview” out of the speaker", () => {
    expect(brief("Ruth Ames in a statement said the plan had failed.").map((c) => c.slice(0, 2))).toEqual([
      ["Ruth Ames", "Ruth Ames"],
    ]);
    expect(
      brief("Tom Reyes in a televised interview appeared to blame junior staff for the losses.").map((c) =>
        c.slice(0, 3),
      ),
    ).toEqual([["Tom Reyes", "Tom Reyes", "appeared to blame"]]);
  });
});
