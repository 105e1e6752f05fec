import { describe, expect, it } from "vitest";
import { englishOn, said } from "./english.ts";

// Made-up wire and local-paper paragraphs probing when English statements were made (session 11); no text
// here comes from a fixture. 2026-05-14 is a Thursday.
const run = englishOn("2026-05-14");

describe("English scene sentences that name the occasion after the statement", () => {
  it("dates the lede and the quotes by 'X made the pledge at … on Saturday'", () => {
    const claims = run(
      "Prime Minister Anna Berg has promised to cut electricity taxes before winter.\n\n" +
        "Berg made the pledge at a party congress in Gothenburg on Saturday. “Nobody should have to choose " +
        "between heat and food,” she told delegates.\n\n" +
        "She also said the government would review grid fees.",
    );
    expect(said(claims, "to cut electricity taxes")?.date).toBe("2026-05-09");
    expect(said(claims, "Nobody should have to choose")?.date).toBe("2026-05-09");
    expect(said(claims, "review grid fees")?.date).toBe("2026-05-09");
  });

  it("dates statements by 'He was speaking at a town hall … on Monday'", () => {
    const claims = run(
      "Senator Mark Hale said the tariffs would hurt farmers in his state.\n\n" +
        "He was speaking at a town hall in Des Moines on Monday. “Iowa cannot eat tariffs,” he said.",
    );
    expect(said(claims, "tariffs would hurt farmers")?.date).toBe("2026-05-11");
    expect(said(claims, "Iowa cannot eat tariffs")?.date).toBe("2026-05-11");
  });

  it("dates by 'Her comments came …' after a name's possessive too", () => {
    const claims = run(
      "The central bank will not cut rates this year, Governor Mei Tanaka said.\n\n" +
        "Tanaka's comments came at a banking forum in Osaka on Tuesday.",
    );
    expect(said(claims, "will not cut rates")?.date).toBe("2026-05-12");
  });
});

describe("English times that give no day", () => {
  it("leaves 'said earlier this week' and 'said this week' undated", () => {
    const claims = run(
      "The governor said on Tuesday that the state would sue.\n\n" +
        "The White House said earlier this week that it would fight the case.\n\n" +
        "A spokesman for the Justice Department said this week the department was reviewing the filing.\n\n" +
        "In recent days, the attorney general said the suit was ready.",
    );
    expect(said(claims, "the state would sue")?.date).toBe("2026-05-12");
    expect(said(claims, "it would fight the case")?.date).toBeNull();
    expect(said(claims, "the department was reviewing")?.date).toBeNull();
    expect(said(claims, "the suit was ready")?.date).toBeNull();
  });

  it("starts the content after 'two days ago' and dates it; 'three weeks ago' gives no day", () => {
    const claims = run(
      "Councillor Ruth Obi said two days ago that the vote would be close. " +
        "Her rival, Sam Adeyemi, said three weeks ago the count was rigged.",
    );
    const first = said(claims, "the vote would be close");
    expect(first?.content.text).toBe("the vote would be close");
    expect(first?.date).toBe("2026-05-12");
    const second = said(claims, "the count was rigged");
    expect(second?.content.text).toBe("the count was rigged");
    expect(second?.date).toBeNull();
  });
});

describe("English time-stamp lines and bare plural hearers", () => {
  it("reads no claim in 'Published: …' and 'Last updated: …' lines", () => {
    const claims = run(
      "Rail strike called off\n\nPublished: 14 May 2026, 07:12 | Updated: 14 May 2026, 10:40\n\n" +
        "Last updated: 14 May 2026\n\nThe RMT union said on Wednesday that the strike was suspended.",
    );
    expect(claims.map((c) => c.content.text)).toEqual(["the strike was suspended"]);
    expect(claims[0]?.date).toBe("2026-05-13");
  });

  it("keeps 'told ministers' and 'told shareholders' out of the content", () => {
    const claims = run(
      "At Wednesday's cabinet meeting, Finance Minister Ana Cruz told ministers the deficit had widened. " +
        "The bank's chairman, Piet de Vries, told shareholders the dividend was safe.",
    );
    expect(said(claims, "the deficit had widened")?.content.text).toBe("the deficit had widened");
    expect(said(claims, "the deficit had widened")?.date).toBe("2026-05-13");
    expect(said(claims, "the dividend was safe")?.content.text).toBe("the dividend was safe");
  });
});

describe("English times between the subject, the cue and the content", () => {
  it("skips 'overnight' and a weekday's calendar date before the content", () => {
    const claims = run(
      "Police said overnight that two men had been arrested. " +
        "The mayor said on Tuesday, May 12, that the park would reopen. " +
        "The judge said Monday, May 11, 2026, the trial would resume.",
    );
    expect(said(claims, "two men had been")?.content.text).toBe("two men had been arrested");
    expect(said(claims, "the park would reopen")?.content.text).toBe("the park would reopen");
    expect(said(claims, "the park would reopen")?.date).toBe("2026-05-12");
    expect(said(claims, "the trial would resume")?.content.text).toBe("the trial would resume");
    expect(said(claims, "the trial would resume")?.date).toBe("2026-05-11");
  });

  it("leaves 'X this week said' and 'X last month warned' undated, not a relative clause's year", () => {
    const claims = run(
      "The minister said on Tuesday that the talks had stalled. " +
        "Health officials this week said the outbreak had peaked. " +
        "The central bank last month warned that prices would rise. " +
        "Smith, who was elected in 2019, said the plan would fail.",
    );
    expect(said(claims, "the outbreak had peaked")?.date).toBeNull();
    expect(said(claims, "prices would rise")?.date).toBeNull();
    expect(said(claims, "the plan would fail")?.date).toBe("2026-05-12");
  });
});

describe("English present-tense ledes dated by a scene sentence", () => {
  it("dates 'X says …' by 'X made the comments on a call late on Wednesday'", () => {
    const claims = run(
      "Carmaker boss Lena Hoff says the company will launch a cheaper model next year.\n\n" +
        "Hoff made the comments on an earnings call with analysts late on Wednesday.\n\n" +
        "“Affordability is the whole game,” Hoff said on the call.",
    );
    expect(said(claims, "a cheaper model")?.date).toBe("2026-05-13");
    expect(said(claims, "Affordability")?.date).toBe("2026-05-13");
  });

  it("keeps a present-tense 'says' with no occasion undated", () => {
    const claims = run(
      "The minister said on Tuesday that rents would be capped.\n\n" +
        "Tenant adviser Rosa Kim says landlords will find ways around the cap.",
    );
    expect(said(claims, "landlords will find")?.date).toBeNull();
  });
});

describe("English relative days after the cue", () => {
  it("starts the content after 'a day earlier' and 'the previous day'", () => {
    const claims = run(
      "Officials said a day earlier that evacuation was voluntary. " +
        "The mayor said the previous day the shelters were full.",
    );
    expect(said(claims, "evacuation was voluntary")?.content.text).toBe("evacuation was voluntary");
    expect(said(claims, "the shelters were full")?.content.text).toBe("the shelters were full");
  });

  it("leaves 'A day later, X said' and 'said a day earlier' undated rather than the day before's", () => {
    const claims = run(
      "FEMA said on Sunday that teams were on standby. A day later, the agency said it had sent 300 staff. " +
        "Officials said a day earlier that evacuation was voluntary.",
    );
    expect(said(claims, "teams were on standby")?.date).toBe("2026-05-10");
    expect(said(claims, "it had sent 300 staff")?.date).toBeNull();
    expect(said(claims, "evacuation was voluntary")?.date).toBeNull();
  });
});
